import Foundation

/// Runs one snippet on the surveyed machine and judges the outcome against its expectations.
struct SnippetRunner: Sendable {
    var probe: ProbeProcess
    var machine: MachineSurvey

    func run(_ snippet: ProbeSnippet) -> CheckResult {
        var result = CheckResult(
            id: snippet.id, command: snippet.commandLine, snippetHash: snippet.hash,
            verdict: .skipped)
        if let problem = machine.unavailable {
            result.reason = problem
            return result
        }

        // Requirements: a reader this run may use, offering the feature when one is named.
        let choice = CheckReader.choose(
            for: snippet, among: machine.environment.readers.map(\.name),
            filter: machine.readerPattern, offers: offers)
        guard case .run(var arguments) = choice else {
            if case .skip(let reason) = choice { result.reason = reason }
            return result
        }
        if !arguments.contains("--json") { arguments.append("--json") }
        result.arguments = arguments

        let outcome: ProbeProcess.Outcome
        do {
            outcome = try probe.run(arguments)
        } catch {
            result.reason = "the probe cannot run: \(error.localizedDescription)"
            return result
        }
        result.exitStatus = outcome.exitStatus
        result.durationMilliseconds = outcome.milliseconds
        result.output = JSONValue.parse(outcome.standardOutput)
        let errors = outcome.standardError.trimmingCharacters(in: .whitespacesAndNewlines)
        result.errorOutput = errors.isEmpty ? nil : errors

        if outcome.timedOut {
            result.verdict = .fail
            result.reason = "no answer within \(Int(probe.timeoutSeconds)) s"
        } else if MachineSurvey.isNoService(outcome) {
            result.reason = MachineSurvey.noService
        } else if let failure = firstFailure(snippet.expectations, outcome, result.output) {
            result.verdict = .fail
            result.reason = failure
        } else {
            result.verdict = .pass
        }
        return result
    }

    /// The first expectation the outcome misses, in words; exit status 0 when none is given.
    private func firstFailure(
        _ expectations: [SnippetExpectation],
        _ outcome: ProbeProcess.Outcome,
        _ output: JSONValue?
    ) -> String? {
        var expectations = expectations
        let namesExit = expectations.contains {
            if case .exitStatus = $0 { return true } else { return false }
        }
        if !namesExit { expectations.insert(.exitStatus(0), at: 0) }
        for expectation in expectations {
            switch expectation {
            case .exitStatus(let status) where outcome.exitStatus != status:
                return "expected exit status \(status), got \(outcome.exitStatus)"
            case .json(let path, let value):
                let found = output?.value(at: path)?.plainText
                if found != value {
                    return "expected \(path) = \(value), got \(found ?? "nothing")"
                }
            case .text(let text)
            where !(outcome.standardOutput + outcome.standardError).contains(text):
                return "expected the output to contain “\(text)”"
            default:
                continue
            }
        }
        return nil
    }

    /// Whether the reader lists the feature in its GET_FEATURE_REQUEST answer.
    private func offers(_ reader: String, _ feature: String) -> Bool {
        guard let outcome = try? probe.run(["features", "--reader", reader, "--json"]),
            outcome.exitStatus == 0,
            case .array(let features)? = JSONValue.parse(outcome.standardOutput)?
                .value(at: "features")
        else { return false }
        return features.contains { $0.value(at: "name")?.plainText == feature }
    }
}
