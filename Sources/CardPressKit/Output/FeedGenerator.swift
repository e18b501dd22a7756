/// `rss.xml` and one feed per tag and category.
struct FeedGenerator: Sendable {
    let site: Site
    let termNames: TermNames

    func jobs() -> [OutputJob] {
        let config = site.config
        var jobs = [
            job(
                "rss.xml", title: config.title, link: "", description: config.description,
                indexes: Array(site.posts.indices))
        ]
        for term in site.tags + site.categories {
            jobs.append(
                job(
                    term.feedPath, title: "\(config.title): \(term.name)",
                    link: term.sitePath, description: "Posts about \(term.name)",
                    indexes: term.postIndexes))
        }
        return jobs
    }

    private func job(
        _ path: String,
        title: String,
        link: String,
        description: String,
        indexes: [Int]
    ) -> OutputJob {
        let site = self.site
        let names = termNames
        return OutputJob(path: path, origin: "the feed \(path)") {
            () throws(Diagnostic) -> OutputJob.Contents in
            let config = site.config
            let items = indexes.prefix(config.feedLength).map { index in
                Self.item(site.posts[index], config: config, names: names)
            }
            let feed = RSSFeed(
                title: title, link: config.absoluteURL(link), selfURL: config.absoluteURL(path),
                description: description, language: config.language,
                copyright: config.copyright, items: items)
            return .text(feed.render())
        }
    }

    static func item(_ post: Post, config: SiteConfig, names: TermNames) -> RSSFeed.Item {
        let permalink = config.absoluteURL(post.sitePath)
        let guid = post.metadata.guid
        return RSSFeed.Item(
            title: post.title,
            link: permalink,
            guid: guid ?? permalink,
            guidIsPermalink: guid == nil,
            date: post.date ?? PostDate(epochSeconds: 0, offsetSeconds: 0),
            author: post.metadata.author ?? config.author,
            categories: post.metadata.tags.map { names.tags[Slug.make($0)] ?? $0 },
            descriptionHTML: LinkRewriter.absolutize(
                post.contentHTML, pageURL: permalink, baseURL: config.baseURL))
    }
}
