import Testing

@testable import CardPressKit

@Suite("Release ranges: which releases a bug affects")
struct ReleaseRangeTests {
    private func range(_ text: String, platform: String = "macOS") throws -> ReleaseRange {
        try ReleaseRange.parse(text, platform: platform).get()
    }

    private func version(_ text: String) throws -> ReleaseVersion {
        try #require(ReleaseVersion(text))
    }

    @Test(
        "a release is inside or outside a range",
        arguments: [
            (">=14.0 <14.3", "14.2", true),
            (">=14.0 <14.3", "14.2.1", true),
            (">=14.0 <14.3", "14.0", true),
            (">=14.0 <14.3", "14", true),
            (">=14.0 <14.3", "14.3", false),
            (">=14.0 <14.3", "14.3.1", false),
            (">=14.0 <14.3", "13.6", false),
            ("Sonoma", "14.0", true),
            ("Sonoma", "14.7.2", true),
            ("Sonoma", "15.0", false),
            ("Sonoma", "13.9", false),
            ("14.0", "14.0.1", true),
            ("14.0", "14.1", false),
            ("14.0, 14.1", "14.1.2", true),
            ("14.0, 14.1", "14.2", false),
            (">=Ventura <=Sonoma", "13.5", true),
            (">=Ventura <=Sonoma", "14.0", true),
            (">=Ventura <=Sonoma", "14.1", false),
            (">14.2", "14.2", false),
            (">14.2", "14.2.1", true),
            ("=10.15.7", "10.15.7", true),
            ("Catalina", "10.15.7", true),
            ("Catalina", "10.14", false),
            ("macOS Big Sur", "11.7", true),
        ])
    func contains(range text: String, release: String, expected: Bool) throws {
        #expect(try range(text).contains(version(release)) == expected)
    }

    @Test(
        "a range touches a release line when any of its releases is inside",
        arguments: [
            (">=14.0 <14.3", "14", true),
            (">=14.0 <14.3", "13", false),
            (">=14.0 <14.3", "15", false),
            ("<14", "14", false),
            ("<=14", "14", true),
            (">=13.5", "14", true),
            ("Sonoma", "14", true),
            ("Sonoma", "15", false),
            ("10.15.7", "10.15", true),
        ])
    func touches(range text: String, line: String, expected: Bool) throws {
        let start = try version(line)
        #expect(try range(text).touches(from: start, before: start.nextSibling) == expected)
    }

    @Test("the fix release must not be inside the range, nor before its start")
    func contradictions() throws {
        let fix = try version("14.3")
        #expect(try range(">=14.0 <14.3").contradiction(fixedIn: fix) == nil)
        #expect(try range("14.0, 14.1").contradiction(fixedIn: fix) == nil)
        #expect(
            try range("Sonoma").contradiction(fixedIn: fix)?.hasPrefix(
                "contains the fix release 14.3") == true)
        #expect(
            try range(">=14.0").contradiction(fixedIn: fix)?.hasPrefix(
                "contains the fix release 14.3") == true)
        #expect(
            try range(">=14.4 <15").contradiction(fixedIn: fix)?.hasPrefix(
                "starts at 14.4, after the fix release 14.3") == true)
    }

    @Test("which release line a version belongs to, and its title")
    func lines() throws {
        let sonoma = PlatformReleases.line(of: try version("14.2.1"), platform: "macOS")
        #expect(sonoma == ReleaseVersion([14]))
        #expect(PlatformReleases.title(line: sonoma, platform: "macOS") == "macOS Sonoma 14")
        let catalina = PlatformReleases.line(of: try version("10.15.7"), platform: "macOS")
        #expect(catalina.description == "10.15")
        #expect(PlatformReleases.title(line: catalina, platform: "MacOS") == "macOS Catalina 10.15")
        #expect(
            PlatformReleases.line(of: try version("2.0.3"), platform: "pcsc-lite").description
                == "2")
        #expect(PlatformReleases.version(named: "Tahoe", platform: "macOS") == ReleaseVersion([26]))
        #expect(PlatformReleases.version(named: "Sonoma", platform: "Windows") == nil)
    }

    @Test("versions compare part by part, missing parts as zero")
    func versions() throws {
        #expect(try version("14") == version("14.0.0"))
        #expect(try version("14.10") > version("14.9"))
        #expect(try version("10.15.7") < version("11"))
        #expect(ReleaseVersion("14.x") == nil)
        #expect(ReleaseVersion("14.") == nil)
        #expect(ReleaseVersion("") == nil)
    }

    @Test(
        "malformed ranges are refused with what was wrong",
        arguments: [
            ("14.x", "'14.x' is not a release number such as 14.2 or a macOS release name"),
            (">=14.0 <", "'<' needs a release after it"),
            ("14.0,,14.1", "a comma with no release beside it"),
            (">=14.3 <14.0", "'>=14.3 <14.0' holds no release"),
            ("=>14.0", "unknown comparison '=>' (use >=, >, <=, < or =)"),
            ("Sonama", "'Sonama' is not a release number"),
        ])
    func malformed(text: String, problem: String) {
        guard case .failure(let error) = ReleaseRange.parse(text, platform: "macOS") else {
            Issue.record("'\(text)' was accepted")
            return
        }
        #expect(error.problem.hasPrefix(problem))
        #expect(error.message.hasPrefix("malformed range '\(text)': "))
    }

    @Test("release names are only understood for the platform that has them")
    func namesPerPlatform() {
        guard case .failure(let error) = ReleaseRange.parse("Sonoma", platform: "Windows") else {
            Issue.record("Sonoma was accepted as a Windows release")
            return
        }
        #expect(error.problem == "'Sonoma' is not a release number such as 14.2")
    }
}
