import Foundation
import Testing

@testable import CardPressKit

@Suite("Bug pages: the index, platform and release pages, and links both ways")
struct BugPagesTests {
    /// Two Sonoma bugs, one fixed in 14.3, and a Ventura bug fixed in Sonoma.
    private func site() throws -> TemporarySite {
        try BugSite.make([
            ("posts/2023/scardcontrol.md", BugSite.scardControl),
            ("posts/2023/race.md", BugSite.race),
            (
                "posts/2023/ventura.md",
                """
                bug:
                  id: ventura-pinpad
                  title: PIN pad timeout
                  platform: macOS
                  affected: ">=13.0 <14.1"
                  fixed_in: "14.1"
                  status: fixed
                  history:
                    - date: 2022-11-02
                      status: open
                    - date: 2023-10-30
                      status: fixed
                """
            ),
        ])
    }

    private func page(_ site: TemporarySite, _ path: String) throws -> ParsedDocument {
        try ParsedDocument(site.read("output/" + path), kind: .html, name: path)
    }

    @Test("the release page lists each bug of any 14.x, its state there and the fix")
    func releasePage() throws {
        let site = try site()
        try site.build()
        let page = try page(site, "bugs/macos/14/index.html")
        #expect(page.string("//h1") == "macOS Sonoma 14 and smart cards: known bugs")
        let rows = "//table[contains(@class,'bug-table')]/tbody/tr"
        #expect(
            page.strings("\(rows)/@id") == ["sonoma-race", "sonoma-scardcontrol", "ventura-pinpad"])
        #expect(page.strings("\(rows)/td[1]/span") == ["open", "fixed", "fixed"])
        #expect(page.strings("\(rows)/td[3]") == ["not fixed", "14.3", "14.1"])
        #expect(
            page.strings("\(rows)/th/a/@href") == [
                "../../../posts/2023/10/race/index.html#bug-sonoma-race",
                "../../../posts/2023/10/scardcontrol/index.html#bug-sonoma-scardcontrol",
                "../../../posts/2023/10/ventura/index.html#bug-ventura-pinpad",
            ])
    }

    @Test("a bug fixed in a later line is open on its older line's page")
    func olderLine() throws {
        let site = try site()
        try site.build()
        let page = try page(site, "bugs/macos/13/index.html")
        #expect(page.string("//h1") == "macOS Ventura 13 and smart cards: known bugs")
        let rows = "//table[contains(@class,'bug-table')]/tbody/tr"
        #expect(page.strings("\(rows)/@id") == ["ventura-pinpad"])
        #expect(page.strings("\(rows)/td[1]/span") == ["open"])
        #expect(page.strings("\(rows)/td[3]") == ["not in this release (fixed in 14.1)"])
        #expect(!site.exists("output/bugs/macos/15/index.html"))
    }

    @Test("the bug box links to its release pages, and those link back to the bug")
    func linksBothWays() throws {
        let site = try site()
        try site.build()
        let post = try page(site, "posts/2023/10/ventura/index.html")
        let box = "//aside[@id='bug-ventura-pinpad']"
        let releaseLinks = post.strings("\(box)//dd/a[contains(@href,'bugs/macos/1')]/@href")
        #expect(
            releaseLinks == [
                "../../../../bugs/macos/14/index.html", "../../../../bugs/macos/13/index.html",
            ])
        for link in releaseLinks {
            let target = try page(site, String(link.dropFirst("../../../../".count)))
            #expect(
                target.strings("//tbody/tr/th/a/@href")
                    .contains("../../../posts/2023/10/ventura/index.html#bug-ventura-pinpad"))
        }
        #expect(try SiteLinks.broken(in: site.folder.appendingPathComponent("output")).isEmpty)
    }

    @Test("/bugs/ groups every bug by status, open first, with platform and last change")
    func index() throws {
        let site = try site()
        try site.build()
        let page = try page(site, "bugs/index.html")
        #expect(
            page.strings("//section[contains(@class,'bug-group')]/@id")
                == ["status-open", "status-fixed"])
        #expect(
            page.strings("//section[@id='status-fixed']//tbody/tr/@id")
                == ["sonoma-scardcontrol", "ventura-pinpad"])
        #expect(
            page.strings("//section[@id='status-fixed']//tbody/tr/td[4]/time")
                == ["2024-02-05", "2023-10-30"])
        #expect(
            page.strings("//section[@id='status-open']//tbody/tr/td[1]/a")
                == ["macOS"])
        #expect(page.strings("//nav//a[.='Bugs']/@href") == ["../bugs/index.html"])
        let platform = try self.page(site, "bugs/macos/index.html")
        #expect(
            platform.strings("//section[contains(@class,'bug-releases')]//a")
                == [
                    "macOS Sonoma 14 and smart cards: known bugs",
                    "macOS Ventura 13 and smart cards: known bugs",
                ])
    }

    @Test("the sitemap lists the bug pages")
    func sitemap() throws {
        let site = try site()
        try site.build()
        let sitemap = try ParsedDocument(site.read("output/sitemap.xml"), kind: .xml)
        let urls = sitemap.strings(
            "//s:url/s:loc", namespaces: ["s": "http://www.sitemaps.org/schemas/sitemap/0.9"])
        for path in ["bugs/", "bugs/macos/", "bugs/macos/13/", "bugs/macos/14/"] {
            #expect(urls.contains("https://cards.example.org/" + path))
        }
    }

    @Test("a site without bugs gets no bug pages and no Bugs link")
    func noBugs() throws {
        let site = try BugSite.make([("posts/2023/plain.md", "tags: [x]\n")])
        try site.build()
        #expect(!site.exists("output/bugs/index.html"))
        #expect(!site.exists("output/bugs.json"))
        let index = try page(site, "index.html")
        #expect(index.strings("//nav//a[.='Bugs']").isEmpty)
    }
}
