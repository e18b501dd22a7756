/// Hexadecimal text to bytes and back, the way PC/SC tools print them.
public enum Hex {
    private static let digits: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// `3B 88 80`: upper case, one space between bytes, as pcsc_scan prints an ATR.
    public static func spaced(_ bytes: some Sequence<UInt8>) -> String {
        var out: [UInt8] = []
        for byte in bytes {
            if !out.isEmpty {
                out.append(0x20)
            }
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `3B8880`: upper case, no separators.
    public static func compact(_ bytes: some Sequence<UInt8>) -> String {
        var out: [UInt8] = []
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// One byte as two digits.
    public static func byte(_ value: UInt8) -> String {
        compact([value])
    }

    /// A 32-bit word as eight digits.
    public static func word(_ value: UInt32) -> String {
        compact([24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) })
    }

    /// Parses hex text, ignoring spaces, colons and a `0x` prefix on each group.
    ///
    /// Returns `nil` for an odd number of digits or any other character, so a typo in an
    /// APDU or an ATR is reported rather than half-sent.
    public static func parse(_ text: String) -> [UInt8]? {
        var nibbles: [UInt8] = []
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            let char = utf8[index]
            if char == 0x30, index + 1 < utf8.count, utf8[index + 1] | 0x20 == 0x78 {
                index += 2
                continue
            }
            switch char {
            case 0x30...0x39: nibbles.append(char - 0x30)
            case 0x41...0x46: nibbles.append(char - 0x41 + 10)
            case 0x61...0x66: nibbles.append(char - 0x61 + 10)
            case 0x20, 0x3A, 0x09, 0x0A, 0x0D, 0x2C: break
            default: return nil
            }
            index += 1
        }
        guard nibbles.count % 2 == 0 else {
            return nil
        }
        return stride(from: 0, to: nibbles.count, by: 2).map { nibbles[$0] << 4 | nibbles[$0 + 1] }
    }
}
