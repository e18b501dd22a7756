import Foundation
import Testing

@testable import CardPressKit

@Suite("The sample knowledge base in posts/")
struct SampleSiteTests {
    @Test("builds without an error, every link resolves, every feed parses strictly")
    func sampleSite() throws {
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("cardpress-sample-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let log = DiagnosticLog()
        let report = try SiteBuild.run(
            BuildOptions(siteFolder: RepositoryFolder.url, outputFolder: output), log: log)

        #expect(log.errors.isEmpty)
        #expect(report.posts >= 15)
        #expect(report.pages >= 2)
        #expect(try SiteLinks.broken(in: output).isEmpty)

        let files = try #require(FileManager.default.subpaths(atPath: output.path))
        let feeds = files.filter { $0.hasSuffix(".xml") }
        #expect(feeds.count > 5)
        for feed in feeds {
            let text = try String(contentsOf: output.appendingPathComponent(feed), encoding: .utf8)
            _ = try ParsedDocument(text, kind: .xml, name: feed)
        }
        let rss = try ParsedDocument(
            String(contentsOf: output.appendingPathComponent("rss.xml"), encoding: .utf8),
            kind: .xml)
        let links = rss.strings("/rss/channel/item/link")
        #expect(links.allSatisfy { $0.hasPrefix("https://smartcard-notes.example.org/posts/") })
    }
}
