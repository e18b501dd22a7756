/// Which probe commands a post may embed: only the probe's own commands run (nothing reaches
/// a shell), and none that can change or lock a card.
enum ProbeCommandRules {
    /// Every command of `pcsc-probe`.
    static let commands: Set<String> = [
        "readers", "wait", "status", "atr", "features", "transmit", "scan", "race-check", "env",
    ]

    /// Commands that block until something happens; a check must bound them.
    static let needsTimeout: Set<String> = ["wait", "scan"]

    /// ISO 7816-4 (and GlobalPlatform) instruction bytes that write to a card, change its
    /// PINs or keys, or lock it: the instructions the probe itself refuses without
    /// `--allow-writes`, so a post is rejected at build time rather than at run time.
    static let writingInstructions: [UInt8: String] = [
        0x04: "DEACTIVATE FILE", 0x0C: "ERASE RECORD", 0x0E: "ERASE BINARY",
        0x0F: "ERASE BINARY", 0x20: "VERIFY", 0x21: "VERIFY", 0x24: "CHANGE REFERENCE DATA",
        0x25: "CHANGE REFERENCE DATA", 0x26: "DISABLE VERIFICATION REQUIREMENT",
        0x28: "ENABLE VERIFICATION REQUIREMENT", 0x2C: "RESET RETRY COUNTER",
        0x2D: "RESET RETRY COUNTER", 0x44: "ACTIVATE FILE", 0x46: "GENERATE ASYMMETRIC KEY PAIR",
        0x47: "GENERATE ASYMMETRIC KEY PAIR", 0xD0: "WRITE BINARY", 0xD1: "WRITE BINARY",
        0xD2: "WRITE RECORD", 0xD3: "WRITE RECORD", 0xD6: "UPDATE BINARY",
        0xD7: "UPDATE BINARY", 0xD8: "PUT KEY", 0xDA: "PUT DATA", 0xDB: "PUT DATA",
        0xDC: "UPDATE RECORD", 0xDD: "UPDATE RECORD", 0xE0: "CREATE FILE",
        0xE2: "APPEND RECORD", 0xE4: "DELETE FILE", 0xE6: "TERMINATE DF", 0xE8: "TERMINATE EF",
        0xF0: "SET STATUS", 0xFE: "TERMINATE CARD USAGE",
    ]

    /// Options of `transmit` whose value is not an APDU.
    static let transmitOptionsWithValue: Set<String> = ["--reader", "-r", "--watchdog"]

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
        if command == "features", arguments.contains("--verify-pin") {
            return "'--verify-pin' is not allowed in a post: a wrong PIN uses up a try "
                + "and can block the card"
        }
        if needsTimeout.contains(command), !arguments.contains("--timeout"),
            !arguments.contains("-t")
        {
            return "'\(command)' waits for an event: add `--timeout SECONDS` so the check ends"
        }
        if command == "transmit" {
            for apdu in apdus(of: arguments) {
                if let name = writingInstruction(in: apdu) {
                    return "the APDU '\(apdu)' is \(name), which can change or lock a card; "
                        + "checks may only read"
                }
            }
        }
        return nil
    }

    /// The APDU words of a `transmit` command: every word that is not an option or its value.
    static func apdus(of arguments: [String]) -> [String] {
        var apdus: [String] = []
        var skipNext = false
        for word in arguments.dropFirst() {
            if skipNext {
                skipNext = false
            } else if transmitOptionsWithValue.contains(word) {
                skipNext = true
            } else if !word.hasPrefix("-") {
                apdus.append(word)
            }
        }
        return apdus
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
