/// The answer to `FEATURE_GET_TLV_PROPERTIES`: tag, one length byte, little-endian value.
public struct TLVProperties: Sendable, Equatable {
    /// The properties in the order the reader sent them.
    public let properties: [TLVProperty]

    /// What is wrong with the answer; empty for a well-formed one.
    public let issues: [TLVDecodeIssue]

    /// Decodes the raw answer, as far as it goes.
    public init(bytes: [UInt8]) {
        let split = TLVRecords(bytes)
        properties = split.records.map { TLVProperty(tag: $0.tag, value: Array($0.value)) }
        issues = split.issue.map { [$0] } ?? []
    }

    /// The property named `name` (`bMaxPINSize`), if the reader sent it.
    public subscript(name: String) -> TLVProperty? {
        properties.first { $0.name == name }
    }
}
