/// The answer to `FEATURE_GET_TLV_PROPERTIES`: tag, one length byte, little-endian value.
public struct TLVProperties: Sendable, Equatable {
    /// The properties in the order the reader sent them.
    public let properties: [TLVProperty]

    /// What is wrong with the answer; empty for a well-formed one.
    public let issues: [TLVDecodeIssue]

    /// Decodes the raw answer, as far as it goes.
    public init(bytes: [UInt8]) {
        var properties: [TLVProperty] = []
        var issues: [TLVDecodeIssue] = []
        var index = 0
        while index < bytes.count {
            guard index + 1 < bytes.count else {
                issues.append(.missingLength(offset: index))
                break
            }
            let length = Int(bytes[index + 1])
            let available = bytes.count - index - 2
            guard length <= available else {
                issues.append(.valuePastEnd(offset: index, length: length, available: available))
                break
            }
            let value = Array(bytes[(index + 2)..<(index + 2 + length)])
            properties.append(TLVProperty(tag: bytes[index], value: value))
            index += 2 + length
        }
        self.properties = properties
        self.issues = issues
    }

    /// The property named `name` (`bMaxPINSize`), if the reader sent it.
    public subscript(name: String) -> TLVProperty? {
        properties.first { $0.name == name }
    }
}
