/// The metadata of one post as written, before any key is interpreted: each value keeps the
/// file and line it came from.
public struct MetadataBlock: Sendable {
    public struct Entry: Sendable {
        public var key: String
        public var value: YAMLNode
        /// Where the key was written, in the file the author edits.
        public var location: SourceLocation
    }

    public var entries: [Entry]
    /// The file the metadata came from: the post itself or its `.meta` sidecar.
    public var file: String
    /// Added to a YAML node's line to get the line in `file`.
    public var lineOffset: Int

    public init(entries: [Entry], file: String, lineOffset: Int) {
        self.entries = entries
        self.file = file
        self.lineOffset = lineOffset
    }

    public subscript(key: String) -> Entry? {
        entries.first { $0.key == key }
    }

    /// Where a value node sits in the author's file.
    public func location(of node: YAMLNode) -> SourceLocation {
        SourceLocation(file: file, line: node.line + lineOffset, column: node.column)
    }
}
