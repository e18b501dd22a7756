import Foundation
import Testing

@testable import CardPressKit

@Suite("Series: previous/next links and the series page")
struct SeriesTests {
    private func site() throws -> TemporarySite {
        let site = try BugSite.make([])
        for (day, name) in [(3, "third"), (1, "first"), (2, "second")] {
            try site.write(
                "posts/2023/\(name).md",
                BugSite.document(
                    title: name.capitalized, metadata: "series: macOS Sonoma and smart cards",
                    day: day))
        }
        try site.write(
            "posts/2023/alone.md", BugSite.document(title: "Alone", metadata: "", day: 4))
        return site
    }

    private func page(_ site: TemporarySite, _ path: String) throws -> ParsedDocument {
        try ParsedDocument(site.read("output/" + path), kind: .html, name: path)
    }

    @Test("posts of a series link to the previous and next post, oldest first")
    func previousNext() throws {
        let site = try site()
        try site.build()
        let second = try page(site, "posts/2023/10/second/index.html")
        #expect(
            second.strings("//a[@rel='prev']/@href") == [
                "../../../../posts/2023/10/first/index.html"
            ])
        #expect(
            second.strings("//a[@rel='next']/@href") == [
                "../../../../posts/2023/10/third/index.html"
            ])
        #expect(second.string("//p[@class='series-note']")?.hasPrefix("Part 2 of 3") == true)

        let first = try page(site, "posts/2023/10/first/index.html")
        #expect(first.strings("//a[@rel='prev']").isEmpty)
        #expect(first.strings("//a[@rel='next']") == ["Second →"])
        let third = try page(site, "posts/2023/10/third/index.html")
        #expect(third.strings("//a[@rel='next']").isEmpty)
        let alone = try page(site, "posts/2023/10/alone/index.html")
        #expect(alone.strings("//nav[@class='series-nav']").isEmpty)
    }

    @Test("the series page lists its posts in reading order and is linked from each post")
    func seriesPage() throws {
        let site = try site()
        try site.build()
        let series = try page(site, "series/macos-sonoma-and-smart-cards/index.html")
        #expect(series.string("//h1") == "macOS Sonoma and smart cards")
        #expect(series.strings("//ul[@class='post-list']/li/a") == ["First", "Second", "Third"])
        let second = try page(site, "posts/2023/10/second/index.html")
        #expect(
            second.strings("//p[@class='series-note']/a/@href")
                == ["../../../../series/macos-sonoma-and-smart-cards/index.html"])
    }
}
