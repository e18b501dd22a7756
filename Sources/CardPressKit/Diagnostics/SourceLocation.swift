/// A place in a file the user wrote, so every message can point at it.
public struct SourceLocation: Sendable, Hashable, Comparable {
    /// The path as the user would type it, relative to the site folder where possible.
    public var file: String
    /// 1-based line; 0 when the whole file is meant.
    public var line: Int
    /// 1-based column; 0 when the whole line is meant.
    public var column: Int

    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }

    /// `posts/a.md:3:7`, `posts/a.md:3` or `posts/a.md`, as compilers print it.
    public var prefix: String {
        var text = file
        if line > 0 { text += ":\(line)" }
        if line > 0 && column > 0 { text += ":\(column)" }
        return text
    }
}
