import Foundation
import PCSC
import Testing

/// The probe's commands that need no pcscd: ATR decoding, help and usage errors.
@Suite(
    "probe command line",
    .enabled(
        if: ProbeHarness.required
            || FileManager.default.isExecutableFile(atPath: ProbeHarness.probePath),
        "pcsc-probe is not built next to the tests"))
struct ProbeCommandLineTests {
    @Test func atrDecodesTheSeedWithoutAReader() throws {
        let run = try ProbeHarness.probe(["atr", "3B 88 80 01 00 00 00 00 33 71 71 00 3A"])

        #expect(run.status == 0)
        #expect(run.stdout.contains("+ TS = 3B --> Direct Convention"))
        #expect(run.stdout.contains("TD2 = 01 --> protocol T=1"))
        #expect(run.stdout.contains("+ TCK = 3A (correct checksum)"))
    }

    @Test func atrJSONReportsAWrongCheckByte() throws {
        let run = try ProbeHarness.probe(["atr", "--json", "3B888001000000003371710030"])
        let atr = try #require(try run.json()["atr"] as? [String: Any])
        let tck = try #require(atr["tck"] as? [String: Any])

        #expect(run.status == 0)
        #expect(atr["wellFormed"] as? Bool == false)
        #expect(tck["status"] as? String == "invalid")
        #expect(tck["expected"] as? String == "3A")
    }

    @Test func atrWithAnotherList() throws {
        let list = FileManager.default.temporaryDirectory
            .appendingPathComponent("atr-list-\(UUID().uuidString).txt")
        try "3B 88 80 01 .. .. .. .. 33 71 71 00 3A\n\tSeed reader card\n"
            .write(to: list, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: list) }

        let run = try ProbeHarness.probe([
            "atr", "--atr-list", list.path, "3B 88 80 01 00 00 00 00 33 71 71 00 3A",
        ])
        #expect(run.stdout.contains("Possibly identified card (using \(list.path))"))
        #expect(run.stdout.contains("\tSeed reader card"))
    }

    @Test(arguments: [["atr", "3B8"], ["atr", "zz"], ["wait", "sometimes"], ["transmit", "0A"]])
    func badInputIsAUsageError(arguments: [String]) throws {
        let run = try ProbeHarness.probe(arguments)

        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("error: "))
    }

    @Test(arguments: [
        "readers", "status", "atr", "features", "transmit", "wait", "scan",
        "race-check", "env",
    ])
    func everyCommandHasHelp(command: String) throws {
        let run = try ProbeHarness.probe([command, "--help"])

        #expect(run.status == 0)
        #expect(run.stdout.contains("pcsc-probe \(command)"))
    }
}
