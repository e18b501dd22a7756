import Foundation
import Testing

@testable import CardPressKit

@Suite("Bug feeds: one item per history entry, with stable guids")
struct BugFeedTests {
    private func items(_ site: TemporarySite, _ path: String) throws -> ParsedDocument {
        try ParsedDocument(site.read("output/" + path), kind: .xml, name: path)
    }

    @Test("each dated entry is an item, newest first, linking to the bug box")
    func itemsPerEvent() throws {
        let site = try BugSite.make([
            ("posts/2023/scardcontrol.md", BugSite.scardControl),
            ("posts/2023/race.md", BugSite.race),
        ])
        try site.build()
        let feed = try items(site, "bugs/rss.xml")
        #expect(
            feed.strings("//item/title") == [
                "Fixed in 14.3: SCardControl() returns SCARD_E_NOT_TRANSACTED",
                "Workaround: SCardControl() returns SCARD_E_NOT_TRANSACTED",
                "Open: SCardGetStatusChange() race",
                "Open: SCardControl() returns SCARD_E_NOT_TRANSACTED",
            ])
        #expect(
            feed.strings("//item/guid") == [
                "tag:cards.example.org,2024-02-05:bug/sonoma-scardcontrol/1",
                "tag:cards.example.org,2023-11-06:bug/sonoma-scardcontrol/1",
                "tag:cards.example.org,2023-10-04:bug/sonoma-race/1",
                "tag:cards.example.org,2023-07-28:bug/sonoma-scardcontrol/1",
            ])
        #expect(feed.strings("//item/guid/@isPermaLink").allSatisfy { $0 == "false" })
        #expect(
            feed.string("//item[1]/link")
                == "https://cards.example.org/posts/2023/10/scardcontrol/#bug-sonoma-scardcontrol")
        #expect(feed.string("//item[1]/pubDate") == "Mon, 05 Feb 2024 00:00:00 +0100")
        let body = try ParsedDocument(
            "<div>\(feed.string("//item[1]/description") ?? "")</div>", kind: .html)
        #expect(body.string("//p[2]") == "Fixed in macOS 14.3.")
        #expect(body.strings("//a/@href").allSatisfy { $0.hasPrefix("https://cards.example.org/") })

        let platform = try items(site, "bugs/macos/rss.xml")
        #expect(platform.strings("//item/guid") == feed.strings("//item/guid"))
    }

    @Test("adding a bug leaves the guids of the other bugs' events as they were")
    func stableGuids() throws {
        let site = try BugSite.make([("posts/2023/scardcontrol.md", BugSite.scardControl)])
        try site.build()
        let before = try items(site, "bugs/rss.xml").strings("//item/guid")

        try site.write(
            "posts/2023/aaa.md",
            BugSite.document(
                title: "Earlier",
                metadata: """
                    bug:
                      id: aaa-first
                      platform: Windows
                      history:
                        - date: 2024-02-05
                          status: open
                    """))
        try site.build()
        let after = try items(site, "bugs/rss.xml").strings("//item/guid")
        #expect(after.count == before.count + 1)
        #expect(after.filter { $0.contains("sonoma-scardcontrol") } == before)
        #expect(after.contains("tag:cards.example.org,2024-02-05:bug/aaa-first/1"))
        let windows = try items(site, "bugs/windows/rss.xml").strings("//item/guid")
        #expect(windows == ["tag:cards.example.org,2024-02-05:bug/aaa-first/1"])
    }

    @Test("two entries of one day get their own guids")
    func sameDay() throws {
        let site = try BugSite.make([
            (
                "posts/2023/day.md",
                """
                bug:
                  id: busy-day
                  history:
                    - date: 2024-01-02
                      status: open
                    - date: 2024-01-02
                      status: workaround
                """
            )
        ])
        try site.build()
        let guids = try items(site, "bugs/rss.xml").strings("//item/guid")
        #expect(
            Set(guids) == [
                "tag:cards.example.org,2024-01-02:bug/busy-day/1",
                "tag:cards.example.org,2024-01-02:bug/busy-day/2",
            ])
    }

    @Test("the post's item in the site feed carries the bug box, with absolute links")
    func boxInSiteFeed() throws {
        let site = try BugSite.make([("posts/2023/scardcontrol.md", BugSite.scardControl)])
        try site.build()
        let feed = try items(site, "rss.xml")
        let body = try ParsedDocument(
            "<div>\(feed.string("//item[1]/description") ?? "")</div>", kind: .html)
        let box = "/div/aside[@id='bug-sonoma-scardcontrol']"
        #expect(body.string("\(box)//span[contains(@class,'badge')]") == "fixed")
        #expect(
            body.strings("\(box)//dd/a/@href").contains(
                "https://cards.example.org/bugs/macos/14/index.html"))
        #expect(body.strings("\(box)//a/@href").allSatisfy { $0.hasPrefix("https://") })
    }
}
