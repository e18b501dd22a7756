/// A whole Blogger export: the blog's old address and its entries in file order.
public struct BloggerExport: Sendable {
    /// `https://example.blogspot.com/`, when the export names it.
    public var blogURL: String?
    public var entries: [BloggerEntry]
}
