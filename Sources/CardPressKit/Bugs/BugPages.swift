import Mustache

/// The bug pages, rendered through the theme: `/bugs/` (every bug by status), one page per
/// platform (`/bugs/macos/`) and one per release line (`/bugs/macos/14/`).
struct BugPages: Sendable {
    let database: BugDatabase
    let pages: PageGenerator

    func jobs() -> [OutputJob] {
        var jobs = [index()]
        for platform in database.platforms {
            jobs.append(platformPage(platform))
            for line in platform.lines { jobs.append(releasePage(line, platform: platform)) }
        }
        return jobs
    }

    private func index() -> OutputJob {
        let database = self.database
        return pages.render(
            "bugs/index.html", template: "bugs", title: "Known bugs",
            description: "Every platform bug tracked on this site, by status, with the "
                + "releases it affects and the release that fixed it.",
            canonical: "bugs/", kind: "bugs", feed: "bugs/rss.xml", origin: "the bug database"
        ) { _ in
            [
                "platforms": .array(database.platforms.map(Self.platformValue)),
                "has_platforms": .bool(!database.platforms.isEmpty),
                "groups": Self.groups(database.bugs),
                "feed": "bugs/rss.xml",
                "json": "bugs.json",
            ]
        }
    }

    private func platformPage(_ platform: BugPlatform) -> OutputJob {
        pages.render(
            platform.sitePath + "index.html", template: "bugs", title: platform.title,
            description: "The \(platform.name) bugs tracked on this site, by release.",
            canonical: platform.sitePath, kind: "bugs", feed: platform.feedPath,
            origin: "the bug database"
        ) { _ in
            [
                "platform": Self.platformValue(platform),
                "releases": .array(platform.lines.map(Self.lineValue)),
                "has_line_pages": .bool(!platform.lines.isEmpty),
                "groups": Self.groups(platform.bugs),
                "feed": .string(platform.feedPath),
                "json": "bugs.json",
            ]
        }
    }

    private func releasePage(_ line: BugReleaseLine, platform: BugPlatform) -> OutputJob {
        let fixed = line.entries.filter { $0.fixedHere != nil }.count
        return pages.render(
            line.sitePath + "index.html", template: "bug-release", title: line.title,
            description: "Each known bug of \(line.name) with smart cards and readers, its "
                + "state in \(line.name).x and the release that fixed it.",
            canonical: line.sitePath, kind: "bug-release", feed: platform.feedPath,
            origin: "the bug database"
        ) { _ in
            [
                "release": Self.lineValue(line),
                "platform": Self.platformValue(platform),
                "entries": .array(line.entries.map(Self.entryValue)),
                "fixed_count": .int(fixed),
                "has_fixed": .bool(fixed > 0),
                "feed": .string(platform.feedPath),
            ]
        }
    }

    /// Bugs grouped by status, the groups in `BugStatus` order, empty groups left out.
    static func groups(_ bugs: [Bug]) -> MustacheValue {
        .array(
            BugStatus.allCases.sorted().compactMap { status -> MustacheValue? in
                let members = bugs.filter { $0.status == status }
                guard !members.isEmpty else { return nil }
                return [
                    "status": .string(status.rawValue),
                    "title": .string(status.groupTitle),
                    "count": .int(members.count),
                    "bugs": .array(members.map(bugValue)),
                ]
            })
    }

    static func bugValue(_ bug: Bug) -> MustacheValue {
        var value: [String: MustacheValue] = [
            "id": .string(bug.id),
            "title": .string(bug.title),
            "url": .string(bug.pagePath),
            "post_title": .string(bug.post.title),
            "status": .string(bug.status.rawValue),
            "affected": bug.affected.map { .string($0.text) } ?? .null,
            "fixed_in": bug.fixedIn.map { .string($0.description) } ?? .null,
            "summary": .string(bug.summary),
        ]
        if let platform = bug.platform {
            value["platform_name"] = .string(PlatformReleases.displayName(platform))
            value["platform_url"] = .string("bugs/\(PlatformReleases.slug(platform))/index.html")
        }
        if let component = bug.component { value["component"] = .string(component) }
        if let change = bug.lastChange {
            value["last_change"] = .string(change.local.isoDate)
            value["last_change_iso"] = .string(change.iso8601)
        }
        return .object(value)
    }

    private static func entryValue(_ entry: BugReleaseLine.Entry) -> MustacheValue {
        guard case .object(var value) = bugValue(entry.bug) else { return .null }
        value["state"] = .string(entry.state.rawValue)
        value["fixed_here"] = entry.fixedHere.map { .string($0.description) } ?? .null
        value["fixed_later"] = entry.fixedLater.map { .string($0.description) } ?? .null
        value["refs"] = .array(
            entry.bug.refs.map { ref in
                [
                    "ref_label": .string(ref.label),
                    "ref_url": ref.url.map(MustacheValue.string) ?? .null,
                ]
            })
        return .object(value)
    }

    private static func platformValue(_ platform: BugPlatform) -> MustacheValue {
        [
            "name": .string(platform.name),
            "title": .string(platform.title),
            "url": .string(platform.sitePath + "index.html"),
            "feed": .string(platform.feedPath),
            "count": .int(platform.bugs.count),
            "releases": .array(platform.lines.map(lineValue)),
            "has_releases": .bool(!platform.lines.isEmpty),
        ]
    }

    private static func lineValue(_ line: BugReleaseLine) -> MustacheValue {
        [
            "name": .string(line.name),
            "title": .string(line.title),
            "version": .string(line.version.description),
            "url": .string(line.sitePath + "index.html"),
            "count": .int(line.entries.count),
        ]
    }
}
