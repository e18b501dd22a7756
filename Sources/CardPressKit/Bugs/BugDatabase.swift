/// Every bug of the site, checked for duplicate ids, with the groupings pages and feeds use.
struct BugDatabase: Sendable {
    /// Sorted by id, so every page and feed comes out the same on every build.
    let bugs: [Bug]
    /// Sorted by slug.
    let platforms: [BugPlatform]

    init(bugs unsorted: [Bug], log: DiagnosticLog) {
        let written = unsorted.sorted { $0.location < $1.location }
        var first: [String: Bug] = [:]
        var unique: [Bug] = []
        for bug in written {
            if let earlier = first[bug.id] {
                log.error(
                    "duplicate bug id '\(bug.id)': \(earlier.location.prefix) uses it too; "
                        + "give each bug its own id", at: bug.location)
                continue
            }
            first[bug.id] = bug
            unique.append(bug)
        }
        bugs = unique.sorted { $0.id < $1.id }

        var bySlug: [String: [Bug]] = [:]
        for bug in bugs {
            guard let slug = bug.platformSlug, !slug.isEmpty else { continue }
            bySlug[slug, default: []].append(bug)
        }
        platforms = bySlug.keys.sorted().compactMap { slug in
            bySlug[slug].map { BugPlatform(bugs: $0) }
        }
    }

    /// The release pages that list a bug, for links from its box.
    func releaseLines(of bug: Bug) -> [BugReleaseLine] {
        guard let slug = bug.platformSlug else { return [] }
        let platform = platforms.first { $0.slug == slug }
        return platform?.lines.filter { $0.lists(bug) } ?? []
    }

    /// Every history entry of every bug, newest first; ties by bug id, the later entry first.
    var events: [(bug: Bug, event: BugEvent)] {
        bugs.flatMap { bug in bug.history.map { (bug, $0) } }.sorted { lhs, rhs in
            if lhs.event.date != rhs.event.date { return lhs.event.date > rhs.event.date }
            if lhs.bug.id != rhs.bug.id { return lhs.bug.id < rhs.bug.id }
            return lhs.event.ordinal > rhs.event.ordinal
        }
    }

    /// The newest change of any bug.
    var lastChange: PostDate? { bugs.compactMap(\.lastChange).max() }
}
