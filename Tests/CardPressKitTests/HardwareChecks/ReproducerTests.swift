import Foundation
import Testing

@testable import CardPressKit

@Suite("A bug's box shows the verdict of its reproducer check")
struct ReproducerTests {
    static let info = "pcsc-probe id=race reproduces=sonoma-race"
    static let command = "race-check --rounds 5\n"

    /// A bug post with one reproducer, and one record per (label, verdict, day, current).
    private func site(_ runs: [(String, CheckVerdict, Int, Bool)]) throws -> TemporarySite {
        let site = try BugSite.make([])
        try site.write(
            "posts/2023/race.md",
            "---\ntitle: Race\ndate: 2023-10-04 10:00\n\(BugSite.race)\n---\nBody.\n\n"
                + "```\(Self.info)\n\(Self.command)```\n")
        let hash = SnippetParser.hash(Self.info + "\n" + Self.command)
        for (label, verdict, day, current) in runs {
            let result = CheckResult(
                id: "race", command: Self.command, snippetHash: current ? hash : "0123456789abcdef",
                verdict: verdict, reason: verdict == .skipped ? "no reader matches 'X'" : nil)
            let record = CheckRecord(
                post: "posts/2023/race.md",
                environment: CheckEnvironment(
                    id: Slug.make(label), label: label, system: "OS", pcsc: "PC/SC",
                    probe: "pcsc-probe 0.1.0", readers: []),
                ranAt: "2026-12-0\(day)T10:00:00Z", checks: [result])
            try CheckRecordStore.write(record, siteFolder: site.folder)
        }
        return site
    }

    /// The "Checks" entry of the bug box: its badges and its text.
    private func checksEntry(_ site: TemporarySite) throws -> (badges: [String], text: String) {
        try site.build()
        let page = try ParsedDocument(
            site.read("output/posts/2023/10/race/index.html"), kind: .html)
        let entry = "//aside[contains(@class,'bug-box')]//dt[.='Checks']/following-sibling::dd[1]"
        return (page.strings("\(entry)//span"), page.string(entry) ?? "")
    }

    @Test("the latest run that ran the check wins over earlier ones and later skips")
    func latestRan() throws {
        let entry = try checksEntry(
            site([
                ("Lab A", .fail, 1, true), ("Lab B", .pass, 2, true), ("Lab C", .skipped, 3, true),
            ]))
        #expect(entry.badges == ["pass"])
        #expect(entry.text.contains("Lab B, 2026-12-02 10:00 UTC"), "\(entry.text)")
        #expect(entry.text.contains("the bug did not show"), "\(entry.text)")
    }

    @Test("a stale result gives way to an older current one")
    func staleGivesWay() throws {
        let entry = try checksEntry(site([("Lab A", .fail, 1, true), ("Lab B", .pass, 2, false)]))
        #expect(entry.badges == ["fail"])
        #expect(entry.text.contains("Lab A"), "\(entry.text)")
        #expect(entry.text.contains("the bug showed"), "\(entry.text)")
    }

    @Test("only stale or skipped results: the box says so rather than showing a verdict")
    func onlyStaleOrSkipped() throws {
        let stale = try checksEntry(site([("Lab B", .pass, 2, false)]))
        #expect(stale.badges == ["stale"])
        let skipped = try checksEntry(site([("Lab C", .skipped, 3, true)]))
        #expect(skipped.badges == ["skipped"])
        #expect(skipped.text.contains("not run: no reader matches 'X'"), "\(skipped.text)")
    }

    @Test("a reproducer that never ran says so")
    func neverRan() throws {
        let entry = try checksEntry(site([]))
        #expect(entry.badges.isEmpty)
        #expect(entry.text.hasSuffix("race: not run yet"), "\(entry.text)")
    }
}
