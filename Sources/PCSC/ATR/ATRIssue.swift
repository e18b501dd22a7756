/// One defect of an ATR, with the text the probe prints for it.
public enum ATRIssue: Sendable, Equatable, CustomStringConvertible {
    /// No bytes at all.
    case empty
    /// TS is neither 0x3B nor 0x3F.
    case unknownConvention(UInt8)
    /// The ATR ends where T0 or a TD byte announced more interface bytes.
    case truncatedInterfaceBytes(group: Int, missing: [String])
    /// Fewer historical bytes than T0 announces.
    case truncatedHistoricalBytes(announced: Int, present: Int)
    /// A protocol other than T=0 is offered and there is no TCK.
    case missingCheckByte
    /// The XOR from T0 to TCK is not zero.
    case wrongCheckByte(found: UInt8, expected: UInt8)
    /// Bytes after the TCK (or after the historical bytes when there is no TCK).
    case extraBytes(count: Int)
    /// More than the 33 bytes ISO 7816-3 allows.
    case tooLong(count: Int)
    /// A compact-TLV object in the historical bytes runs past their end.
    case compactTLVPastEnd(offset: Int, length: Int, available: Int)
    /// The category indicator needs more historical bytes than there are.
    case historicalBytesTooShort(category: UInt8, needed: Int, present: Int)

    public var description: String {
        switch self {
        case .empty:
            "the ATR is empty"
        case .unknownConvention(let ts):
            "TS is 0x\(Hex.byte(ts)); expected 0x3B (direct) or 0x3F (inverse convention)"
        case .truncatedInterfaceBytes(let group, let missing):
            "the ATR ends before \(missing.map { "\($0)\(group)" }.joined(separator: ", "))"
        case .truncatedHistoricalBytes(let announced, let present):
            "T0 announces \(announced) historical bytes but only \(present) follow"
        case .missingCheckByte:
            "TCK is missing: it is required when a protocol other than T=0 is offered"
        case .wrongCheckByte(let found, let expected):
            "TCK is 0x\(Hex.byte(found)) but the bytes T0..TCK give 0x\(Hex.byte(expected))"
        case .extraBytes(let count):
            "\(count) byte(s) follow the end of the ATR"
        case .tooLong(let count):
            "the ATR has \(count) bytes; ISO 7816-3 allows at most 33"
        case .compactTLVPastEnd(let offset, let length, let available):
            "compact-TLV object at historical byte \(offset) claims \(length) byte(s), "
                + "only \(available) remain"
        case .historicalBytesTooShort(let category, let needed, let present):
            "category 0x\(Hex.byte(category)) needs at least \(needed) historical bytes, "
                + "\(present) present"
        }
    }

    /// A stable identifier for the JSON output.
    public var code: String {
        switch self {
        case .empty: "empty"
        case .unknownConvention: "unknown-convention"
        case .truncatedInterfaceBytes: "truncated-interface-bytes"
        case .truncatedHistoricalBytes: "truncated-historical-bytes"
        case .missingCheckByte: "missing-tck"
        case .wrongCheckByte: "wrong-tck"
        case .extraBytes: "extra-bytes"
        case .tooLong: "too-long"
        case .compactTLVPastEnd: "compact-tlv-past-end"
        case .historicalBytesTooShort: "historical-bytes-too-short"
        }
    }
}
