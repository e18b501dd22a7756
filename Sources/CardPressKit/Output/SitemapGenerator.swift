/// `sitemap.xml` and `robots.txt`, which points crawlers at it.
struct SitemapGenerator: Sendable {
    let site: Site
    /// Further site paths to list (bug pages, series, ...), with their last change.
    var extraEntries: [SitemapEntry] = []

    func jobs() -> [OutputJob] {
        let site = self.site
        let extra = extraEntries
        let sitemap = OutputJob(path: "sitemap.xml", origin: "the sitemap") {
            () throws(Diagnostic) -> OutputJob.Contents in
            let config = site.config
            let newest = site.posts.first?.date
            var entries = [Sitemap.Entry(url: config.absoluteURL(""), lastModified: newest)]
            for post in site.posts + site.pages {
                entries.append(
                    .init(
                        url: config.absoluteURL(post.sitePath),
                        lastModified: post.metadata.updated ?? post.date))
            }
            for term in site.tags + site.categories {
                let newestPost = term.postIndexes.first.flatMap { site.posts[$0].date }
                entries.append(
                    .init(
                        url: config.absoluteURL(term.sitePath),
                        lastModified: newestPost))
            }
            for entry in extra {
                entries.append(
                    .init(
                        url: config.absoluteURL(entry.path),
                        lastModified: entry.date))
            }
            return .text(Sitemap(entries: entries).render())
        }
        let robots = OutputJob(path: "robots.txt", origin: "robots.txt") {
            () throws(Diagnostic) -> OutputJob.Contents in
            .text("User-agent: *\nAllow: /\n\nSitemap: \(site.config.absoluteURL("sitemap.xml"))\n")
        }
        return [sitemap, robots]
    }
}
