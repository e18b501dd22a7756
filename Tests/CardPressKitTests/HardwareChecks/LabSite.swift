import Foundation
import PCSCHarness

@testable import CardPressKit

/// A site with one post whose checks, run against the harness's pcscd, give every verdict:
/// the fake driver's PIN pad features pass, vpcd (which has no part 10 features) and its
/// empty second slot fail, and checks needing a reader or feature the harness lacks skip.
enum LabSite {
    struct Check {
        var info: String
        var command: String
        var verdict: String
        /// Why it fails or is skipped, as the result file says.
        var reason: String?

        var id: String { String(info.split(separator: " ")[0].dropFirst("id=".count)) }

        /// The snippet's hash as the post's fenced block gives it.
        var hash: String {
            SnippetParser.hash("\(ProbeSnippet.fence) \(info)\n\(command)\n")
        }
    }

    static let post = "posts/2024/lab.md"
    static let checks: [Check] = [
        Check(
            info: #"id=fake-features expect-json="features.0.name=FEATURE_VERIFY_PIN_DIRECT""#,
            command: #"features --reader "CardPress Fake 00 00""#, verdict: "pass"),
        Check(
            info: #"id=virtual-race expect-json=races=0 requires-reader="Virtual PCD*""#,
            command: "race-check --rounds 3", verdict: "pass"),
        Check(
            info: "id=vpcd-features expect-json=supported=true",
            command: #"features --reader "Virtual PCD 00 00""#, verdict: "fail",
            reason: "expected supported = true, got false"),
        Check(
            info: "id=empty-slot", command: #"status --reader "Virtual PCD 00 01""#,
            verdict: "fail", reason: "expected exit status 0, got 5"),
        Check(
            info: #"id=gemalto requires-reader="Gemalto*""#, command: "status",
            verdict: "skipped", reason: "no reader matches 'Gemalto*'"),
        Check(
            info: #"id=mct requires-reader="CardPress Fake 00 00" "#
                + "requires-feature=FEATURE_MCT_READER_DIRECT",
            command: "features", verdict: "skipped",
            reason: "no reader offers FEATURE_MCT_READER_DIRECT"),
    ]

    /// A fresh site holding the lab post.
    static func make() throws -> TemporarySite {
        let site = try TemporarySite()
        try site.write("cardpress.yaml", "title: Lab\nbase_url: https://lab.example.org/\n")
        let blocks = checks.map { "```\(ProbeSnippet.fence) \($0.info)\n\($0.command)\n```\n" }
        try site.write(
            post,
            "---\ntitle: Lab readers\ndate: 2024-02-01 10:00\n---\nWhat the lab sees.\n\n"
                + blocks.joined(separator: "\n"))
        return site
    }

    /// Runs `cardpress hwcheck` on the site, as a user would, with the build's probe.
    static func hwcheck(_ site: TemporarySite, _ arguments: [String]) throws -> Run {
        try Run.execute(
            ProbeHarness.builtProduct("cardpress"),
            ["hwcheck", "--site", site.folder.path, "--probe", ProbeHarness.probePath]
                + arguments,
            timeout: 120)
    }

    /// The result file of an environment, parsed.
    static func record(_ site: TemporarySite, environment: String) throws -> [String: Any] {
        let text = try site.read("posts/2024/lab.checks/\(environment).json")
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        guard let record = object as? [String: Any] else {
            throw HarnessError(message: "not a JSON object: \(text)")
        }
        return record
    }

    /// The results of a parsed record, by check id.
    static func results(_ record: [String: Any]) -> [String: [String: Any]] {
        let checks = record["checks"] as? [[String: Any]] ?? []
        return Dictionary(
            checks.map { ($0["id"] as? String ?? "", $0) }, uniquingKeysWith: { a, _ in a })
    }
}
