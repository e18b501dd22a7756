import PCSC

/// `pcsc-probe readers`: every reader with its state and ATR, as pcsc_scan's first screen.
enum ReadersCommand {
    static func run(_ invocation: Invocation) throws -> ExitCode {
        let session = invocation.session
        let states = try session.run { context throws(PCSCError) in
            let names = try context.readers()
            return names.isEmpty ? [] : try context.currentStates(of: names)
        }
        let list = try invocation.atrList()

        if invocation.console.json {
            let readers = states.enumerated().map { index, state in
                var object = state.json(index: index)
                if case .object(var members) = object, !state.atr.isEmpty {
                    members.append(("identification", identification(state.atr, list)))
                    object = .object(members)
                }
                return object
            }
            invocation.console.document(.object([("readers", .array(readers))]))
            return .success
        }

        guard !states.isEmpty else {
            invocation.console.line("No reader found.")
            return .success
        }
        for (index, state) in states.enumerated() {
            invocation.console.line(" Reader \(index): \(state.reader)")
            invocation.console.line("  Event number: \(state.eventCounter)")
            invocation.console.line("  Card state: \(state.stateText)")
            if !state.atr.isEmpty {
                invocation.console.line("  ATR: \(Hex.spaced(state.atr))")
                let names = list?.matches(for: state.atr).flatMap(\.descriptions).prefix(1) ?? []
                for name in names {
                    invocation.console.line("  Card: \(name)")
                }
            }
        }
        return .success
    }

    private static func identification(_ atr: [UInt8], _ list: SmartcardList?) -> JSONValue {
        guard let list else {
            return .null
        }
        return .array(list.matches(for: atr).flatMap(\.descriptions).map(JSONValue.string))
    }
}
