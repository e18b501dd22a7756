import Mustache

/// The values every template can read, built once per build and shared by all pages.
struct SiteContext: Sendable {
    let site: Site
    /// `site` as templates see it.
    let siteValue: MustacheValue
    /// One value per post (by index into `site.posts`), without content.
    let postSummaries: [MustacheValue]
    let termNames: TermNames

    init(site: Site, extraNavigation: [NavigationLink] = []) {
        self.site = site
        let config = site.config
        var navigation: [MustacheValue] = [
            ["title": "Home", "url": "index.html"],
            ["title": "Archive", "url": "archive.html"],
            ["title": "Tags", "url": "categories/index.html"],
        ]
        for link in extraNavigation {
            navigation.append(["title": .string(link.title), "url": .string(link.path)])
        }
        for page in site.pages {
            navigation.append([
                "title": .string(page.title), "url": .string(page.outputFile),
            ])
        }
        siteValue = [
            "title": .string(config.title),
            "description": .string(config.description),
            "author": .string(config.author),
            "language": .string(config.language),
            "base_url": .string(config.baseURL),
            "copyright": .string(config.copyright),
            "feed_url": "rss.xml",
            "generator": .string(RSSFeed.generator),
            "navigation": .array(navigation),
        ]
        let names = TermNames(site: site)
        self.termNames = names
        postSummaries = site.posts.map { PostValues.summary(of: $0, in: site, names: names) }
    }

    /// The context of one page: the site, the page's root prefix and its own values.
    func page(
        outputFile: String,
        title: String,
        description: String,
        canonicalPath: String,
        kind: String,
        feedPath: String? = nil,
        values: [String: MustacheValue]
    ) -> MustacheValue {
        let config = site.config
        var page: [String: MustacheValue] = [
            "title": .string(title),
            "description": .string(description.isEmpty ? config.description : description),
            "canonical": .string(config.absoluteURL(canonicalPath)),
            "kind": .string(kind),
            "is_\(kind)": true,
            "feed_url": .string(feedPath ?? "rss.xml"),
            "feed_title": .string(feedPath == nil ? config.title : "\(config.title): \(title)"),
        ]
        page["full_title"] = .string(title == config.title ? title : "\(title) | \(config.title)")
        var context = values
        context["site"] = siteValue
        context["page"] = .object(page)
        context["root"] = .string(PageRoot.of(outputFile: outputFile))
        return .object(context)
    }

    /// Summaries of the given posts, for lists.
    func summaries(_ indexes: [Int]) -> MustacheValue {
        .array(indexes.map { postSummaries[$0] })
    }
}
