/// One file of the built site and how to make it; jobs run on all cores.
public struct OutputJob: Sendable {
    public enum Contents: Sendable {
        case text(String)
        /// A file copied as is (theme assets), by absolute path.
        case copy(String)
    }

    /// Relative to the output folder: `posts/2023/10/x/index.html`.
    public var path: String
    /// What asked for the file, for messages about clashes: a post, a theme, a generator.
    public var origin: String
    public var make: @Sendable () throws(Diagnostic) -> Contents

    public init(
        path: String,
        origin: String,
        make: @escaping @Sendable () throws(Diagnostic) -> Contents
    ) {
        self.path = path
        self.origin = origin
        self.make = make
    }
}
