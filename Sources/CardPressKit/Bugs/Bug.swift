/// One platform bug tracked by a post: what the author wrote under `bug:` (or one item of
/// `bugs:`), checked and with its defaults filled in.
public struct Bug: Sendable {
    /// Unique across the site; the anchor of the bug box and part of every guid.
    public var id: String
    public var title: String
    public var summary: String
    public var platform: String?
    public var component: String?
    public var api: [String]
    public var affected: ReleaseRange?
    public var fixedIn: ReleaseVersion?
    public var status: BugStatus
    public var refs: [BugReference]
    public var errors: [String]
    public var readers: [String]
    /// Markdown.
    public var workaround: String?
    /// Oldest first.
    public var history: [BugEvent]
    /// The post that tracks the bug.
    public var post: BugPost
    /// Where the bug's `id` (or its mapping, when the id is the slug) was written.
    public var location: SourceLocation

    /// The post a bug belongs to, without its body: enough to link to it.
    public struct BugPost: Sendable {
        public var title: String
        public var sourcePath: String
        /// `posts/2023/09/slug/`.
        public var sitePath: String
        public var date: PostDate?
        public var updated: PostDate?
    }
}

extension Bug {
    /// The bug box's anchor on its post.
    public var anchor: String { "bug-\(id)" }

    /// Where the bug box is, relative to the site root.
    public var pagePath: String { post.sitePath + "index.html#" + anchor }

    /// The last time something happened to the bug: its newest history entry, or the post.
    public var lastChange: PostDate? {
        history.last?.date ?? post.updated ?? post.date
    }

    /// The `bugs/<platform>/` folder, for bugs that name a platform.
    public var platformSlug: String? {
        platform.map(PlatformReleases.slug)
    }
}
