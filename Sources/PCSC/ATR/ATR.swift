/// An Answer-To-Reset, decoded as ISO/IEC 7816-3 lays it out.
///
/// Decoding never throws: a malformed ATR (truncated, wrong TCK, bytes past the end) is
/// still decoded as far as it goes, and each defect is listed in `issues`, so the probe can
/// show a reader's real answer next to what is wrong with it.
public struct ATR: Sendable, Equatable {
    /// The bytes as received.
    public let bytes: [UInt8]

    /// TS: direct (0x3B) or inverse (0x3F) convention.
    public let convention: Convention?

    /// T0: the Y1 indicator bits and K, the number of historical bytes.
    public let formatByte: UInt8?

    /// The interface bytes, one group per TD chain link (group 1 holds TA1, TB1, TC1, TD1).
    public let groups: [InterfaceGroup]

    /// The historical bytes, as many as present (see `issues` when fewer than announced).
    public let historicalBytes: [UInt8]

    /// The historical bytes decoded (category indicator, compact-TLV, status).
    public let historical: HistoricalBytes?

    /// The check byte and whether it verifies.
    public let checkByte: CheckByte

    /// Everything wrong with the ATR; empty for a well-formed one.
    public let issues: [ATRIssue]

    /// TS values.
    public enum Convention: String, Sendable {
        case direct, inverse
    }

    /// TCK: absent where allowed, present and right, or wrong.
    public enum CheckByte: Sendable, Equatable {
        /// Only T=0 offered: ISO 7816-3 forbids a TCK.
        case notRequired
        /// Present, and the XOR from T0 to TCK is zero.
        case valid(UInt8)
        /// Present, but the XOR from T0 to TCK is not zero; `expected` would fix it.
        case invalid(found: UInt8, expected: UInt8)
        /// Required (a protocol other than T=0 is offered) but the ATR ends before it.
        case missing
    }

    /// Whether nothing is wrong with the ATR.
    public var isWellFormed: Bool {
        issues.isEmpty
    }

    /// The number of historical bytes T0 announces.
    public var announcedHistoricalCount: Int {
        Int((formatByte ?? 0) & 0x0F)
    }

    /// The protocols offered, in the order the TD bytes name them; T=0 when there is no TD1.
    public var protocols: [Int] {
        var seen: [Int] = []
        for group in groups {
            if let protocolNumber = group.protocolNumber, !seen.contains(protocolNumber) {
                seen.append(protocolNumber)
            }
        }
        return seen.isEmpty ? [0] : seen
    }
}
