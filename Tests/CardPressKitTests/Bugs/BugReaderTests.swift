import Testing

@testable import CardPressKit

@Suite("Reading bug metadata from posts")
struct BugReaderTests {
    @Test("every key of a bug mapping is read, typed and kept in order")
    func fullBug() throws {
        let site = try BugSite.make([("posts/2023/scardcontrol.md", BugSite.scardControl)])
        let loaded = try BugSite.load(site)
        #expect(loaded.log.all.isEmpty)
        let bug = try #require(loaded.feature.database.bugs.first)

        #expect(bug.id == "sonoma-scardcontrol")
        #expect(bug.title == "SCardControl() returns SCARD_E_NOT_TRANSACTED")
        #expect(bug.summary == "Every SCardControl() call fails.")
        #expect(bug.platform == "macOS")
        #expect(bug.component == "CCID driver")
        #expect(bug.api == ["SCardControl"])
        #expect(bug.affected?.text == ">=14.0 <14.3")
        #expect(bug.fixedIn == ReleaseVersion([14, 3]))
        #expect(bug.status == .fixed)
        #expect(bug.errors == ["SCARD_E_NOT_TRANSACTED", "0x80100016"])
        #expect(bug.readers == ["Gemalto USB GemPCPinpad SmartCard Reader"])
        #expect(bug.workaround == "Use the `useIFDCCID` preference.")
        #expect(bug.history.map(\.day) == ["2023-07-28", "2023-11-06", "2024-02-05"])
        #expect(bug.history.map(\.status) == [.open, .workaround, .fixed])
        #expect(bug.history.last?.note == "Fixed in macOS 14.3.")
        #expect(bug.post.sitePath == "posts/2023/10/scardcontrol/")
        #expect(bug.location.prefix == "posts/2023/scardcontrol.md:5:7")
    }

    @Test("references become Apple Feedback text, Debian and GitHub links, plain URLs")
    func references() throws {
        let site = try BugSite.make([("posts/2023/scardcontrol.md", BugSite.scardControl)])
        let bug = try #require(try BugSite.load(site).feature.database.bugs.first)
        #expect(bug.refs.map(\.kind) == [.appleFeedback, .debian, .github])
        #expect(
            bug.refs.map(\.label) == [
                "Apple Feedback FB12779458", "Debian #123456", "LudovicRousseau/CCID#42",
            ])
        #expect(
            bug.refs.map(\.url) == [
                nil, "https://bugs.debian.org/123456",
                "https://github.com/LudovicRousseau/CCID/issues/42",
            ])
        let radar = BugReference("rdar://problem/12345")
        #expect(radar.kind == .radar && radar.url == "rdar://problem/12345")
        let page = BugReference("https://bugs.example.org/show?id=7")
        #expect(page.kind == .url && page.label == page.text)
        #expect(BugReference("internal ticket 7").url == nil)
    }

    @Test("a single bug takes the post's slug and title when it names neither")
    func defaults() throws {
        let site = try BugSite.make([
            ("posts/2023/the-slug.md", "bug:\n  platform: macOS\n  affected: \"14.0\"\n")
        ])
        let loaded = try BugSite.load(site)
        #expect(loaded.log.errors.isEmpty)
        let bug = try #require(loaded.feature.database.bugs.first)
        #expect(bug.id == "the-slug")
        #expect(bug.title == "Post 1")
        #expect(bug.status == .open)
        #expect(bug.history.isEmpty)
    }

    @Test("a post may track several bugs under `bugs:`, and a history entry may be short")
    func severalBugs() throws {
        let site = try BugSite.make([
            (
                "posts/2023/names.md",
                """
                bugs:
                  - id: name-usb
                    platform: macOS
                    affected: ">=14.0"
                    api: SCardListReaders, SCardConnect
                  - id: name-serial
                    platform: macOS
                    history:
                      - 2023-10-11: Listed as a regression.
                      - date: 2023-10-12
                        status: wontfix
                """
            )
        ])
        let loaded = try BugSite.load(site)
        #expect(loaded.log.errors.isEmpty)
        let bugs = loaded.feature.database.bugs
        #expect(bugs.map(\.id) == ["name-serial", "name-usb"])
        #expect(bugs.last?.api == ["SCardListReaders", "SCardConnect"])
        let history = try #require(bugs.first?.history)
        #expect(history.map(\.note) == ["Listed as a regression.", ""])
        #expect(history.map(\.status) == [nil, .wontfix])
        #expect(bugs.first?.status == .wontfix)
    }

    @Test("the bug box goes at the top of the post's HTML, before the body")
    func boxOnPost() throws {
        let site = try BugSite.make([("posts/2023/scardcontrol.md", BugSite.scardControl)])
        let html = try #require(try BugSite.load(site).site.posts.first?.contentHTML)
        let document = try ParsedDocument("<div>\(html)</div>", kind: .html)
        #expect(document.string("/div/*[1]/@id") == "bug-sonoma-scardcontrol")
        #expect(document.string("/div/*[1]//span[contains(@class,'badge')]") == "fixed")
        #expect(document.string("/div/*[2]") == "Body of Post 1.")
    }
}
