/// The interpreted metadata of a post or page: what every other stage relies on.
public struct PostMetadata: Sendable {
    public enum Status: String, Sendable, CaseIterable {
        case published
        case draft
        case `private`
    }

    public enum Kind: String, Sendable {
        /// Dated, listed in indexes, archives, tags and feeds.
        case post
        /// Standalone (About, License): no date, in no index or feed.
        case page
    }

    public var title: String
    public var slug: String
    public var date: PostDate?
    public var updated: PostDate?
    public var tags: [String]
    public var category: String?
    public var description: String
    public var author: String?
    public var status: Status
    public var kind: Kind
    public var aliases: [Alias]
    public var template: String?
    public var series: String?
    public var guid: String?
    /// Keys CardPress does not interpret itself (including `bug`/`bugs`, read by the bug
    /// database), kept for templates and later stages.
    public var extra: [MetadataBlock.Entry]
    /// Where the metadata was written; also the place to point at for post-wide errors.
    public var block: MetadataBlock

    /// An old address of the post, with the place it was written.
    public struct Alias: Sendable, Hashable {
        public var path: String
        public var location: SourceLocation
    }
}

extension PostMetadata {
    /// Keys read by `PostMetadataReader`, listed in error messages.
    public static let knownKeys = [
        "title", "slug", "date", "updated", "tags", "category", "description", "author",
        "status", "type", "aliases", "template", "series", "guid",
    ]
}
