/// The answer to `CM_IOCTL_GET_FEATURE_REQUEST`: features and the control code of each.
///
/// Each entry is a tag, a length (4) and the control code in big-endian order, as PC/SC
/// part 10 lays it out. Decoding never throws: a malformed answer is decoded as far as it
/// goes and the defects are listed, so the probe can show what a driver really sent.
public struct FeatureList: Sendable, Equatable {
    /// One announced feature and the code to pass to `SCardControl` for it.
    public struct Entry: Sendable, Equatable {
        /// Which feature.
        public let feature: ReaderFeature
        /// The control code, e.g. 0x42330006.
        public let controlCode: UInt32
    }

    /// The features in the order the reader listed them.
    public let entries: [Entry]

    /// What is wrong with the answer; empty for a well-formed one.
    public let issues: [TLVDecodeIssue]

    /// Decodes the raw answer.
    public init(bytes: [UInt8]) {
        var entries: [Entry] = []
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
            let value = bytes[(index + 2)..<(index + 2 + length)]
            if length == 4 {
                let code = value.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
                entries.append(Entry(feature: ReaderFeature(tag: bytes[index]), controlCode: code))
            } else {
                issues.append(.wrongFeatureLength(offset: index, length: length))
            }
            index += 2 + length
        }
        self.entries = entries
        self.issues = issues
    }

    /// The control code of `feature`, when the reader offers it.
    public func controlCode(of feature: ReaderFeature) -> UInt32? {
        entries.first { $0.feature == feature }?.controlCode
    }
}
