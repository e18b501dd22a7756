/// A command APDU as the user typed it, with what the probe needs to judge it.
public struct CommandAPDU: Sendable, Equatable {
    /// The bytes to send.
    public let bytes: [UInt8]

    /// Wraps `bytes`; nil when shorter than the four header bytes CLA INS P1 P2.
    public init?(_ bytes: [UInt8]) {
        guard bytes.count >= 4 else {
            return nil
        }
        self.bytes = bytes
    }

    /// The class byte.
    public var cla: UInt8 { bytes[0] }

    /// The instruction byte.
    public var ins: UInt8 { bytes[1] }

    /// Why the command may lock or change the card, or nil when it only reads.
    ///
    /// The list goes by INS, whatever the class: a proprietary class that reuses one of these
    /// instruction codes for something harmless can still be sent with `--allow-writes`.
    public var writeRisk: String? {
        Self.risky.first { $0.0.contains(ins) }?.1
    }

    static let risky: [([UInt8], String)] = [
        ([0x20, 0x21], "VERIFY: a wrong PIN uses up a try and can block the PIN"),
        ([0x24, 0x25], "CHANGE REFERENCE DATA: changes a PIN or key"),
        ([0x2C, 0x2D], "RESET RETRY COUNTER: changes the PIN and its counter"),
        ([0x26, 0x28], "DISABLE/ENABLE VERIFICATION REQUIREMENT: changes PIN policy"),
        ([0xDA, 0xDB], "PUT DATA: writes a data object"),
        ([0xD6, 0xD7], "UPDATE BINARY: overwrites file content"),
        ([0xD0, 0xD1], "WRITE BINARY: writes file content"),
        ([0xDC, 0xDD], "UPDATE RECORD: overwrites a record"),
        ([0xD2, 0xD3], "WRITE RECORD: writes a record"),
        ([0xE2], "APPEND RECORD / STORE DATA: writes data"),
        ([0x0E, 0x0F], "ERASE BINARY: erases file content"),
        ([0x0C], "ERASE RECORD: erases a record"),
        ([0x46, 0x47], "GENERATE ASYMMETRIC KEY PAIR: replaces a key"),
        ([0xE0], "CREATE FILE: changes the file system"),
        ([0xE4], "DELETE FILE: changes the file system"),
        ([0x04, 0x44], "DEACTIVATE/ACTIVATE FILE: changes a file's life cycle"),
        ([0xE6, 0xE8], "TERMINATE DF/EF: ends a file's life for good"),
        ([0xFE], "TERMINATE CARD USAGE: ends the card's life for good"),
        ([0xD8], "PUT KEY: replaces a key"),
        ([0xF0], "SET STATUS: changes the life cycle state"),
    ]
}
