/// The answer to `FEATURE_IFD_PIN_PROPERTIES` (`PIN_PROPERTIES_STRUCTURE`, 4 bytes).
public struct PINProperties: Sendable, Equatable {
    /// Display size: columns in the low byte, lines in the high byte; 0 for no display.
    public let lcdLayout: UInt16

    /// When the reader ends PIN entry: bit 0 the maximum size is reached, bit 1 the
    /// validation key is pressed, bit 2 a timeout occurred.
    public let entryValidationCondition: UInt8

    /// Seconds the reader waits for the first key after the last one, 0 for its default.
    public let timeOut2: UInt8

    /// Decodes the structure; nil with the issue when the answer is shorter than 4 bytes.
    public static func decode(_ bytes: [UInt8]) -> Result<PINProperties, TLVDecodeIssue> {
        guard bytes.count >= 4 else {
            return .failure(.tooShort(needed: 4, present: bytes.count))
        }
        return .success(
            PINProperties(
                lcdLayout: UInt16(bytes[0]) | UInt16(bytes[1]) << 8,
                entryValidationCondition: bytes[2],
                timeOut2: bytes[3]))
    }

    /// Columns and lines of the display, or nil without one.
    public var display: (columns: Int, lines: Int)? {
        lcdLayout == 0 ? nil : (Int(lcdLayout & 0xFF), Int(lcdLayout >> 8))
    }

    /// The validation conditions by name.
    public var validationConditions: [String] {
        [(0x01, "max-size-reached"), (0x02, "validation-key"), (0x04, "timeout")]
            .filter { entryValidationCondition & $0.0 != 0 }
            .map(\.1)
    }
}
