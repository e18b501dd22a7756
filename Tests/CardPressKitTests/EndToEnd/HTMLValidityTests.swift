import Foundation
import PCSCHarness
import Testing

@testable import CardPressKit

/// Every page of the sample site through HTML Tidy (Debian's `tidy`, installed by
/// scripts/test), which knows HTML5's elements and reports misnested or unclosed markup,
/// duplicate ids, obsolete attributes and elements that may not stand where they are.
@Suite("The sample site's pages are valid HTML")
struct HTMLValidityTests {
    /// Tidy 5.6 predates ARIA 1.1's `aria-current`, which is valid on any element.
    private static let outdatedWarnings = ["proprietary attribute \"aria-current\""]

    @Test("HTML Tidy finds no error and no warning on any page")
    func tidyAcceptsEveryPage() throws {
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("cardpress-tidy-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let log = DiagnosticLog()
        _ = try SiteBuild.run(
            BuildOptions(siteFolder: RepositoryFolder.url, outputFolder: output), log: log)
        try #require(log.errors.isEmpty)

        let pages = try #require(FileManager.default.subpaths(atPath: output.path))
            .filter { $0.hasSuffix(".html") }
            .sorted()
        #expect(pages.count > 50)
        for page in pages {
            let problems = try Self.tidy(output.appendingPathComponent(page))
            #expect(problems.isEmpty, "\(page):\n\(problems.joined(separator: "\n"))")
        }
    }

    /// Tidy's complaints about one file, minus the ones it gets wrong.
    private static func tidy(_ file: URL) throws -> [String] {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tidy") else {
            Issue.record("/usr/bin/tidy is missing (install tidy; scripts/test does)")
            return []
        }
        let run = try Run.execute("/usr/bin/tidy", ["-errors", "-quiet", file.path], timeout: 60)
        return run.stderr.split(separator: "\n").map(String.init).filter { line in
            !outdatedWarnings.contains { line.contains($0) }
        }
    }
}
