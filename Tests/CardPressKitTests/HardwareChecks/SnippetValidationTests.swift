import Foundation
import Testing

@testable import CardPressKit

@Suite("Invalid hardware checks stop the build and the run")
struct SnippetValidationTests {
    /// A post whose fences open at lines 6 (an unknown command) and 10 (a transmit that
    /// writes to the card), after five lines of metadata and text.
    private func site() throws -> TemporarySite {
        let site = try TemporarySite()
        try site.write("cardpress.yaml", "title: Lab\nbase_url: https://lab.example.org/\n")
        try site.write(
            "posts/2023/unsafe.md",
            """
            ---
            title: Unsafe checks
            date: 2023-05-01 10:00
            ---
            Two checks that must never run.
            ```pcsc-probe id=shell
            sh -c "rm -rf /"
            ```

            ```pcsc-probe id=overwrite requires-reader="Virtual*"
            transmit --reader "Virtual PCD 00 00" 00A4040007A0000000031010 00D6000004DEADBEEF
            ```
            """)
        return site
    }

    private static let expected = [
        "posts/2023/unsafe.md:6:1: error: unknown probe command 'sh'",
        "posts/2023/unsafe.md:10:1: error: the APDU '00D6000004DEADBEEF' is UPDATE BINARY",
    ]

    @Test("the build names the file and the fence line of each")
    func build() throws {
        let errors = try site().failingBuild()
        #expect(errors.count == Self.expected.count, "\(errors)")
        for (error, start) in zip(errors, Self.expected) {
            #expect(error.hasPrefix(start), "\(error)")
        }
    }

    @Test("hwcheck refuses before it runs anything, and writes no result")
    func run() throws {
        let site = try site()
        let options = HardwareCheckRun.Options(
            siteFolder: site.folder, probe: URL(fileURLWithPath: "/nonexistent/pcsc-probe"))
        var progress: [String] = []
        do {
            _ = try HardwareCheckRun.run(options, log: DiagnosticLog()) { progress.append($0) }
            Issue.record("the run went ahead")
        } catch {
            let errors = error.diagnostics.map(\.description)
            #expect(errors.count == Self.expected.count, "\(errors)")
            for (error, start) in zip(errors, Self.expected) {
                #expect(error.hasPrefix(start), "\(error)")
            }
        }
        #expect(progress.isEmpty)
        #expect(!site.exists("posts/2023/unsafe.checks"))
    }
}
