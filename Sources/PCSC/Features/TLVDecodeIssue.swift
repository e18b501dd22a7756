/// One defect of a reader's TLV answer (feature list or TLV properties).
public enum TLVDecodeIssue: Error, Sendable, Equatable, CustomStringConvertible {
    /// A tag byte with no length byte after it.
    case missingLength(offset: Int)
    /// A length that runs past the end of the answer.
    case valuePastEnd(offset: Int, length: Int, available: Int)
    /// A feature whose value is not the 4-byte control code part 10 requires.
    case wrongFeatureLength(offset: Int, length: Int)
    /// A structure shorter than its fixed layout.
    case tooShort(needed: Int, present: Int)

    public var description: String {
        switch self {
        case .missingLength(let offset):
            "the tag at byte \(offset) has no length byte"
        case .valuePastEnd(let offset, let length, let available):
            "the value at byte \(offset) claims \(length) byte(s), only \(available) remain"
        case .wrongFeatureLength(let offset, let length):
            "the feature at byte \(offset) has \(length) value byte(s); a control code has 4"
        case .tooShort(let needed, let present):
            "the answer has \(present) byte(s); its structure needs \(needed)"
        }
    }

    /// A stable identifier for the JSON output.
    public var code: String {
        switch self {
        case .missingLength: "missing-length"
        case .valuePastEnd: "value-past-end"
        case .wrongFeatureLength: "wrong-feature-length"
        case .tooShort: "too-short"
        }
    }
}
