import Foundation

/// Runs one snippet on the surveyed machine and judges the outcome against its expectations.
struct SnippetRunner: Sendable {
    var probe: ProbeProcess
    var machine: MachineSurvey

    /// Commands that take `--reader`, which a run's reader choice is passed to.
    static let readerCommands: Set<String> = [
        "status", "features", "transmit", "race-check", "wait",
    ]

    func run(_ snippet: ProbeSnippet) -> CheckResult {
        var result = CheckResult(
            id: snippet.id, command: snippet.commandLine, snippetHash: snippet.hash,
            verdict: .skipped)
        if let problem = machine.unavailable {
            result.reason = problem
            return result
        }

        // Requirements: a matching reader, and the feature when one is named.
        let readers = machine.environment.readers.map(\.name)
        var chosenReader = readers.first
        if let pattern = snippet.requiredReader {
            chosenReader = readers.first { MachineSurvey.matches($0, pattern: pattern) }
            guard chosenReader != nil else {
                result.reason = "no reader matches '\(pattern)'"
                return result
            }
        }
        if let feature = snippet.requiredFeature {
            guard let reader = chosenReader, offers(feature, reader: reader) else {
                result.reason = "no reader offers \(feature)"
                return result
            }
        }

        var arguments = snippet.arguments
        if let command = arguments.first, Self.readerCommands.contains(command),
            !arguments.contains("--reader"), let reader = chosenReader
        {
            arguments += ["--reader", reader]
        }
        if !arguments.contains("--json") { arguments.append("--json") }

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
            result.reason = "the PC/SC service is not running (SCARD_E_NO_SERVICE)"
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

    private func offers(_ feature: String, reader: String) -> Bool {
        guard let outcome = try? probe.run(["features", "--reader", reader, "--json"]),
            outcome.exitStatus == 0
        else { return false }
        return outcome.standardOutput.contains(feature)
    }
}
