import Foundation
import Testing

@testable import CardPressKit

@Suite("Markdown with cmark-gfm")
struct MarkdownRendererTests {
    @Test("GitHub extensions and raw HTML render")
    func extensions() throws {
        let html = MarkdownRenderer.render(
            "| a |\n|---|\n| 1 |\n\n~~x~~ www.example.org\n\n- [ ] t\n\n<kbd>Ctrl</kbd>\n"
        ).html
        let page = try ParsedDocument("<div>\(html)</div>", kind: .html)
        #expect(page.string("//table//td") == "1")
        #expect(page.string("//del") == "x")
        #expect(page.string("//a/@href") == "http://www.example.org")
        #expect(page.string("//input/@type") == "checkbox")
        #expect(page.string("//kbd") == "Ctrl")
    }

    @Test("autolinks and strikethrough survive many posts rendered from many threads at once")
    func concurrentAutolinks() throws {
        let count = 400
        let filler = String(repeating: "Some *prose* with `code` and a [link](/x).\n\n", count: 40)
        let results = ParallelMap.map(Array(0..<count)) { index in
            MarkdownRenderer.render(
                "\(filler)Post \(index): see https://example.org/\(index), www.example.net/\(index)"
                    + " and ~~gone \(index)~~.\n\n\(filler)"
            ).html
        }
        for (index, html) in results.enumerated() {
            let page = try ParsedDocument("<div>\(html)</div>", kind: .html)
            #expect(
                page.strings("//a/@href").filter { !$0.hasPrefix("/") }
                    == ["https://example.org/\(index)", "http://www.example.net/\(index)"],
                "post \(index)")
            #expect(page.string("//del") == "gone \(index)", "post \(index)")
        }
        #if os(Linux)
            // Debian's libcmark-gfm calls the table function through its PLT: the renderer
            // must have taken it over and gone parallel, or the build runs on one core.
            #expect(MarkdownRenderer.rendersInParallel)
        #endif
    }

    @Test("headings get stable, unique ids")
    func headingIDs() throws {
        let html = MarkdownRenderer.render("## Known bugs\n\n## Known bugs\n\n### PC/SC & CCID\n")
            .html
        let page = try ParsedDocument("<div>\(html)</div>", kind: .html)
        #expect(page.strings("//h2/@id") == ["known-bugs", "known-bugs-1"])
        #expect(page.string("//h3/@id") == "pcsc-ccid")
    }

    @Test("fenced blocks of the collected languages are reported with their line")
    func collectedFences() throws {
        let output = MarkdownRenderer.render(
            "Intro\n\n```pcsc-probe id=a\nfeatures\n```\n\n```swift\nlet x = 1\n```\n",
            collectingFences: ["pcsc-probe"])
        let block = try #require(output.fencedBlocks.first)
        #expect(output.fencedBlocks.count == 1)
        #expect(block.info == "pcsc-probe id=a")
        #expect(block.literal == "features\n")
        #expect(block.line == 3)
    }

    @Test("the teaser ends at the marker, whatever its case")
    func teaser() {
        let split = Teaser.split("<p>a</p>\n<!-- Teaser_End -->\n<p>b</p>")
        #expect(split.teaser?.trimmingCharacters(in: .whitespacesAndNewlines) == "<p>a</p>")
        #expect(split.content.contains("<p>b</p>"))
        #expect(Teaser.split("<p>a</p>").teaser == nil)
    }
}
