import Foundation

/// Old addresses that keep working: a stub page at each old path and server maps of all of
/// them, from posts' `aliases`, the config's `redirects` and `redirects.yaml`.
struct RedirectFeature: SiteFeature {
    let table: RedirectTable

    init(site: inout Site, siteFolder: URL, log: DiagnosticLog) {
        let rules = site.config.redirects + RedirectRulesFile.load(siteFolder: siteFolder, log: log)
        table = RedirectTable.build(posts: site.posts + site.pages, rules: rules, log: log)
    }

    func jobs(site: Site, pages: PageGenerator, log: DiagnosticLog) -> [OutputJob] {
        guard !table.redirects.isEmpty else { return [] }
        let config = site.config

        // The pages and feeds the core pipeline writes win over a stub at the same path. Their
        // jobs render nothing until run, so asking the generators costs next to nothing and
        // cannot drift from what they write.
        let feeds = FeedGenerator(site: site, termNames: pages.context.termNames)
        let realPages = Set((pages.jobs() + feeds.jobs()).map(\.path))
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
}
