/// Posts that belong together (`series: ...`), oldest first, with a page of their own.
public struct Series: Sendable {
    public var name: String
    public var slug: String
    /// Indexes into `Site.posts`, oldest first, the reading order.
    public var postIndexes: [Int]

    public var sitePath: String { "series/\(slug)/" }
}
