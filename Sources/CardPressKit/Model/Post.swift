/// A post or standalone page, parsed and rendered to HTML, with its place in the site.
public struct Post: Sendable {
    public var metadata: PostMetadata
    /// The source file, relative to the site folder: `posts/2023/sonoma.md`.
    public var sourcePath: String
    /// The body as HTML, links as the author wrote them.
    public var contentHTML: String
    /// The part before `<!-- TEASER_END -->`, when the post has that marker.
    public var teaserHTML: String?
    /// The folder the post is published at, relative to the site root: `posts/2023/10/x/`.
    public var sitePath: String
    /// Fenced blocks collected while rendering (hardware-check snippets).
    public var fencedBlocks: [MarkdownRenderer.FencedBlock]
    /// The 1-based line where the body starts in `sourcePath`.
    public var bodyLine: Int

    /// The file written for the post.
    public var outputFile: String { sitePath + "index.html" }

    public var title: String { metadata.title }
    public var date: PostDate? { metadata.date }
    public var isPage: Bool { metadata.kind == .page }
}

extension Post {
    /// Where a post is published: `posts/YYYY/MM/slug/` in the date's own offset; pages at
    /// `slug/`.
    static func sitePath(for metadata: PostMetadata) -> String {
        guard metadata.kind == .post, let date = metadata.date else {
            return "\(metadata.slug)/"
        }
        let local = date.local
        let month = local.month < 10 ? "0\(local.month)" : "\(local.month)"
        return "posts/\(local.year)/\(month)/\(metadata.slug)/"
    }
}
