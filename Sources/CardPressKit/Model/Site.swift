/// The whole site, ready to render: what each page, feed and map is made from.
public struct Site: Sendable {
    public var config: SiteConfig
    /// Published posts that are listed (dated up to now), newest first.
    public var posts: [Post]
    /// Published posts dated in the future: not written, listed or fed until their date.
    public var scheduled: [Post]
    /// Standalone pages.
    public var pages: [Post]
    public var tags: [Term]
    public var categories: [Term]
    public var archive: Archive
    public var series: [Series]
    /// For each post (by index), its series and position, when it belongs to one.
    public var seriesOfPost: [Int: (series: Int, position: Int)]
    /// Hardware checks marked as reproducers of a bug, by bug id, with their latest verdict.
    public var reproducers: [String: [Reproducer]] = [:]
}
