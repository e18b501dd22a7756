/// Which probe commands a post may embed: only the probe's own commands run (nothing reaches
/// a shell), and none that can change or lock a card.
enum ProbeCommandRules {
    /// Every command of `pcsc-probe`.
    static let commands: Set<String> = [
        "readers", "wait", "status", "atr", "features", "transmit", "scan", "race-check", "env",
    ]

    /// Commands that block until something happens; a check must bound them.
    static let needsTimeout: Set<String> = ["wait", "scan"]

    /// ISO 7816-4 instruction bytes that write to a card, change its PINs or lock it.
    static let writingInstructions: [UInt8: String] = [
        0x04: "DEACTIVATE FILE", 0x0E: "ERASE BINARY", 0x0F: "ERASE BINARY",
        0x20: "VERIFY", 0x21: "VERIFY", 0x24: "CHANGE REFERENCE DATA",
        0x26: "DISABLE VERIFICATION REQUIREMENT", 0x28: "ENABLE VERIFICATION REQUIREMENT",
        0x2C: "RESET RETRY COUNTER", 0x44: "ACTIVATE FILE", 0x46: "GENERATE ASYMMETRIC KEY PAIR",
        0x47: "GENERATE ASYMMETRIC KEY PAIR", 0xD0: "WRITE BINARY", 0xD1: "WRITE BINARY",
        0xD2: "WRITE RECORD", 0xD6: "UPDATE BINARY", 0xD7: "UPDATE BINARY",
        0xDA: "PUT DATA", 0xDB: "PUT DATA", 0xDC: "UPDATE RECORD", 0xDD: "UPDATE RECORD",
        0xE0: "CREATE FILE", 0xE2: "APPEND RECORD", 0xE4: "DELETE FILE",
        0xE6: "TERMINATE DF", 0xE8: "TERMINATE EF", 0xFE: "TERMINATE CARD USAGE",
    ]

    /// Why the command cannot be embedded, or nil when it can.
    static func problem(with arguments: [String]) -> String? {
        guard let command = arguments.first else {
            return "the snippet holds no command (write one, e.g. `features`)"
        }
        guard commands.contains(command) else {
            let known = commands.sorted().joined(separator: ", ")
            return "unknown probe command '\(command)' (expected one of \(known))"
        }
        if arguments.contains("--allow-writes") {
            return "'--allow-writes' is not allowed in a post: checks must not change a card"
        }
        if needsTimeout.contains(command), !arguments.contains("--timeout") {
            return "'\(command)' waits for an event: add `--timeout SECONDS` so the check ends"
        }
        if command == "transmit" {
            for apdu in arguments.dropFirst() where !apdu.hasPrefix("-") {
                if let name = writingInstruction(in: apdu) {
                    return "the APDU '\(apdu)' is \(name), which can change or lock a card; "
                        + "checks may only read"
                }
            }
        }
        return nil
    }

    /// The name of the writing instruction an APDU carries, if it carries one.
    static func writingInstruction(in apdu: String) -> String? {
        let digits = apdu.filter(\.isHexDigit)
        guard digits.count >= 4 else { return nil }
        let start = digits.index(digits.startIndex, offsetBy: 2)
        let end = digits.index(start, offsetBy: 2)
        guard let instruction = UInt8(digits[start..<end], radix: 16) else { return nil }
        return writingInstructions[instruction]
    }
}
