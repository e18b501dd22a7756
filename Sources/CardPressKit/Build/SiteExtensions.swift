/// The features built on top of the blog (bug database, redirects, hardware checks): each
/// adds pages, feeds and navigation through here, so the core pipeline stays one list.
enum SiteExtensions {
    /// Fenced-block languages whose contents the extensions read.
    static let fencesToCollect: Set<String> = []

    static func navigation(_ site: Site) -> [(title: String, path: String)] {
        []
    }

    static func jobs(site: Site, pages: PageGenerator, log: DiagnosticLog) -> [OutputJob] {
        []
    }

    static func sitemapPaths(_ site: Site) -> [(path: String, date: PostDate?)] {
        []
    }
}
