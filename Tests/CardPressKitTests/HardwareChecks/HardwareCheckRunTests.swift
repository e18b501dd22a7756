import Foundation
import PCSCHarness
import Testing

@testable import CardPressKit

extension PCSCDTests {
    /// `cardpress hwcheck` end to end, against the real pcscd with the virtual card and the
    /// fake reader driver; serialized with the probe's tests, which change that pcscd.
    @Suite("cardpress hwcheck against pcscd")
    struct HardwareCheckRunTests {
        static let label = "Test lab, virtual reader"
        static let environment = "test-lab-virtual-reader"

        init() throws {
            try ProbeHarness.requireHarness()
            try ProbeHarness.awaitCard("Virtual PCD 00 00")
        }

        @Test("a run prints each verdict and a summary, and exits 1 when a check failed")
        func progressAndExitStatus() throws {
            let site = try LabSite.make()
            let run = try LabSite.hwcheck(site, ["--label", Self.label])
            #expect(run.status == 1, "\(run.stdout)\(run.stderr)")

            let lines = run.stdout.split(separator: "\n").map(String.init)
            var printed: [String: String] = [:]
            for line in lines where line.hasPrefix("  ") {
                let words = line.dropFirst(2).split(separator: " ")
                guard words.count >= 2, ["PASS", "FAIL", "SKIPPED"].contains(words[0]) else {
                    continue
                }
                printed[String(words[1].trimmingCharacters(in: [":"]))] = words[0].lowercased()
            }
            let expected = Dictionary(
                uniqueKeysWithValues: LabSite.checks.map { ($0.id, $0.verdict) })
            #expect(printed == expected, "\(run.stdout)")

            let count = { (verdict: String) in LabSite.checks.filter { $0.verdict == verdict }.count
            }
            #expect(
                lines.last
                    == "\(count("pass")) passed, \(count("fail")) failed, "
                    + "\(count("skipped")) skipped; results in 1 file")
            #expect(lines.contains("environment: \(Self.label)"))
        }

        @Test("the result file holds the environment and, per check, what the probe did")
        func resultFile() throws {
            let site = try LabSite.make()
            let started = Date()
            _ = try LabSite.hwcheck(site, ["--label", Self.label])
            let record = try LabSite.record(site, environment: Self.environment)
            #expect(record["schema"] as? Int == 1)
            #expect(record["post"] as? String == LabSite.post)
            let ranAt = try #require(record["ran_at"] as? String)
            let date = try #require(ISO8601DateFormatter().date(from: ranAt))
            #expect(abs(date.timeIntervalSince(started)) < 60)

            // The environment as the probe itself reports this machine.
            let env = try ProbeHarness.probe(["env", "--json"]).json()
            let environment = try #require(record["environment"] as? [String: Any])
            #expect(environment["id"] as? String == Self.environment)
            #expect(environment["label"] as? String == Self.label)
            #expect(environment["system"] as? String == env["os"] as? String)
            #expect(
                environment["probe"] as? String == "pcsc-probe \(env["probe"] as? String ?? "")")
            let pcscd = try #require(env["pcscd"] as? String)
            let pcsc = try #require(environment["pcsc"] as? String)
            #expect(pcsc.hasPrefix("pcsc-lite ") && pcscd.contains(pcsc.dropFirst(10)))
            let listed = try #require(
                ProbeHarness.probe(["readers", "--json"]).json()["readers"] as? [[String: Any]])
            let readers = try #require(environment["readers"] as? [[String: Any]])
            #expect(
                readers.map { [$0["name"] as? String, $0["atr"] as? String] }
                    == listed.map { [$0["name"] as? String, $0["atr"] as? String] }
                    .sorted { ($0[0] ?? "") < ($1[0] ?? "") })

            // Per check, in post order.
            let checks = try #require(record["checks"] as? [[String: Any]])
            #expect(checks.map { $0["id"] as? String } == LabSite.checks.map(\.id))
            for (result, check) in zip(checks, LabSite.checks) {
                #expect(result["command"] as? String == check.command)
                #expect(result["snippet_hash"] as? String == check.hash)
                #expect(result["verdict"] as? String == check.verdict, "\(result)")
                #expect(result["reason"] as? String == check.reason, "\(result)")
                let ran = check.verdict != "skipped"
                #expect((result["exit_status"] is Int) == ran)
                #expect(((result["duration_ms"] as? Int) ?? -1 >= 0) == ran)
                #expect((result["output"] is [String: Any]) == ran)
            }

            let results = LabSite.results(record)
            let features = try #require(results["fake-features"]?["output"] as? [String: Any])
            #expect(features["reader"] as? String == "CardPress Fake 00 00")
            let names = (features["features"] as? [[String: Any]])?.compactMap { $0["name"] }
            #expect(names?.contains { $0 as? String == "FEATURE_VERIFY_PIN_DIRECT" } == true)
            #expect(
                results["virtual-race"]?["arguments"] as? [String]
                    == ["race-check", "--rounds", "3", "--reader", "Virtual PCD 00 00", "--json"])
            #expect(results["empty-slot"]?["exit_status"] as? Int == 5)
            let error = results["empty-slot"]?["output"] as? [String: Any]
            let pcscError = (error?["error"] as? [String: Any])?["pcsc"] as? [String: Any]
            #expect(pcscError?["name"] as? String == "SCARD_E_NO_SMARTCARD")
        }

        @Test("the result file is the stable encoding of its record, keys sorted")
        func stableBytes() throws {
            let site = try LabSite.make()
            _ = try LabSite.hwcheck(site, ["--label", Self.label])
            let text = try site.read("posts/2024/lab.checks/\(Self.environment).json")
            let record = try JSONDecoder().decode(CheckRecord.self, from: Data(text.utf8))
            #expect(try CheckRecordStore.encode(record) + "\n" == text)
            #expect(Self.unsortedKeys(in: text).isEmpty, "\(Self.unsortedKeys(in: text))")
            #expect(
                Self.unsortedKeys(in: "{\n  \"b\" : 1,\n  \"a\" : [\n    {\n") == ["b before a"])
        }

        @Test(
            "runs of two environments add up; a rerun replaces only its own file; build shows both")
        func twoEnvironments() throws {
            let site = try LabSite.make()
            _ = try LabSite.hwcheck(site, ["--label", Self.label])
            let fakeOnly = try LabSite.hwcheck(
                site, ["--label", "Fake driver only", "--reader", "CardPress Fake*"])
            #expect(fakeOnly.status == 0, "\(fakeOnly.stdout)")
            let fakeFile = try site.read("posts/2024/lab.checks/fake-driver-only.json")

            // Age the first environment's record, then run that environment again.
            let firstPath = "posts/2024/lab.checks/\(Self.environment).json"
            var first = try JSONDecoder().decode(
                CheckRecord.self, from: Data(site.read(firstPath).utf8))
            first.ranAt = "2020-01-01T00:00:00Z"
            try CheckRecordStore.write(first, siteFolder: site.folder)
            _ = try LabSite.hwcheck(site, ["--label", Self.label])
            let folder = site.folder.appendingPathComponent("posts/2024/lab.checks").path
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
                    == ["fake-driver-only.json", "\(Self.environment).json"])
            #expect(try site.read("posts/2024/lab.checks/fake-driver-only.json") == fakeFile)
            let rerun = try LabSite.record(site, environment: Self.environment)
            #expect(rerun["ran_at"] as? String != first.ranAt)

            // The filtered run saw only the fake driver's slots and skipped the rest.
            let fake = try LabSite.record(site, environment: "fake-driver-only")
            let readers = (fake["environment"] as? [String: Any])?["readers"] as? [[String: Any]]
            #expect(readers?.count == 3)
            #expect(
                readers?.allSatisfy { ($0["name"] as? String)?.hasPrefix("CardPress") == true }
                    == true)
            let results = LabSite.results(fake)
            #expect(
                results["virtual-race"]?["reason"] as? String == "no reader matches 'Virtual PCD*'")
            #expect(
                results["vpcd-features"]?["reason"] as? String
                    == "no reader matches 'Virtual PCD 00 00'")

            try site.build()
            let matrix = try ParsedDocument(site.read("output/hwcheck/index.html"), kind: .html)
            #expect(
                matrix.strings("//table//thead//th").dropFirst() == [
                    "Fake driver only", Self.label,
                ])
            let rows = matrix.strings("//table//tbody/tr/th//code")
            #expect(rows == LabSite.checks.map(\.id))
            for (index, check) in LabSite.checks.enumerated() {
                let cells = matrix.strings("//table//tbody/tr[\(index + 1)]/td/span")
                let fakeVerdict =
                    ["fake-features", "mct"].contains(check.id) ? check.verdict : "skipped"
                #expect(cells == [fakeVerdict, check.verdict], "\(check.id)")
            }
            let page = try ParsedDocument(
                site.read("output/posts/2024/02/lab/index.html"), kind: .html)
            #expect(
                page.strings("//section[@id='hardware-checks']//h3") == [
                    "Fake driver only", Self.label,
                ])
        }

        /// Keys of one object that do not follow their predecessor in sorted order.
        static func unsortedKeys(in text: String) -> [String] {
            var previous: [Int: String] = [:]
            var problems: [String] = []
            for line in text.split(separator: "\n") {
                let indent = line.prefix { $0 == " " }.count
                let body = line.dropFirst(indent)
                if body.hasPrefix("\""), let close = body.dropFirst().firstIndex(of: "\""),
                    body[close...].dropFirst().drop(while: { $0 == " " }).hasPrefix(":")
                {
                    let key = String(body[body.index(after: body.startIndex)..<close])
                    if let last = previous[indent], last.lowercased() > key.lowercased() {
                        problems.append("\(last) before \(key)")
                    }
                    previous[indent] = key
                }
                if body.hasSuffix("{") || body.hasSuffix("[") {
                    previous = previous.filter { $0.key <= indent }
                }
            }
            return problems
        }
    }
}

@Suite("cardpress hwcheck without a PC/SC service")
struct HardwareCheckNoServiceTests {
    /// The build's probe, pointed at a pcscd socket that does not exist: to pcsc-lite that is
    /// a machine where pcscd is not running, and the shared pcscd is left alone.
    private func probeWithoutService(in site: TemporarySite) throws -> URL {
        try #require(
            FileManager.default.isExecutableFile(atPath: ProbeHarness.probePath),
            "pcsc-probe not built at \(ProbeHarness.probePath)")
        let socket = site.folder.appendingPathComponent("no-pcscd.comm").path
        let script =
            "#!/bin/sh\nPCSCLITE_CSOCK_NAME='\(socket)' exec '\(ProbeHarness.probePath)' \"$@\"\n"
        try site.write("probe-without-pcscd", script)
        let url = site.folder.appendingPathComponent("probe-without-pcscd")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url
    }

    @Test("every check is skipped with the reason, none fails, and the skips are recorded")
    func skippedWithoutPCSCD() throws {
        let site = try LabSite.make()
        let options = HardwareCheckRun.Options(
            siteFolder: site.folder, label: "No service", probe: try probeWithoutService(in: site))
        var progress: [String] = []
        let summary = try HardwareCheckRun.run(options, log: DiagnosticLog()) {
            progress.append($0)
        }
        #expect(summary.skipped == LabSite.checks.count)
        #expect(summary.passed == 0 && summary.failed == 0)
        #expect(summary.files == ["posts/2024/lab.checks/no-service.json"])
        #expect(progress.contains { $0.contains(MachineSurvey.noService) })

        let record = try LabSite.record(site, environment: "no-service")
        let checks = try #require(record["checks"] as? [[String: Any]])
        #expect(checks.count == LabSite.checks.count)
        for check in checks {
            #expect(check["verdict"] as? String == "skipped")
            #expect(check["reason"] as? String == MachineSurvey.noService)
        }
        let environment = record["environment"] as? [String: Any]
        #expect((environment?["readers"] as? [Any])?.isEmpty == true)
    }
}
