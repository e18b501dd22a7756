/// A platform's release line, such as macOS 14.x, with each bug that shows in any of its
/// releases and the bug's state there: the page `bugs/macos/14/`.
struct BugReleaseLine: Sendable {
    /// A bug as it stands in this line.
    struct Entry: Sendable {
        var bug: Bug
        /// `fixed` when a release of this line fixed it; a bug fixed only in a later line is
        /// `open` here.
        var state: BugStatus
        /// The release of this line that fixed the bug.
        var fixedHere: ReleaseVersion?
        /// A fix in a later line, for the reader who can upgrade.
        var fixedLater: ReleaseVersion?
    }

    /// `14`, or `10.15` for macOS 10.x.
    var version: ReleaseVersion
    var platform: String
    var platformSlug: String
    var entries: [Entry]

    /// `macOS Sonoma 14`.
    var name: String { PlatformReleases.title(line: version, platform: platform) }

    /// `macOS Sonoma 14 and smart cards: known bugs`.
    var title: String { "\(name) and smart cards: known bugs" }

    /// `bugs/macos/14/`.
    var sitePath: String { "bugs/\(platformSlug)/\(version)/" }

    /// The newest change of any bug on the page, for the sitemap.
    var lastChange: PostDate? { entries.compactMap(\.bug.lastChange).max() }
}

extension BugReleaseLine {
    /// The line starting at `version` with the bugs that touch it; nil when none does.
    init?(version: ReleaseVersion, platform: String, bugs: [Bug]) {
        let end = version.nextSibling
        let entries = bugs.compactMap { bug -> Entry? in
            guard let affected = bug.affected, affected.touches(from: version, before: end)
            else { return nil }
            guard let fix = bug.fixedIn, bug.status == .fixed else {
                return Entry(bug: bug, state: bug.status, fixedHere: nil, fixedLater: nil)
            }
            if fix >= version && fix < end {
                return Entry(bug: bug, state: .fixed, fixedHere: fix, fixedLater: nil)
            }
            return Entry(bug: bug, state: .open, fixedHere: nil, fixedLater: fix)
        }
        guard !entries.isEmpty else { return nil }
        self.init(
            version: version, platform: platform, platformSlug: PlatformReleases.slug(platform),
            entries: entries)
    }

    /// Whether a bug's box should link to this page.
    func lists(_ bug: Bug) -> Bool {
        entries.contains { $0.bug.id == bug.id }
    }
}
