import PCSC

/// `pcsc-probe race-check`: the composite-reader race (macOS Sonoma, FB13184685).
///
/// Each round waits until the reader exists and the state says a card is present, then
/// connects at once. A connect that answers `SCARD_E_NO_SMARTCARD` right after a "present"
/// state is the race; the timings show how close the two answers were.
enum RaceCheckCommand {
    static func run(_ invocation: Invocation) throws -> ExitCode {
        let rounds = try invocation.parsed.int("rounds") ?? 10
        guard rounds > 0 else {
            throw invocation.parsed.error("--rounds must be at least 1, got '\(rounds)'")
        }
        let timeout = try invocation.seconds("timeout") ?? 30
        let console = invocation.console
        let reader = try invocation.reader()

        var results: [JSONValue] = []
        var races = 0
        for round in 1...rounds {
            let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
            var state = ReaderState.unaware(reader)
            while !state.hasCard {
                let known = state
                state = try invocation.session.run { context throws(PCSCError) in
                    try context.waitForChange([known], timeout: WaitCommand.remaining(deadline))
                }[0]
            }
            let start = ContinuousClock.now
            var outcome = "connected"
            var error: PCSCError?
            do {
                let connection = try invocation.session.run { context throws(PCSCError) in
                    try context.connect(reader: reader)
                }
                try? connection.disconnect()
            } catch let failure {
                error = failure.pcscError
                guard let pcsc = failure.pcscError, pcsc.is(.noSmartcard) else {
                    throw failure
                }
                outcome = "race"
                races += 1
            }
            let milliseconds = Invocation.elapsed(since: start)
            results.append(
                .object([
                    ("round", .int(round)),
                    ("stateFlags", .array(state.flags.withoutChange.names.map(JSONValue.string))),
                    ("outcome", .string(outcome)),
                    ("connectMilliseconds", .double(milliseconds)),
                    ("error", error?.json ?? .null),
                ]))
            if !console.json {
                let detail = error.map { ": \($0.name)" } ?? ""
                console.line(
                    "round \(round): state \(state.stateText); connect after present: "
                        + "\(outcome)\(detail) in \(milliseconds) ms")
            }
        }

        if console.json {
            console.document(
                .object([
                    ("reader", .string(reader)),
                    ("rounds", .int(rounds)),
                    ("races", .int(races)),
                    ("results", .array(results)),
                ]))
        } else {
            console.line(
                races == 0
                    ? "No race in \(rounds) round(s): every 'present' state was followed by "
                        + "a working connect."
                    : "RACE in \(races) of \(rounds) round(s): the state said 'present' but "
                        + "SCardConnect answered SCARD_E_NO_SMARTCARD.")
        }
        return races == 0 ? .success : .raceDetected
    }
}
