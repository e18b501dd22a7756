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
        let split = TLVRecords(bytes)
        var entries: [Entry] = []
        var issues: [TLVDecodeIssue] = []
        for record in split.records {
            guard record.value.count == 4 else {
                issues.append(
                    .wrongFeatureLength(offset: record.offset, length: record.value.count))
                continue
            }
            let code = record.value.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            entries.append(Entry(feature: ReaderFeature(tag: record.tag), controlCode: code))
        }
        if let issue = split.issue { issues.append(issue) }
        self.entries = entries
        self.issues = issues
    }

    /// The control code of `feature`, when the reader offers it.
    public func controlCode(of feature: ReaderFeature) -> UInt32? {
        entries.first { $0.feature == feature }?.controlCode
    }
}
