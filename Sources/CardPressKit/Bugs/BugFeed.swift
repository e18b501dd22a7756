import Foundation

/// `bugs/rss.xml` and one feed per platform: one item per dated history entry, so a reader
/// learns that a bug changed state without the post coming back as new.
///
/// Each item's guid is `tag:<host>,<day>:bug/<id>/<n>`, `n` counting the bug's entries of that
/// day; it depends on nothing else, so adding bugs or earlier entries leaves it as it was.
struct BugFeed: Sendable {
    let database: BugDatabase
    let config: SiteConfig

    func jobs() -> [OutputJob] {
        var jobs = [
            job("bugs/rss.xml", title: "\(config.title): bugs", link: "bugs/", platform: nil)
        ]
        for platform in database.platforms {
            jobs.append(
                job(
                    platform.feedPath, title: "\(config.title): \(platform.name) bugs",
                    link: platform.sitePath, platform: platform.slug))
        }
        return jobs
    }

    /// The guid of one history entry.
    static func guid(bug: Bug, event: BugEvent, baseURL: String) -> String {
        let host = URL(string: baseURL)?.host ?? "localhost"
        return "tag:\(host),\(event.day):bug/\(bug.id)/\(event.ordinal)"
    }

    private func job(_ path: String, title: String, link: String, platform: String?) -> OutputJob {
        let database = self.database
        let config = self.config
        return OutputJob(path: path, origin: "the bug feed \(path)") {
            () throws(Diagnostic) -> OutputJob.Contents in
            let events = database.events.filter {
                platform == nil || $0.bug.platformSlug == platform
            }
            let feed = RSSFeed(
                title: title, link: config.absoluteURL(link), selfURL: config.absoluteURL(path),
                description: "Each change of state of the bugs tracked on \(config.title).",
                language: config.language, copyright: config.copyright,
                items: events.map { Self.item(bug: $0.bug, event: $0.event, config: config) })
            return .text(feed.render())
        }
    }

    static func item(bug: Bug, event: BugEvent, config: SiteConfig) -> RSSFeed.Item {
        let link = config.absoluteURL(bug.post.sitePath) + "#" + bug.anchor
        var html = "<p>"
        if let status = event.status { html += status.badgeHTML + " " }
        html += "<a href=\"/\(bug.pagePath)\">\(HTMLText.escape(bug.title))</a>"
        if let platform = bug.platform {
            html += " (" + HTMLText.escape(PlatformReleases.displayName(platform)) + ")"
        }
        html += "</p>\n"
        if !event.note.isEmpty { html += MarkdownRenderer.render(event.note).html }
        var facts: [String] = []
        if let affected = bug.affected {
            facts.append("Affected: <code>\(HTMLText.escape(affected.text))</code>")
        }
        if let fix = bug.fixedIn { facts.append("Fixed in \(fix)") }
        facts.append("Now: \(bug.status.rawValue)")
        html += "<p>" + facts.joined(separator: ". ") + ".</p>\n"
        return RSSFeed.Item(
            title: title(bug: bug, event: event),
            link: link,
            guid: guid(bug: bug, event: event, baseURL: config.baseURL),
            guidIsPermalink: false,
            date: event.date,
            author: config.author,
            categories: [bug.platform.map(PlatformReleases.displayName), event.status?.rawValue]
                .compactMap { $0 },
            descriptionHTML: LinkRewriter.absolutize(
                html, pageURL: link, baseURL: config.baseURL))
    }

    /// `Fixed in 14.3: SCardControl() returns ...`, `Open: ...`, `Update: ...`.
    private static func title(bug: Bug, event: BugEvent) -> String {
        switch event.status {
        case .fixed?:
            if let fix = bug.fixedIn { return "Fixed in \(fix): \(bug.title)" }
            return "Fixed: \(bug.title)"
        case .open?: return "Open: \(bug.title)"
        case .workaround?: return "Workaround: \(bug.title)"
        case .wontfix?: return "Will not be fixed: \(bug.title)"
        case .cannotReproduce?: return "Cannot be reproduced: \(bug.title)"
        case nil: return "Update: \(bug.title)"
        }
    }
}
