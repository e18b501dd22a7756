import PCSC

/// `pcsc-probe scan`: follows reader and card events with timestamps, as pcsc_scan does.
///
/// In `--json` mode each event is one JSON object on its own line (JSON Lines), so a
/// reader of the stream can act on an event as soon as it arrives.
enum ScanCommand {
    static func run(_ invocation: Invocation) throws -> ExitCode {
        let console = invocation.console
        let timeout = try invocation.seconds("timeout")
        let deadline = timeout.map { ContinuousClock.now + .milliseconds(Int($0 * 1000)) }
        let session = invocation.session

        var readers = try session.run { context throws(PCSCError) in try context.readers() }
        var states = try session.run { context throws(PCSCError) in
            readers.isEmpty ? [] : try context.currentStates(of: readers)
        }
        let pnp = try session.run { context throws(PCSCError) in context.supportsPlugAndPlay() }
        report("initial", states, console)

        var pnpState = ReaderState.unaware(ReaderState.plugAndPlayReader)
        while true {
            let watched = pnp ? states + [pnpState] : states
            let reconnectsBefore = session.reconnects
            guard let changed = try nextChange(session, watched, deadline, polling: !pnp) else {
                report("end", states, console)
                return .success
            }
            if session.reconnects != reconnectsBefore {
                report("reconnected", states, console)
            }
            if pnp, let last = changed.last {
                pnpState = last
            }
            let listed = try session.run { context throws(PCSCError) in try context.readers() }
            if listed != readers {
                readers = listed
                states = try session.run { context throws(PCSCError) in
                    listed.isEmpty ? [] : try context.currentStates(of: listed)
                }
                report("readers-changed", states, console)
                continue
            }
            let fresh = Array(changed.prefix(states.count))
            let moved = zip(states, fresh).contains {
                $0.flags.withoutChange != $1.flags.withoutChange
                    || $0.eventCounter != $1.eventCounter
            }
            states = fresh
            if moved {
                report("change", states, console)
            }
        }
    }

    /// The states after the next change; the same states when a poll interval passed;
    /// nil once the deadline has passed.
    private static func nextChange(
        _ session: ProbeSession,
        _ watched: [ReaderState],
        _ deadline: ContinuousClock.Instant?,
        polling: Bool
    ) throws(ProbeFailure) -> [ReaderState]? {
        let result: Result<[ReaderState], ProbeFailure> = Result { () throws(ProbeFailure) in
            try session.run { context throws(PCSCError) in
                let left = try WaitCommand.remaining(deadline)
                let interval = polling ? min(left ?? 1, 1) : left
                return try context.waitForChange(watched, timeout: interval)
            }
        }
        switch result {
        case .success(let states):
            return states
        case .failure(let failure) where failure.pcscError?.is(.timeout) == true:
            let expired = deadline.map { ContinuousClock.now >= $0 } ?? false
            return expired ? nil : watched
        case .failure(let failure):
            throw failure
        }
    }

    private static func report(_ event: String, _ states: [ReaderState], _ console: Console) {
        let time = Invocation.timestamp()
        if console.json {
            console.event(
                .object([
                    ("event", .string(event)),
                    ("time", .string(time)),
                    ("readers", .array(states.enumerated().map { $1.json(index: $0) })),
                ]))
            return
        }
        console.line("\(time) \(event)")
        if states.isEmpty {
            console.line(" Waiting for the first reader...")
        }
        for (index, state) in states.enumerated() {
            console.line(" Reader \(index): \(state.reader)")
            console.line("  Event number: \(state.eventCounter)")
            console.line("  Card state: \(state.stateText)")
            if !state.atr.isEmpty {
                console.line("  ATR: \(Hex.spaced(state.atr))")
            }
        }
    }
}
