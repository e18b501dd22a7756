import PCSC

/// `pcsc-probe wait reader|card|removal`: blocks on `SCardGetStatusChange` until the event.
enum WaitCommand {
    static func run(_ invocation: Invocation) throws -> ExitCode {
        let event = invocation.parsed.positional("EVENT") ?? "card"
        let timeout = try invocation.seconds("timeout")
        let start = ContinuousClock.now
        let deadline = timeout.map { start + .milliseconds(Int($0 * 1000)) }

        let found: ReaderState
        switch event {
        case "reader":
            found = try waitForReader(invocation, deadline: deadline)
        default:
            let wanted: (ReaderState) -> Bool = event == "removal" ? { !$0.hasCard } : \.hasCard
            found = try waitForCard(invocation, deadline: deadline, until: wanted)
        }

        let milliseconds = Invocation.elapsed(since: start)
        if invocation.console.json {
            invocation.console.document(
                .object([
                    ("event", .string(event)),
                    ("time", .string(Invocation.timestamp())),
                    ("milliseconds", .double(milliseconds)),
                    ("reader", found.json(index: 0)),
                ]))
        } else {
            invocation.console.line(
                "\(Invocation.timestamp()) \(event) after \(milliseconds) ms: "
                    + "\(found.reader): \(found.stateText)")
            if !found.atr.isEmpty {
                invocation.console.line("  ATR: \(Hex.spaced(found.atr))")
            }
        }
        return .success
    }

    /// Waits on the PnP pseudo-reader until at least one reader is listed.
    private static func waitForReader(
        _ invocation: Invocation,
        deadline: ContinuousClock.Instant?
    ) throws -> ReaderState {
        var pnp = ReaderState.unaware(ReaderState.plugAndPlayReader)
        while true {
            let readers = try invocation.session.run { context throws(PCSCError) in
                try context.readers()
            }
            if let first = readers.first {
                let states = try invocation.session.run { context throws(PCSCError) in
                    try context.currentStates(of: [first])
                }
                return states[0]
            }
            let updated = try invocation.session.run { context throws(PCSCError) in
                try context.waitForChange([pnp], timeout: remaining(deadline))
            }
            pnp = updated[0]
        }
    }

    /// Waits on one reader (or every reader) until `wanted` holds for one of them.
    private static func waitForCard(
        _ invocation: Invocation,
        deadline: ContinuousClock.Instant?,
        until wanted: (ReaderState) -> Bool
    ) throws -> ReaderState {
        let readers: [String]
        if invocation.parsed.value("reader") != nil {
            readers = [try invocation.reader()]
        } else {
            readers = try invocation.session.run { context throws(PCSCError) in
                try context.readers()
            }
            guard !readers.isEmpty else {
                throw ProbeFailure(
                    .reader, "no reader is connected",
                    advice: "Use 'pcsc-probe wait reader' first, or connect one.")
            }
        }
        var states = try invocation.session.run { context throws(PCSCError) in
            try context.currentStates(of: readers)
        }
        while true {
            if let match = states.first(where: wanted) {
                return match
            }
            let known = states
            states = try invocation.session.run { context throws(PCSCError) in
                try context.waitForChange(known, timeout: remaining(deadline))
            }
        }
    }

    /// Seconds left before `deadline`, nil for no deadline; fails once it has passed.
    static func remaining(_ deadline: ContinuousClock.Instant?) throws(PCSCError) -> Double? {
        guard let deadline else {
            return nil
        }
        let left = deadline - ContinuousClock.now
        let (seconds, attoseconds) = left.components
        let value = Double(seconds) + Double(attoseconds) / 1e18
        guard value > 0 else {
            throw PCSCError(function: "SCardGetStatusChange", code: PCSCErrorCode.timeout.code)
        }
        return value
    }
}
