import Foundation
import PCSCHarness
import Testing

/// The `cardpress` executable itself, as the README's commands run it.
@Suite("cardpress build, the executable")
struct BuildCommandTests {
    @Test("builds the sample site, renders Markdown on every core, and says so with --verbose")
    func verboseBuild() throws {
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("cardpress-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }

        let result = try Self.run([
            "build", "--site", RepositoryFolder.url.path, "--output", output.path, "--verbose",
        ])

        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        for stage in ["load", "parse", "model", "plan", "render and write"] {
            #expect(lines.contains { $0.hasPrefix(stage + " ") && $0.hasSuffix(" ms") }, "\(stage)")
        }
        // The executable must export CardPressKit's stand-in for cmark-gfm's table function
        // (Package.swift); without it the build silently runs Markdown on one core. Debug
        // builds export every symbol anyway: scripts/test checks the release binary too.
        #expect(lines.contains("markdown           on every core"), "\(result.stdout)")
        #expect(lines.last?.hasPrefix("built ") == true)
        #expect(
            FileManager.default.fileExists(atPath: output.appendingPathComponent("rss.xml").path))
    }

    @Test("a wrong command line exits 2 and names the option")
    func usageError() throws {
        let result = try Self.run(["build", "--bogus"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown option '--bogus'"))
    }

    private static func run(_ arguments: [String]) throws -> Run {
        try Run.execute(ProbeHarness.builtProduct("cardpress"), arguments, timeout: 120)
    }
}
