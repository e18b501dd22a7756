import Foundation
import Testing

@testable import CardPressKit

@Suite("cardpress build, end to end")
struct SiteBuildTests {
    @Test("every page, archive, taxonomy, feed and map of the layout is written")
    func layout() throws {
        let site = try FixtureSite.make()
        let (report, _) = try site.build()

        #expect(report.posts == 4)
        #expect(report.pages == 1)
        for path in [
            "index.html", "index-2.html", "archive.html", "2023/index.html",
            "2023/10/index.html", "2021/12/index.html",
            "posts/2023/10/sonoma-scardcontrol/index.html", "posts/2023/10/faq/index.html",
            "posts/2022/03/two-files/index.html", "about/index.html",
            "categories/index.html", "categories/ccid/index.html", "categories/ccid.xml",
            "categories/pcsc/index.html", "categories/cat_macos/index.html",
            "categories/cat_macos.xml", "rss.xml", "sitemap.xml", "robots.txt", "404.html",
            "assets/style.css",
        ] {
            #expect(site.exists("output/\(path)"), "missing \(path)")
        }
        #expect(!site.exists("output/index-3.html"))
    }

    @Test("drafts, private and scheduled posts stay out; --drafts shows drafts and scheduled")
    func unpublished() throws {
        let site = try FixtureSite.make()
        try site.build()
        #expect(!site.exists("output/posts/2023/11/draft/index.html"))
        #expect(!site.exists("output/posts/2023/11/secret/index.html"))
        #expect(!site.exists("output/posts/2031/01/future/index.html"))
        #expect(!(try site.read("output/rss.xml")).contains("Unfinished"))

        try site.build(output: "preview", drafts: true)
        #expect(site.exists("preview/posts/2023/11/draft/index.html"))
        #expect(site.exists("preview/posts/2031/01/future/index.html"))
        #expect(!site.exists("preview/posts/2023/11/secret/index.html"))
    }

    @Test("a post page has its title, canonical URL, description, language and feed links")
    func postPage() throws {
        let site = try FixtureSite.make()
        try site.build()
        let page = try ParsedDocument(
            site.read("output/posts/2023/10/sonoma-scardcontrol/index.html"), kind: .html)

        #expect(page.string("/html/@lang") == "en")
        #expect(page.string("//head/title") == "Sonoma: SCardControl() fails | Card Notes")
        #expect(
            page.string("//link[@rel='canonical']/@href")
                == "https://cards.example.org/blog/posts/2023/10/sonoma-scardcontrol/")
        #expect(
            page.string("//meta[@name='description']/@content")
                == "SCardControl returns SCARD_E_NOT_TRANSACTED.")
        #expect(
            page.strings("//link[@rel='alternate'][@type='application/rss+xml']/@href")
                .contains("../../../../rss.xml"))
        #expect(page.string("//main//h1") == "Sonoma: SCardControl() fails")
        #expect(page.string("//article//table//td") == "0x80100016")
        #expect(page.strings("//article//input[@type='checkbox']").count == 2)
        #expect(page.string("//article//del") == "old")
        #expect(
            page.string("//article//a[starts-with(@href, 'https://pcsclite')]/@href")
                == "https://pcsclite.apdu.fr/")
        #expect(page.string("//article//h2/@id") == "details")
        #expect(page.strings("//article//a[@rel='tag']").sorted() == ["CCID", "PC/SC", "macOS"])
    }

    @Test("the index shows teasers newest first with a read-more link, and paginates")
    func index() throws {
        let site = try FixtureSite.make()
        try site.build()
        let first = try ParsedDocument(site.read("output/index.html"), kind: .html)
        #expect(
            first.strings("//article/h2/a")
                == ["FAQ & answers", "Sonoma: SCardControl() fails"])
        #expect(
            first.strings("//p[@class='read-more']/a/@href")
                == ["posts/2023/10/sonoma-scardcontrol/index.html"])
        #expect(first.strings("//article//h2[@id='details']").isEmpty)
        #expect(first.string("//a[@rel='next']/@href") == "index-2.html")

        let second = try ParsedDocument(site.read("output/index-2.html"), kind: .html)
        #expect(second.strings("//article/h2/a") == ["Two files", "Old news"])
        #expect(second.string("//a[@rel='prev']/@href") == "index.html")
    }

    @Test("tags that differ only in case are one tag, with a warning naming the files")
    func mergedTags() throws {
        let site = try FixtureSite.make()
        let (_, log) = try site.build()
        let tag = try ParsedDocument(site.read("output/categories/ccid/index.html"), kind: .html)
        #expect(tag.strings("//main//li/a").count == 2)
        let warning = try #require(log.warnings.first { $0.message.contains("CCID") })
        #expect(warning.description.contains("posts/2023/nested/deeper/faq.html"))
        #expect(warning.description.contains("posts/2023/sonoma-scardcontrol.md"))
    }

    @Test("the feed parses strictly, newest first, with absolute links in the bodies")
    func feed() throws {
        let site = try FixtureSite.make()
        try site.build()
        let feed = try ParsedDocument(site.read("output/rss.xml"), kind: .xml, name: "rss.xml")
        #expect(
            feed.strings("/rss/channel/item/title")
                == ["FAQ & answers", "Sonoma: SCardControl() fails", "Two files", "Old news"])
        #expect(
            feed.string("/rss/channel/item[2]/link")
                == "https://cards.example.org/blog/posts/2023/10/sonoma-scardcontrol/")
        #expect(feed.string("/rss/channel/item[2]/pubDate") == "Wed, 04 Oct 2023 09:47:47 +0200")
        #expect(feed.string("/rss/channel/lastBuildDate") == "Thu, 05 Oct 2023 08:00:00 +0200")
        let body = try #require(feed.string("/rss/channel/item[1]/description"))
        let html = try ParsedDocument("<div>\(body)</div>", kind: .html)
        #expect(
            html.string("//a/@href")
                == "https://cards.example.org/blog/posts/2023/10/sonoma-scardcontrol/")

        let tagFeed = try ParsedDocument(site.read("output/categories/ccid.xml"), kind: .xml)
        #expect(tagFeed.strings("/rss/channel/item").count == 2)
    }

    @Test("the sitemap lists every post, page and index with absolute URLs")
    func sitemap() throws {
        let site = try FixtureSite.make()
        try site.build()
        let map = try ParsedDocument(site.read("output/sitemap.xml"), kind: .xml)
        let urls = map.strings(
            "//s:url/s:loc", namespaces: ["s": "http://www.sitemaps.org/schemas/sitemap/0.9"])
        #expect(urls.contains("https://cards.example.org/blog/"))
        #expect(urls.contains("https://cards.example.org/blog/about/"))
        #expect(urls.contains("https://cards.example.org/blog/posts/2022/03/two-files/"))
        #expect(!urls.contains { $0.contains("draft") || $0.contains("future") })
        #expect(
            try site.read("output/robots.txt").contains(
                "Sitemap: https://cards.example.org/blog/sitemap.xml"))
    }

    @Test("no page links to a file the build did not write")
    func links() throws {
        let site = try FixtureSite.make()
        try site.build()
        #expect(try SiteLinks.broken(in: site.folder.appendingPathComponent("output")).isEmpty)
    }

    @Test("the same input gives the same bytes")
    func deterministic() throws {
        let site = try FixtureSite.make()
        try site.build(output: "one")
        try site.build(output: "two")
        let one = site.folder.appendingPathComponent("one")
        let files = try #require(FileManager.default.subpaths(atPath: one.path)).sorted()
        #expect(files.count > 20)
        for file in files {
            let left = FileManager.default.contents(atPath: one.appendingPathComponent(file).path)
            let right = FileManager.default.contents(
                atPath: site.folder.appendingPathComponent("two/\(file)").path)
            #expect(left == right, "\(file) differs")
        }
    }
}
