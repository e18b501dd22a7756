/// What CardPress knows about platforms: the spelling of their names, the names of macOS
/// releases, and how releases group into lines (`14.x`, `10.15.x`) that get a page each.
enum PlatformReleases {
    /// macOS release names and their numbers, newest first.
    static let macOSNames: [(name: String, version: ReleaseVersion)] = [
        ("Tahoe", ReleaseVersion([26])),
        ("Sequoia", ReleaseVersion([15])),
        ("Sonoma", ReleaseVersion([14])),
        ("Ventura", ReleaseVersion([13])),
        ("Monterey", ReleaseVersion([12])),
        ("Big Sur", ReleaseVersion([11])),
        ("Catalina", ReleaseVersion([10, 15])),
        ("Mojave", ReleaseVersion([10, 14])),
        ("High Sierra", ReleaseVersion([10, 13])),
        ("Sierra", ReleaseVersion([10, 12])),
        ("El Capitan", ReleaseVersion([10, 11])),
        ("Yosemite", ReleaseVersion([10, 10])),
        ("Mavericks", ReleaseVersion([10, 9])),
    ]

    /// True for `macOS`, `MacOS`, `OS X` and `Mac OS X`.
    static func isMacOS(_ platform: String) -> Bool {
        let key = platform.lowercased().filter { $0 != " " }
        return key == "macos" || key == "osx" || key == "macosx"
    }

    /// The name shown on pages: macOS spelled as Apple does, others as the author wrote them.
    static func displayName(_ platform: String) -> String {
        isMacOS(platform) ? "macOS" : platform
    }

    /// The folder of a platform under `bugs/`: `macos`, `pcsc-lite`.
    static func slug(_ platform: String) -> String {
        isMacOS(platform) ? "macos" : Slug.make(platform)
    }

    /// The release a name stands for (`Sonoma` → 14, `macOS Big Sur` → 11); nil when the
    /// platform has no such name.
    static func version(named name: String, platform: String) -> ReleaseVersion? {
        guard isMacOS(platform) else { return nil }
        var key = Substring(name.lowercased())
        for prefix in ["macos ", "os x ", "mac os x "] where key.hasPrefix(prefix) {
            key = key.dropFirst(prefix.count)
        }
        return macOSNames.first { $0.name.lowercased() == key }?.version
    }

    /// The release names of a platform, for error messages; empty when it has none.
    static func names(platform: String) -> [String] {
        isMacOS(platform) ? macOSNames.map(\.name) : []
    }

    /// The line a release belongs to: its major number, or `10.15` for macOS 10.x releases,
    /// whose second number was the major one.
    static func line(of version: ReleaseVersion, platform: String) -> ReleaseVersion {
        if isMacOS(platform), version.parts.first == 10 { return version.prefix(2) }
        return version.prefix(1)
    }

    /// A line's name in titles: `macOS Sonoma 14`, `Windows 11`.
    static func title(line: ReleaseVersion, platform: String) -> String {
        let name = displayName(platform)
        if isMacOS(platform), let named = macOSNames.first(where: { $0.version == line }) {
            return "\(name) \(named.name) \(line)"
        }
        return "\(name) \(line)"
    }
}
