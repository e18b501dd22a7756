/// A tag or category with the posts that carry it, newest first.
public struct Term: Sendable {
    public enum Kind: Sendable {
        case tag
        case category
    }

    public var kind: Kind
    /// The name shown to readers: the spelling most posts use.
    public var name: String
    public var slug: String
    /// Indexes into `Site.posts`.
    public var postIndexes: [Int]

    /// `categories/pcsc/` or `categories/cat_macos/`.
    public var sitePath: String {
        switch kind {
        case .tag: return "categories/\(slug)/"
        case .category: return "categories/cat_\(slug)/"
        }
    }

    /// `categories/pcsc.xml` or `categories/cat_macos.xml`.
    public var feedPath: String {
        switch kind {
        case .tag: return "categories/\(slug).xml"
        case .category: return "categories/cat_\(slug).xml"
        }
    }
}
