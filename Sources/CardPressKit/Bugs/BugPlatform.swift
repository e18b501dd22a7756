/// The bugs of one platform and its release lines: the page `bugs/macos/` and its feed.
struct BugPlatform: Sendable {
    /// As pages show it: `macOS`, `pcsc-lite`.
    var name: String
    var slug: String
    /// Sorted by id.
    var bugs: [Bug]
    /// Newest line first.
    var lines: [BugReleaseLine]

    var sitePath: String { "bugs/\(slug)/" }
    var feedPath: String { "bugs/\(slug)/rss.xml" }
    var title: String { "\(name) and smart cards: known bugs" }
    var lastChange: PostDate? { bugs.compactMap(\.lastChange).max() }
}

extension BugPlatform {
    /// The platform of `bugs` (all with the same platform slug) and every release line that
    /// a bound, a named release or a fix of theirs mentions and that some bug touches.
    init(bugs: [Bug]) {
        let platform = bugs.first?.platform ?? ""
        var versions = Set<ReleaseVersion>()
        for bug in bugs {
            versions.formUnion(bug.affected?.mentionedLines(platform: platform) ?? [])
            if let fix = bug.fixedIn {
                versions.insert(PlatformReleases.line(of: fix, platform: platform))
            }
        }
        self.init(
            name: PlatformReleases.displayName(platform),
            slug: PlatformReleases.slug(platform),
            bugs: bugs,
            lines: versions.sorted(by: >).compactMap {
                BugReleaseLine(version: $0, platform: platform, bugs: bugs)
            })
    }
}
