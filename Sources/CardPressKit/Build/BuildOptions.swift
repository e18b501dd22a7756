import Foundation

/// What `cardpress build` was asked to do.
public struct BuildOptions: Sendable {
    /// The folder holding `cardpress.yaml`, `posts/` and `themes/`.
    public var siteFolder: URL
    /// Overrides the config's output folder.
    public var outputFolder: URL?
    /// Publish drafts too, for a preview.
    public var includeDrafts: Bool
    /// Posts dated after this are scheduled (not written yet); the clock by default.
    public var now: Int64

    public init(
        siteFolder: URL,
        outputFolder: URL? = nil,
        includeDrafts: Bool = false,
        now: Int64 = Int64(Date().timeIntervalSince1970)
    ) {
        self.siteFolder = siteFolder
        self.outputFolder = outputFolder
        self.includeDrafts = includeDrafts
        self.now = now
    }
}

/// What a build did, for the summary line and `--verbose`.
public struct BuildReport: Sendable {
    public var posts: Int
    public var pages: Int
    public var filesWritten: Int
    public var seconds: Double
    /// Each stage's name and duration in seconds, in order.
    public var stages: [(name: String, seconds: Double)]
    public var outputFolder: URL
}
