import Foundation

/// The bug database: `bug:`/`bugs:` metadata read and checked, a bug box on each bug's post,
/// `/bugs/` with a page per platform and release line, bug feeds and `/bugs.json`.
struct BugFeature: SiteFeature {
    let database: BugDatabase

    init(site: inout Site, siteFolder: URL, log: DiagnosticLog) {
        // Read every post's bugs first: duplicate ids and release lines need all of them.
        let reader = BugReader(dateParser: DateParser(timeZone: site.config.timeZone), log: log)
        var found: [Bug] = []
        var postsWithBugs: [Int: [Bug]] = [:]
        for (index, post) in site.posts.enumerated() {
            let bugs = reader.bugs(of: post)
            guard !bugs.isEmpty else { continue }
            found += bugs
            postsWithBugs[index] = bugs
        }
        let database = BugDatabase(bugs: found, log: log)
        self.database = database
        Self.checkReproducers(site: site, database: database, log: log)

        // The box goes into the post's HTML, so the page and every feed item carry it.
        for (index, bugs) in postsWithBugs {
            let boxes = bugs.map { bug in
                BugBox.html(
                    bug, lines: database.releaseLines(of: bug),
                    reproducers: site.reproducers[bug.id] ?? [])
            }
            site.posts[index].contentHTML = boxes.joined() + site.posts[index].contentHTML
        }
    }

    var navigation: [NavigationLink] {
        database.bugs.isEmpty ? [] : [NavigationLink(title: "Bugs", path: "bugs/index.html")]
    }

    var sitemapEntries: [SitemapEntry] {
        guard !database.bugs.isEmpty else { return [] }
        var entries = [SitemapEntry(path: "bugs/", date: database.lastChange)]
        for platform in database.platforms {
            entries.append(SitemapEntry(path: platform.sitePath, date: platform.lastChange))
            for line in platform.lines {
                entries.append(SitemapEntry(path: line.sitePath, date: line.lastChange))
            }
        }
        return entries
    }

    func jobs(site: Site, pages: PageGenerator, log: DiagnosticLog) -> [OutputJob] {
        guard !database.bugs.isEmpty else { return [] }
        let bugPages = BugPages(database: database, pages: pages)
        let feeds = BugFeed(database: database, config: site.config)
        return bugPages.jobs() + feeds.jobs() + [
            BugJSON(database: database).job(config: site.config)
        ]
    }
}
