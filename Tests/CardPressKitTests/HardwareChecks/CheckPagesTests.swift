import Foundation
import Testing

@testable import CardPressKit

@Suite("Recorded checks on the site")
struct CheckPagesTests {
    static let snippetInfo = "pcsc-probe id=features expect-exit=0"
    static let snippetBody = "features --reader \"Virtual*\"\n"

    /// A site with one post holding two checks, and results from two environments.
    private func site(editedSnippet: Bool = false) throws -> TemporarySite {
        let site = try TemporarySite()
        try site.write("cardpress.yaml", "title: Lab\nbase_url: https://lab.example.org/\n")
        let body = editedSnippet ? "features --reader \"Gemalto*\"\n" : Self.snippetBody
        try site.write(
            "posts/2023/pinpad.md",
            """
            ---
            title: PIN pad features
            date: 2023-09-29 14:05:00 +02:00
            ---
            What the reader offers:

            ```\(Self.snippetInfo)
            \(body)```

            ```pcsc-probe id=readers
            readers
            ```
            """)
        let hash = SnippetParser.hash(Self.snippetInfo + "\n" + Self.snippetBody)
        let readersHash = SnippetParser.hash("pcsc-probe id=readers\nreaders\n")
        for (label, verdict) in [
            ("Debian 12, virtual reader", CheckVerdict.pass),
            ("macOS 14.2, GemPC Pinpad", .fail),
        ] {
            let record = CheckRecord(
                post: "posts/2023/pinpad.md",
                environment: CheckEnvironment(
                    id: Slug.make(label), label: label, system: "Some OS", pcsc: "pcsc-lite 2",
                    probe: "pcsc-probe 0.1.0", readers: [.init(name: "Virtual Reader", atr: nil)]),
                ranAt: "2026-12-01T10:00:00Z",
                checks: [
                    CheckResult(
                        id: "features", command: Self.snippetBody, snippetHash: hash,
                        verdict: verdict,
                        reason: verdict == .fail ? "expected exit status 0, got 6" : nil,
                        exitStatus: verdict == .fail ? 6 : 0, durationMilliseconds: 12,
                        output: .object(["features": .array([.string("FEATURE_VERIFY_PIN_DIRECT")])]
                        ),
                        errorOutput: nil),
                    CheckResult(
                        id: "readers", command: "readers", snippetHash: readersHash,
                        verdict: .skipped, reason: "no reader matches 'X'"),
                ])
            try CheckRecordStore.write(record, siteFolder: site.folder)
        }
        return site
    }

    @Test("each post with results gets an appendix: environments, badges, collapsed output")
    func appendix() throws {
        let site = try site()
        try site.build()
        let page = try ParsedDocument(
            site.read("output/posts/2023/09/pinpad/index.html"), kind: .html)
        #expect(
            page.strings("//figure[@class='hwcheck-snippet']/@id")
                == ["check-features", "check-readers"])
        let appendix = "//section[@id='hardware-checks']"
        #expect(
            page.strings("\(appendix)//h3")
                == ["Debian 12, virtual reader", "macOS 14.2, GemPC Pinpad"])
        #expect(
            page.strings("\(appendix)//span[contains(@class,'badge')]")
                == ["pass", "skipped", "fail", "skipped"])
        #expect(page.strings("\(appendix)//details/summary").count == 2)
        #expect(
            page.string("\(appendix)//details//code")?.contains("FEATURE_VERIFY_PIN_DIRECT")
                == true)
    }

    @Test("a result recorded before its snippet changed is shown as stale, never as current")
    func stale() throws {
        let site = try site(editedSnippet: true)
        try site.build()
        let page = try ParsedDocument(
            site.read("output/posts/2023/09/pinpad/index.html"), kind: .html)
        #expect(
            page.strings("//section[@id='hardware-checks']//span[contains(@class,'badge')]")
                == ["stale", "skipped", "stale", "skipped"])
        let json =
            try JSONSerialization.jsonObject(
                with: Data(site.read("output/hwcheck.json").utf8)) as? [String: Any]
        let checks = try #require(json?["checks"] as? [[String: Any]])
        let results = try #require(checks.first?["results"] as? [[String: Any]])
        #expect(results.map { $0["stale"] as? Bool } == [true, true])
    }

    @Test("a check added after a run shows as not run; one the post dropped shows as stale")
    func notRunAndRemoved() throws {
        let site = try site()
        let record = CheckRecord(
            post: "posts/2023/pinpad.md",
            environment: CheckEnvironment(
                id: "old-lab", label: "Old lab", system: "OS", pcsc: "pcsc-lite 1",
                probe: "pcsc-probe 0.0.1", readers: []),
            ranAt: "2026-11-01T10:00:00Z",
            checks: [
                CheckResult(id: "gone", command: "env", snippetHash: "00", verdict: .pass)
            ])
        try CheckRecordStore.write(record, siteFolder: site.folder)
        try site.build()

        let page = try ParsedDocument(
            site.read("output/posts/2023/09/pinpad/index.html"), kind: .html)
        let oldLab = "//section[@id='hardware-checks']/section[h3='Old lab']"
        #expect(page.strings("\(oldLab)//span") == ["not run", "not run", "stale"])
        #expect(page.strings("\(oldLab)//li/a/code") == ["features", "readers", "gone"])
        #expect(page.string("\(oldLab)//li[3]")?.contains("no longer holds this check") == true)

        let matrix = try ParsedDocument(site.read("output/hwcheck/index.html"), kind: .html)
        #expect(matrix.strings("//table//tbody/tr[1]/td/span") == ["pass", "fail", "–"])
        #expect(matrix.strings("//dl[@class='hwcheck-environments']/dt").count == 3)
    }

    @Test("the matrix shows every check against every environment, and its JSON twin agrees")
    func matrix() throws {
        let site = try site()
        try site.build()
        let page = try ParsedDocument(site.read("output/hwcheck/index.html"), kind: .html)
        #expect(
            page.strings("//table//thead//th").dropFirst()
                == ["Debian 12, virtual reader", "macOS 14.2, GemPC Pinpad"])
        #expect(page.strings("//table//tbody/tr[1]/td/span") == ["pass", "fail"])
        #expect(
            page.string("//table//tbody/tr[1]/th/a/@href")
                == "../posts/2023/09/pinpad/#check-features")

        let json =
            try JSONSerialization.jsonObject(
                with: Data(site.read("output/hwcheck.json").utf8)) as? [String: Any]
        #expect(json?["schema"] as? Int == 1)
        let environments = try #require(json?["environments"] as? [[String: Any]])
        #expect(
            environments.map { $0["id"] as? String }
                == ["debian-12-virtual-reader", "macos-14-2-gempc-pinpad"])
        let checks = try #require(json?["checks"] as? [[String: Any]])
        #expect(checks.map { $0["id"] as? String } == ["features", "readers"])
        #expect(try SiteLinks.broken(in: site.folder.appendingPathComponent("output")).isEmpty)
    }

    @Test("a run replaces the record of its own environment only, and the file is stable")
    func mergeEnvironments() throws {
        let site = try site()
        let folder = site.folder.appendingPathComponent("posts/2023/pinpad.checks")
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(before == ["debian-12-virtual-reader.json", "macos-14-2-gempc-pinpad.json"])
        let macOS = try site.read("posts/2023/pinpad.checks/macos-14-2-gempc-pinpad.json")

        let data = try Data(contentsOf: folder.appendingPathComponent(before[0]))
        var record = try JSONDecoder().decode(CheckRecord.self, from: data)
        record.ranAt = "2026-12-02T09:00:00Z"
        try CheckRecordStore.write(record, siteFolder: site.folder)

        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == before)
        #expect(try site.read("posts/2023/pinpad.checks/macos-14-2-gempc-pinpad.json") == macOS)
        let rewritten = try site.read("posts/2023/pinpad.checks/debian-12-virtual-reader.json")
        #expect(rewritten.contains("2026-12-02T09:00:00Z"))
        #expect(try CheckRecordStore.encode(record) + "\n" == rewritten)
    }

    @Test("a malformed result file is an error naming it")
    func malformedRecord() throws {
        let site = try site()
        try site.write("posts/2023/pinpad.checks/broken.json", "{\"schema\": 1}")
        let errors = site.failingBuild()
        #expect(
            errors.contains { $0.hasPrefix("posts/2023/pinpad.checks/broken.json: error:") },
            "\(errors)")
    }
}
