import PCSC

/// Why a command stopped, with the exit code and the text for stderr.
struct ProbeFailure: Error {
    /// The status the process exits with.
    var exitCode: ExitCode
    /// One sentence saying what failed.
    var message: String
    /// What to do about it, when there is something to do.
    var advice: String?
    /// The PC/SC error behind it, for `--json`.
    var pcscError: PCSCError?

    init(_ exitCode: ExitCode, _ message: String, advice: String? = nil) {
        self.exitCode = exitCode
        self.message = message
        self.advice = advice
    }

    /// Wraps a PC/SC error, picking the exit code from its header constant.
    init(_ error: PCSCError, interrupted: Bool = false) {
        self.exitCode = Self.exitCode(for: error, interrupted: interrupted)
        self.message = error.description
        self.advice = interrupted ? "interrupted by the user; the wait was cancelled" : error.advice
        self.pcscError = error
    }

    static func exitCode(for error: PCSCError, interrupted: Bool) -> ExitCode {
        if interrupted && error.is(.cancelled) {
            return .interrupted
        }
        if error.is(.noService) || error.is(.serviceStopped) || error.is(.commError) {
            return .noService
        }
        if error.is(.unknownReader) || error.is(.readerUnavailable)
            || error.is(.noReadersAvailable)
        {
            return .reader
        }
        let cardCodes: [PCSCErrorCode] = [
            .noSmartcard, .removedCard, .resetCard, .sharingViolation, .notTransacted,
            .unresponsiveCard, .unpoweredCard,
        ]
        if cardCodes.contains(where: error.is) {
            return .card
        }
        if error.is(.timeout) {
            return .timeout
        }
        return .failure
    }

    /// The failure as a JSON object.
    var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("exitCode", .int(Int(exitCode.rawValue))),
            ("message", .string(message)),
            ("advice", .optional(advice)),
        ]
        if let pcscError {
            members.append(("pcsc", pcscError.json))
        }
        return .object(members)
    }
}

extension PCSCError {
    /// `{"function", "name", "code", "text"}`.
    var json: JSONValue {
        .object([
            ("function", .string(function)),
            ("name", .string(name)),
            ("code", .string(hexCode)),
            ("text", .string(message)),
        ])
    }
}
