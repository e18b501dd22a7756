import PCSC

/// `pcsc-probe transmit`: sends APDUs in one transaction and shows each status word.
///
/// Commands that can lock or change a card are refused before anything is sent unless
/// `--allow-writes` is given; a card that stops answering is given up on after
/// `--watchdog` seconds, since `SCardTransmit` itself never times out.
enum TransmitCommand {
    static func run(_ invocation: Invocation) throws -> ExitCode {
        let console = invocation.console
        let commands = try parseCommands(invocation)
        let watchdog = try invocation.seconds("watchdog") ?? 10

        let reader = try invocation.reader()
        let connection = try invocation.connect(reader, share: .shared)
        do {
            try connection.beginTransaction()
        } catch {
            throw ProbeFailure(error)
        }

        var exchanges: [JSONValue] = []
        for command in commands {
            if !console.json {
                console.line("> \(Hex.spaced(command.bytes))")
            }
            let start = ContinuousClock.now
            let outcome = Watchdog.run(seconds: watchdog) {
                Result { () throws(PCSCError) in try connection.transmit(command.bytes) }
            }
            let milliseconds = Invocation.elapsed(since: start)
            guard let outcome else {
                throw ProbeFailure(
                    .timeout,
                    "the card in '\(reader)' did not answer within \(watchdog) s "
                        + "(watchdog; SCardTransmit has no timeout of its own)",
                    advice: "Remove and reinsert the card; raise --watchdog for slow cards.")
            }
            let response: [UInt8]
            switch outcome {
            case .success(let bytes): response = bytes
            case .failure(let error): throw ProbeFailure(error)
            }
            let word = StatusWord(response: response)
            exchanges.append(
                .object([
                    ("command", .hex(command.bytes)),
                    ("response", .hex(Array(response.dropLast(2)))),
                    ("sw", .optional(word?.hex)),
                    ("meaning", .optional(word?.meaning)),
                    ("milliseconds", .double(milliseconds)),
                ]))
            if !console.json {
                console.line("< \(Hex.spaced(response))")
                console.line("  SW \(word?.hex ?? "none"): \(word?.meaning ?? "no status word")")
            }
        }
        try? connection.endTransaction()

        if console.json {
            console.document(
                .object([
                    ("reader", .string(reader)),
                    ("protocol", .string(connection.activeProtocol.name)),
                    ("exchanges", .array(exchanges)),
                ]))
        }
        return .success
    }

    /// Parses every APDU and refuses risky ones before the first is sent.
    private static func parseCommands(_ invocation: Invocation) throws -> [CommandAPDU] {
        var commands: [CommandAPDU] = []
        for text in invocation.parsed.positionals("APDU") {
            guard let bytes = Hex.parse(text), let command = CommandAPDU(bytes) else {
                throw invocation.parsed.error(
                    "'\(text)' is not an APDU in hex with at least CLA INS P1 P2 "
                        + "(e.g. 00A4040007A0000000031010)")
            }
            if let risk = command.writeRisk, !invocation.parsed.flag("allow-writes") {
                throw ProbeFailure(
                    .refused,
                    "refused to send \(Hex.spaced(command.bytes.prefix(4))): \(risk)",
                    advice: "Nothing was sent. Add --allow-writes if changing the card is meant.")
            }
            commands.append(command)
        }
        return commands
    }
}
