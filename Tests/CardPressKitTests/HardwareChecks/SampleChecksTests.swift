import Foundation
import Testing

@testable import CardPressKit

@Suite("The sample knowledge base's recorded hardware checks")
struct SampleChecksTests {
    /// The label the sample's results were recorded under, by `cardpress hwcheck --label`.
    static let label = "Virtual reader (vpcd + CardPress fake driver), not real hardware"

    @Test("every check of the sample has a current result from the virtual reader")
    func currentResults() throws {
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("cardpress-sample-checks-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let log = DiagnosticLog()
        try SiteBuild.run(
            BuildOptions(siteFolder: RepositoryFolder.url, outputFolder: output), log: log)
        #expect(log.errors.isEmpty)

        let text = try String(
            contentsOf: output.appendingPathComponent("hwcheck.json"), encoding: .utf8)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let environments = try #require(json["environments"] as? [[String: Any]])
        #expect(environments.map { $0["label"] as? String } == [Self.label])
        let checks = try #require(json["checks"] as? [[String: Any]])
        #expect(checks.count >= 3)
        for check in checks {
            let results = check["results"] as? [[String: Any]] ?? []
            #expect(results.count == 1, "\(check["id"] ?? "?") was never run")
            #expect(
                results.allSatisfy { $0["stale"] as? Bool == false },
                "\(check["id"] ?? "?") changed since it ran: run cardpress hwcheck again")
        }

        // Each bug's reproducer appears in its box, even where it could only be skipped.
        let page = try ParsedDocument(
            String(
                contentsOf: output.appendingPathComponent(
                    "posts/2023/09/macos-sonoma-bug-scardcontrol/index.html"),
                encoding: .utf8), kind: .html)
        let box = "//aside[contains(@class,'bug-box')]//dt[.='Checks']/following-sibling::dd[1]"
        #expect(page.strings("\(box)//code") == ["gempc-features"])
        #expect(page.strings("//section[@id='hardware-checks']//h3") == [Self.label])
    }
}
