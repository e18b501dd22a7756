import Foundation

/// A feature built on top of the blog (the bug database, legacy redirects, hardware checks).
///
/// Each feature sees the site model once it exists, may change it (a bug box or an appendix
/// added to a post's HTML, so feeds carry it too), and then adds its own pages, feeds,
/// navigation and sitemap entries. The core pipeline stays one list of stages, and a feature
/// is one folder plus one line in `SiteFeatures.all`.
protocol SiteFeature: Sendable {
    /// First words of fenced-block info strings the feature reads from posts.
    static var fences: Set<String> { get }

    /// Reads what the feature needs from the model, reports problems with file and line, and
    /// changes posts where the feature shows on them.
    init(site: inout Site, siteFolder: URL, log: DiagnosticLog)

    /// Links the feature adds to the site navigation.
    var navigation: [NavigationLink] { get }

    /// The feature's own output files, rendered through the theme where they are pages.
    func jobs(site: Site, pages: PageGenerator, log: DiagnosticLog) -> [OutputJob]

    /// Pages of the feature worth listing in the sitemap.
    var sitemapEntries: [SitemapEntry] { get }
}

extension SiteFeature {
    static var fences: Set<String> { [] }
    var navigation: [NavigationLink] { [] }
    var sitemapEntries: [SitemapEntry] { [] }
}

/// A link in the site navigation: a title and a path relative to the site root.
struct NavigationLink: Sendable, Equatable {
    var title: String
    var path: String
}

/// A page for the sitemap: its folder or file relative to the site root, and when it changed.
struct SitemapEntry: Sendable {
    var path: String
    var date: PostDate?
}
