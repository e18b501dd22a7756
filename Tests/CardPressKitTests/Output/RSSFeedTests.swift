import Foundation
import Testing

@testable import CardPressKit

@Suite("RSS 2.0 feeds")
struct RSSFeedTests {
    private let namespaces = [
        "atom": "http://www.w3.org/2005/Atom", "dc": "http://purl.org/dc/elements/1.1/",
    ]

    private func feed(items: [RSSFeed.Item]) -> RSSFeed {
        RSSFeed(
            title: "Smart <Card> Notes", link: "https://example.org/",
            selfURL: "https://example.org/rss.xml", description: "PC/SC & CCID",
            language: "en", copyright: "CC BY-SA", items: items)
    }

    private func item(_ title: String, epoch: Int64, guid: String? = nil) -> RSSFeed.Item {
        let link = "https://example.org/posts/\(epoch)/"
        return RSSFeed.Item(
            title: title, link: link, guid: guid ?? link, guidIsPermalink: guid == nil,
            date: PostDate(epochSeconds: epoch, offsetSeconds: 7200), author: "Ann",
            categories: ["macOS", "PC/SC"],
            descriptionHTML: "<p>A <a href=\"https://example.org/x/\">link</a> \u{1} ok</p>")
    }

    @Test("the feed parses strictly and carries what feed readers need")
    func structure() throws {
        let text = feed(items: [item("Newer", epoch: 1_700_000_000), item("Older", epoch: 10)])
            .render()
        let document = try ParsedDocument(text, kind: .xml, name: "rss.xml")

        #expect(document.string("/rss/@version") == "2.0")
        #expect(document.string("/rss/channel/title") == "Smart <Card> Notes")
        #expect(document.string("/rss/channel/description") == "PC/SC & CCID")
        #expect(document.string("/rss/channel/language") == "en")
        #expect(
            document.string("/rss/channel/atom:link[@rel='self']/@href", namespaces: namespaces)
                == "https://example.org/rss.xml")
        #expect(document.strings("/rss/channel/item/title") == ["Newer", "Older"])
        #expect(document.strings("/rss/channel/item[1]/category") == ["macOS", "PC/SC"])
        #expect(
            document.string("/rss/channel/item[1]/dc:creator", namespaces: namespaces) == "Ann")
        #expect(
            document.string("/rss/channel/item[1]/pubDate") == "Tue, 14 Nov 2023 22:13:20 +0000"
                || document.string("/rss/channel/item[1]/pubDate")?.hasSuffix("+0200") == true)
        let body = try #require(document.string("/rss/channel/item[1]/description"))
        #expect(body.hasPrefix("<p>A <a href=\"https://example.org/x/\">link</a>"))
        #expect(!body.contains("\u{1}"))
    }

    @Test("lastBuildDate is the newest item's date, so an unchanged site rebuilds the same")
    func lastBuildDate() throws {
        let items = [item("Newer", epoch: 1_700_000_000), item("Older", epoch: 10)]
        let first = feed(items: items).render()
        let document = try ParsedDocument(first, kind: .xml)
        #expect(
            document.string("/rss/channel/lastBuildDate")
                == document.string("/rss/channel/item[1]/pubDate"))
        #expect(feed(items: items).render() == first)
    }

    @Test("a post's own guid is kept and marked as not a permalink")
    func guid() throws {
        let text = feed(items: [item("A", epoch: 5, guid: "tag:example.org,2023:a")]).render()
        let document = try ParsedDocument(text, kind: .xml)
        #expect(document.string("/rss/channel/item/guid") == "tag:example.org,2023:a")
        #expect(document.string("/rss/channel/item/guid/@isPermaLink") == "false")
    }
}
