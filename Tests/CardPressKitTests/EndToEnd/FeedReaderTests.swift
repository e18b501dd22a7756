import Foundation
import PCSCHarness
import Testing

@testable import CardPressKit

/// The sample site's feeds as a feed reader sees them: Python's feedparser (Debian's
/// python3-feedparser, installed by scripts/test) is what many readers and planets run on,
/// and it flags every feed it had to guess at as "bozo".
@Suite("The sample site's feeds in a real feed parser")
struct FeedReaderTests {
    /// What feedparser made of one feed, as the script below prints it.
    struct ParsedFeed: Decodable {
        var bozo: Bool
        var bozoReason: String
        var version: String
        var title: String
        var entries: [Entry]

        struct Entry: Decodable {
            var title: String
            var link: String
            var id: String
            var published: Bool
            var author: String
            var tags: [String]
            var contentLength: Int
        }
    }

    @Test(
        "the site, tag and bug feeds parse cleanly, with every item complete",
        arguments: ["rss.xml", "categories/ccid.xml", "bugs/rss.xml"])
    func feedparserAccepts(feed: String) throws {
        let output = try Self.sampleOutput()
        defer { try? FileManager.default.removeItem(at: output) }

        let parsed = try Self.feedparser(output.appendingPathComponent(feed))
        let document = try ParsedDocument(
            String(contentsOf: output.appendingPathComponent(feed), encoding: .utf8),
            kind: .xml)

        #expect(!parsed.bozo, "feedparser: \(parsed.bozoReason)")
        #expect(parsed.version == "rss20")
        #expect(parsed.title == document.string("/rss/channel/title"))
        #expect(parsed.entries.count == document.strings("/rss/channel/item").count)
        #expect(!parsed.entries.isEmpty)
        for entry in parsed.entries {
            #expect(!entry.title.isEmpty)
            #expect(entry.link.hasPrefix("https://smartcard-notes.example.org/"), "\(entry.link)")
            #expect(!entry.id.isEmpty)
            #expect(entry.published, "\(entry.title) has no date feedparser understands")
            #expect(entry.contentLength > 0, "\(entry.title) has no body")
        }
        if feed == "rss.xml" {
            #expect(parsed.entries.allSatisfy { !$0.author.isEmpty })
            #expect(parsed.entries.contains { !$0.tags.isEmpty })
        }
    }

    private static func sampleOutput() throws -> URL {
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("cardpress-feeds-\(UUID().uuidString)")
        let log = DiagnosticLog()
        _ = try SiteBuild.run(
            BuildOptions(siteFolder: RepositoryFolder.url, outputFolder: output),
            log: log)
        try #require(log.errors.isEmpty)
        return output
    }

    private static func feedparser(_ file: URL) throws -> ParsedFeed {
        // Debian's own interpreter, which python3-feedparser installs into.
        let run = try Run.execute("/usr/bin/python3", ["-c", script, file.path], timeout: 60)
        try #require(
            run.status == 0,
            "feedparser failed (install python3-feedparser; scripts/test does): \(run.stderr)")
        return try JSONDecoder().decode(ParsedFeed.self, from: Data(run.stdout.utf8))
    }

    private static let script = """
        import json, sys
        import feedparser
        feed = feedparser.parse(sys.argv[1])
        def entry(e):
            body = e.get("summary", "") or "".join(c.get("value", "") for c in e.get("content", []))
            return {
                "title": e.get("title", ""),
                "link": e.get("link", ""),
                "id": e.get("id", ""),
                "published": e.get("published_parsed") is not None,
                "author": e.get("author", ""),
                "tags": [t.get("term", "") for t in e.get("tags", [])],
                "contentLength": len(body),
            }
        print(json.dumps({
            "bozo": bool(feed.bozo),
            "bozoReason": str(feed.get("bozo_exception", "")),
            "version": feed.version,
            "title": feed.feed.get("title", ""),
            "entries": [entry(e) for e in feed.entries],
        }))
        """
}
