import PCSC

/// `pcsc-probe atr HEX`: decodes an ATR given on the command line; no reader needed.
enum ATRCommand {
    static func run(_ invocation: Invocation) throws -> ExitCode {
        let text = invocation.parsed.positionals("HEX").joined(separator: " ")
        guard let bytes = Hex.parse(text), !bytes.isEmpty else {
            throw invocation.parsed.error(
                "'\(text)' is not an ATR in hex (e.g. 3B 88 80 01 00 00 00 00 33 71 71 00 3A)")
        }
        let atr = ATR(bytes: bytes)
        let list = try invocation.atrList()

        if invocation.console.json {
            invocation.console.document(.object([("atr", atr.json(list: list))]))
        } else {
            atr.reportLines(list: list).forEach { invocation.console.line($0) }
        }
        return .success
    }
}
