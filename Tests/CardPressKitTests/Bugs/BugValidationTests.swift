import Testing

@testable import CardPressKit

/// Each mistake an author can make in bug metadata, and the message that names its place.
/// The post's metadata starts with title (line 2) and date (line 3); bug lines start at 4.
@Suite("Bug metadata validation messages")
struct BugValidationTests {
    private let file = "posts/2023/a.md"

    private func errors(_ metadata: String) throws -> [String] {
        try BugSite.messages(metadata).filter { $0.contains(": error: ") }
    }

    @Test("an unknown status lists the allowed ones")
    func unknownStatus() throws {
        #expect(
            try errors("bug:\n  id: x\n  status: fixd\n") == [
                "\(file):6:11: error: unknown status 'fixd' (expected open, fixed, wontfix, "
                    + "workaround, cannot-reproduce)"
            ])
    }

    @Test("a fixed bug needs fixed_in")
    func fixedWithoutFixedIn() throws {
        #expect(
            try errors("bug:\n  id: x\n  status: fixed\n") == [
                "\(file):6:11: error: status 'fixed' needs 'fixed_in: <release>', the release "
                    + "that shipped the fix"
            ])
    }

    @Test("fixed_in with another status says which status")
    func fixedInWithoutFixed() throws {
        #expect(
            try errors("bug:\n  id: x\n  status: workaround\n  fixed_in: \"14.3\"\n") == [
                "\(file):7:13: error: fixed_in '14.3' is only for status 'fixed', but status is "
                    + "'workaround'; set 'status: fixed' or remove fixed_in"
            ])
    }

    @Test(
        "an affected range that contains the fix or starts after it",
        arguments: [
            (
                "Sonoma",
                "contains the fix release 14.3 (fixed_in); end it before the fix, as in "
                    + "'>=14 <14.3'"
            ),
            (
                ">=13.0",
                "contains the fix release 14.3 (fixed_in); end it before the fix, as in "
                    + "'>=13.0 <14.3'"
            ),
            (
                ">=14.4",
                "starts at 14.4, after the fix release 14.3 (fixed_in); correct one of "
                    + "them, or track a regression as a bug of its own"
            ),
        ])
    func contradiction(affected: String, problem: String) throws {
        let metadata = """
            bug:
              id: x
              platform: macOS
              status: fixed
              fixed_in: "14.3"
              affected: "\(affected)"
            """
        #expect(
            try errors(metadata) == [
                "\(file):9:13: error: affected range '\(affected)' \(problem)"
            ])
    }

    @Test("a malformed range quotes the text and shows the accepted forms")
    func malformedRange() throws {
        #expect(
            try errors("bug:\n  id: x\n  platform: macOS\n  affected: \">=14.x\"\n") == [
                "\(file):7:13: error: malformed range '>=14.x': '14.x' is not a release number "
                    + "such as 14.2 or a macOS release name (Tahoe, Sequoia, Sonoma, Ventura, "
                    + "Monterey, Big Sur, Catalina, Mojave, High Sierra, Sierra, El Capitan, "
                    + "Yosemite, Mavericks); write a release (14.0), a name (Sonoma), bounds "
                    + "(>=14.0 <14.3) or a list (14.0, 14.1)"
            ])
    }

    @Test("a duplicate id names both files")
    func duplicateID() throws {
        let site = try BugSite.make([
            ("posts/2023/a.md", "bug:\n  id: same\n"),
            ("posts/2023/b.md", "bugs:\n  - id: other\n  - id: same\n"),
        ])
        let messages = try BugSite.load(site).log.errors.map(\.description)
        #expect(
            messages == [
                "posts/2023/b.md:6:9: error: duplicate bug id 'same': posts/2023/a.md:5:7 uses it "
                    + "too; give each bug its own id"
            ])
    }

    @Test("history entries must be oldest first")
    func historyOrder() throws {
        let metadata = """
            bug:
              id: x
              history:
                - date: 2023-11-06
                  status: open
                - date: 2023-07-28
                  status: open
            """
        #expect(
            try errors(metadata) == [
                "\(file):9:7: error: history entry of 2023-07-28 comes after one of 2023-11-06; "
                    + "list history entries oldest first"
            ])
    }

    @Test("a history status must be known")
    func historyStatus() throws {
        let metadata = "bug:\n  id: x\n  history:\n    - date: 2023-11-06\n      status: closed\n"
        #expect(
            try errors(metadata) == [
                "\(file):8:15: error: unknown status 'closed' in history (expected open, fixed, "
                    + "wontfix, workaround, cannot-reproduce)"
            ])
    }

    @Test("a bug in a `bugs:` list needs an explicit id")
    func listNeedsID() throws {
        #expect(
            try errors("bugs:\n  - platform: macOS\n    status: open\n") == [
                "\(file):5:5: error: a bug in a 'bugs:' list needs an 'id' (only a single 'bug:' "
                    + "defaults to the post's slug)"
            ])
    }

    @Test("an unknown key is named with the keys allowed")
    func unknownKey() throws {
        let messages = try errors("bug:\n  id: x\n  fixed-in: \"14.3\"\n")
        #expect(messages.count == 1)
        #expect(
            messages.first?.hasPrefix(
                "\(file):6:3: error: unknown key 'fixed-in' in a bug "
                    + "(expected id, title, summary, platform,") == true)
    }

    @Test("a status that disagrees with the latest history entry is a warning")
    func statusAgainstHistory() throws {
        let metadata =
            "bug:\n  id: x\n  status: open\n  history:\n    - date: 2023-11-06\n"
            + "      status: wontfix\n"
        #expect(
            try BugSite.messages(metadata) == [
                "\(file):6:11: warning: status is 'open' but the last history entry with a status "
                    + "says 'wontfix'; add a dated entry for the change"
            ])
    }

    @Test("a hardware check that reproduces an unknown bug is a warning at its fence")
    func unknownReproducer() throws {
        let site = try BugSite.make([])
        try site.write(
            file,
            """
            ---
            title: A
            date: 2023-10-01 10:00
            bug:
              id: real
            ---
            Text.

            ```pcsc-probe id=probe reproduces=reall
            readers
            ```
            """)
        #expect(
            try BugSite.load(site).log.warnings.map(\.description) == [
                "\(file):9: warning: check 'probe' reproduces bug 'reall', which no published "
                    + "post tracks; use the id of a post's 'bug:' metadata"
            ])
    }
}
