import Foundation

/// Old addresses that keep working: a stub page at each old path and server maps of all of
/// them, from posts' `aliases`, the config's `redirects` and `redirects.yaml`.
struct RedirectFeature: SiteFeature {
    let table: RedirectTable
    /// Output files the rest of the site writes, which win over a stub at the same path.
    let realPages: Set<String>

    init(site: inout Site, siteFolder: URL, log: DiagnosticLog) {
        let rules = site.config.redirects + RedirectRulesFile.load(siteFolder: siteFolder, log: log)
        table = RedirectTable.build(posts: site.posts + site.pages, rules: rules, log: log)
        realPages = Self.pagePaths(of: site)
    }

    func jobs(site: Site, pages: PageGenerator, log: DiagnosticLog) -> [OutputJob] {
        guard !table.redirects.isEmpty else { return [] }
        let config = site.config
        var jobs: [OutputJob] = []
        var kept: [Redirect] = []
        for redirect in table.redirects {
            let file = RedirectStub.outputFile(for: redirect.from)
            if realPages.contains(file ?? redirect.from) {
                log.warning(
                    "'/\(redirect.from)' is a page of the site; the page is kept and the "
                        + "redirect to \(RedirectTable.display(redirect.to)) is dropped",
                    at: redirect.origin)
                continue
            }
            kept.append(redirect)
            guard let file else { continue }
            let stub = RedirectStub(redirect: redirect, config: config)
            jobs.append(
                OutputJob(path: file, origin: "the redirect at \(redirect.origin.prefix)") {
                    () throws(Diagnostic) -> OutputJob.Contents in
                    .text(stub.render(outputFile: file))
                })
        }

        let maps = ServerRedirectMaps(redirects: kept, basePath: Self.basePath(config))
        let files: [(String, @Sendable () -> String)] = [
            (ServerRedirectMaps.netlifyFile, maps.netlify),
            (ServerRedirectMaps.nginxFile, maps.nginx),
            (ServerRedirectMaps.apacheFile, maps.apache),
        ]
        for (path, make) in files {
            jobs.append(
                OutputJob(path: path, origin: "the redirect maps") {
                    () throws(Diagnostic) -> OutputJob.Contents in .text(make())
                })
        }
        return jobs
    }

    /// `/` or `/blog/`: where `base_url` puts the site on its host.
    static func basePath(_ config: SiteConfig) -> String {
        var path = URL(string: config.baseURL)?.path ?? "/"
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        return path
    }

    /// The pages the core pipeline writes, known from the model before any is rendered.
    private static func pagePaths(of site: Site) -> Set<String> {
        var paths: Set<String> = ["archive.html", "categories/index.html", "rss.xml"]
        let pageCount = max(
            1,
            (site.posts.count + site.config.postsPerPage - 1)
                / site.config.postsPerPage)
        for number in 1...pageCount { paths.insert(Pagination.file(number)) }
        for post in site.posts + site.pages { paths.insert(post.outputFile) }
        for year in site.archive.years {
            paths.insert(year.sitePath + "index.html")
            for month in year.months { paths.insert(month.sitePath + "index.html") }
        }
        for term in site.tags + site.categories {
            paths.insert(term.sitePath + "index.html")
            paths.insert(term.feedPath)
        }
        return paths
    }
}
