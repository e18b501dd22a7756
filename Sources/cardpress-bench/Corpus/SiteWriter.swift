import Foundation

/// One tool's copy of the corpus: its config, layouts and front matter around shared bodies.
protocol SiteWriter {
    /// The site folder the tool builds.
    var root: URL { get }

    /// The folder the tool writes the built site to; cleared before each timed run.
    var output: URL { get }

    /// Writes what the site needs besides posts (config, theme, layouts).
    func prepare() throws

    /// Writes one post with the tool's front matter and the shared body.
    func write(_ post: PostMetadata, body: String) throws
}

extension SiteWriter {
    /// Writes `text` at `path` under `folder`, creating parent folders as needed.
    func writeFile(_ text: String, to path: String, under folder: URL) throws {
        let file = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(),
            withIntermediateDirectories: true
        )
        try Data(text.utf8).write(to: file)
    }
}
