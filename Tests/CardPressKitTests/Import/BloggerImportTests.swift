import Foundation
import Testing

@testable import CardPressKit

@Suite("Blogger import")
struct BloggerImportTests {
    @Test("a classic export becomes posts with the permalink's slug, offsets, tags and guid")
    func classicPosts() throws {
        let site = try BloggerFixture.emptySite()
        let report = try BloggerFixture.importExport("classic-export.xml", into: site)

        let piv = try #require(
            try BloggerFixture.metadata("posts/2009/03/reading-piv-card.html", in: site))
        #expect(piv.title == "Reading a PIV card on Mac OS X")
        #expect(piv.slug == "reading-piv-card")
        #expect(piv.date?.iso8601 == "2009-03-14T10:20:00+01:00")
        #expect(piv.updated?.iso8601 == "2009-03-15T08:00:00+01:00")
        #expect(piv.tags == ["Mac OS X", "PC/SC", "Carte à puce"])
        #expect(piv.author == "Ann Example")
        #expect(piv.guid == "tag:blogger.com,1999:blog-7001.post-1001")
        #expect(piv.aliases.map(\.path) == ["/2009/03/reading-piv-card.html"])

        // Late evening at -07:00 is already the next day in UTC; the offset is kept.
        let driver = try #require(
            try BloggerFixture.metadata("posts/2010/07/ccid-driver.html", in: site))
        #expect(driver.date?.iso8601 == "2010-07-02T23:30:00-07:00")
        let again = try #require(
            try BloggerFixture.metadata("posts/2010/07/ccid-driver_23.html", in: site))
        #expect(again.slug == "ccid-driver_23")
        #expect(again.title == "CCID driver")

        let untitled = try #require(
            try BloggerFixture.metadata("posts/2011/01/blog-post.html", in: site))
        #expect(untitled.title.hasPrefix("Short note about the reader firmware & update"))

        #expect(report.counts["post"] == 4)
        #expect(report.counts["comment"] == 4)
        #expect(report.counts["settings"] == 2)
    }

    @Test("drafts keep status draft and no alias, pages become pages, trash is skipped")
    func draftsPagesAndTrash() throws {
        let site = try BloggerFixture.emptySite()
        try BloggerFixture.importExport("classic-export.xml", into: site)
        let report = try BloggerFixture.importExport("takeout-export.xml", into: site)

        let draft = try #require(
            try BloggerFixture.metadata("posts/2011/02/unfinished-thoughts.html", in: site))
        #expect(draft.status == .draft)
        #expect(draft.aliases.isEmpty)
        let about = try #require(try BloggerFixture.metadata("posts/pages/about.html", in: site))
        #expect(about.kind == .page)
        #expect(about.aliases.map(\.path) == ["/p/about.html"])

        #expect(!site.exists("posts/2021/09/deleted-thing.html"))
        #expect(report.skipped.contains { $0.reason == "it is in Blogger's trash" })
        #expect(report.skipped.contains { $0.reason.contains("SPAM_COMMENT") })
        let uber = try #require(
            try BloggerFixture.metadata("posts/2021/10/smart-card-uber-alles.html", in: site))
        #expect(uber.tags == ["Ünïcode Läbel", "Java Card"])
        #expect(uber.author == "Jörg Beispiel")
        let contact = try #require(
            try BloggerFixture.metadata("posts/pages/contact.html", in: site))
        #expect(contact.kind == .page)
        let newDraft = try #require(
            try BloggerFixture.metadata("posts/2021/11/draft-in-the-new-format.html", in: site))
        #expect(newDraft.status == .draft)
    }

    @Test("comments are kept beside their post, oldest first, and shown on its page")
    func comments() throws {
        let site = try BloggerFixture.emptySite()
        let report = try BloggerFixture.importExport("classic-export.xml", into: site)
        #expect(report.skipped.contains { $0.reason == "its post was not imported" })

        let file = try site.read("posts/2009/03/reading-piv-card.comments.yaml")
        let items = try #require(try YAMLParser.parse(file)?.sequence)
        #expect(items.compactMap { $0["author"]?.scalar } == ["Chloé Lecteur", "Bob Reader"])

        try site.build()
        let page = try ParsedDocument(
            try site.read("output/posts/2009/03/reading-piv-card/index.html"), kind: .html)
        let authors = page.strings("//section[@id='comments']//li//*[@class='p-author']")
        #expect(authors == ["Chloé Lecteur", "Bob Reader"])
        let links = page.strings("//section[@id='comments']//li//*[@class='p-author']/a/@href")
        #expect(links == ["https://bob.example.net/"])
    }

    @Test("links to the old blog are rewritten, Blogger images reported")
    func linksAndImages() throws {
        let site = try BloggerFixture.emptySite()
        let report = try BloggerFixture.importExport("classic-export.xml", into: site)
        let targets = report.rewrittenLinks.map(\.to).sorted()
        #expect(
            targets == [
                "/categories/mac-os-x/", "/posts/2009/03/reading-piv-card/",
                "/posts/2010/07/ccid-driver/#install",
            ])
        #expect(
            report.hotlinkedImages.map(\.from) == ["https://1.bp.blogspot.com/-abc/s400/reader.jpg"]
        )

        try site.build()
        let page = try ParsedDocument(
            try site.read("output/posts/2009/03/reading-piv-card/index.html"), kind: .html)
        let hrefs = page.strings("//div[contains(@class,'post-content')]//a/@href")
        #expect(hrefs.contains("../../../../posts/2010/07/ccid-driver/#install"))
        #expect(page.strings("//div[contains(@class,'post-content')]/div[@trbidi]").isEmpty)
    }

    @Test("the newer export names no blog address: --blog-url lets absolute links be rewritten")
    func blogURLForNewerExports() throws {
        let old = "https://cards-of-old.blogspot.com/2021/10/smart-card-uber-alles_23.html?m=1#top"
        let file = "posts/2021/10/smart-card-uber-alles.html"

        let without = try BloggerFixture.emptySite()
        let plain = try BloggerFixture.importExport("takeout-export.xml", into: without)
        #expect(!plain.rewrittenLinks.contains { $0.from == old })
        #expect(try without.read(file).contains(old))

        let with = try BloggerFixture.emptySite()
        let report = try BloggerImport.run(
            BloggerImport.Options(
                export: BloggerFixture.url("takeout-export.xml"), siteFolder: with.folder,
                blogURL: "https://cards-of-old.blogspot.com/"))
        let link = try #require(report.rewrittenLinks.first { $0.from == old })
        #expect(link.to == "/posts/2021/10/smart-card-uber-alles_23/#top")

        try with.build()
        let page = try ParsedDocument(
            try with.read("output/posts/2021/10/smart-card-uber-alles/index.html"), kind: .html)
        let hrefs = page.strings("//div[contains(@class,'post-content')]//a/@href")
        #expect(hrefs.contains("../../../../posts/2021/10/smart-card-uber-alles_23/#top"))
        #expect(!hrefs.contains { $0.contains("blogspot") })
    }

    @Test("a second run changes nothing")
    func idempotent() throws {
        let site = try BloggerFixture.emptySite()
        try BloggerFixture.importExport("classic-export.xml", into: site)
        let before = BloggerFixture.snapshot(site)
        let report = try BloggerFixture.importExport("classic-export.xml", into: site)
        #expect(report.written.isEmpty)
        #expect(report.keptEdited.isEmpty)
        #expect(BloggerFixture.snapshot(site) == before)
    }

    @Test("a post edited since the import is kept and reported")
    func editedPostIsKept() throws {
        let site = try BloggerFixture.emptySite()
        try BloggerFixture.importExport("classic-export.xml", into: site)
        let path = "posts/2010/07/ccid-driver.html"
        let edited = try site.read(path) + "<p>An update by the author.</p>\n"
        try site.write(path, edited)

        let report = try BloggerFixture.importExport("classic-export.xml", into: site)
        #expect(report.keptEdited == [path])
        #expect(try site.read(path) == edited)
        #expect(report.lines.contains { $0.hasPrefix("kept \(path)") })
    }

    @Test("a file the import did not write is never replaced")
    func foreignFileIsKept() throws {
        let site = try BloggerFixture.emptySite()
        try site.write("redirects.yaml", "\"/old.html\": \"/about/\"\n")
        let report = try BloggerFixture.importExport("classic-export.xml", into: site)
        #expect(report.keptEdited == ["redirects.yaml"])
        #expect(try site.read("redirects.yaml") == "\"/old.html\": \"/about/\"\n")
    }

    @Test("the imported site builds, and the redirect table covers Blogger's addresses")
    func redirectTable() throws {
        let site = try BloggerFixture.emptySite()
        try BloggerFixture.importExport("classic-export.xml", into: site)
        let rules = RedirectRulesFile.parse(
            try site.read("redirects.yaml"), file: "redirects.yaml", log: DiagnosticLog())
        let table = Dictionary(uniqueKeysWithValues: rules.map { ($0.from, $0.to) })
        #expect(table["/search/label/Mac%20OS%20X"] == "/categories/mac-os-x/")
        #expect(table["/search/label/Carte%20%C3%A0%20puce"] == "/categories/carte-a-puce/")
        #expect(table["/feeds/posts/default/-/CCID"] == "/categories/ccid.xml")
        #expect(table["/feeds/posts/default"] == "/rss.xml")
        #expect(table["/2010_07_01_archive.html"] == "/2010/07/")
        // Weekly archives carry the week's Sunday: 14 March 2009 was a Saturday, and the week
        // of Friday 2 July 2010 began in June.
        #expect(table["/2009_03_08_archive.html"] == "/2009/03/")
        #expect(table["/2010_06_27_archive.html"] == "/2010/07/")
        #expect(table["/2009_03_14_archive.html"] == "/2009/03/")
        #expect(table["/search/label/Draft%20only%20label"] == nil)

        let (_, log) = try site.build()
        #expect(log.errors.isEmpty)
        #expect(site.exists("output/categories/carte-a-puce/index.html"))
        #expect(site.exists("output/2009/03/reading-piv-card.html"))
        #expect(site.exists("output/search/label/Mac OS X/index.html"))
    }

    @Test("an undeclared namespace prefix is an error with line and column, nothing written")
    func malformedExport() throws {
        let site = try BloggerFixture.emptySite()
        let before = BloggerFixture.snapshot(site)
        let error = #expect(throws: ImportError.self) {
            try BloggerFixture.importExport("undeclared-prefix.xml", into: site)
        }
        let location = try #require(error?.diagnostics.first?.location)
        #expect(location.file == "undeclared-prefix.xml")
        #expect(location.line == 5)
        #expect(location.column > 0)
        #expect(error?.diagnostics.first?.message.contains("blogger") == true)
        #expect(BloggerFixture.snapshot(site) == before)
    }

    @Test("an entity bomb with an external entity is refused before parsing")
    func entityBomb() throws {
        let site = try BloggerFixture.emptySite()
        let before = BloggerFixture.snapshot(site)
        let start = Date()
        let error = #expect(throws: ImportError.self) {
            try BloggerFixture.importExport("entity-bomb.xml", into: site)
        }
        #expect(Date().timeIntervalSince(start) < 2)
        #expect(error?.diagnostics.first?.location?.line == 2)
        #expect(error?.diagnostics.first?.message.contains("DOCTYPE") == true)
        #expect(BloggerFixture.snapshot(site) == before)
    }
}
