/// The tag, one-byte length, value records both part 10 answers are made of
/// (`GET_FEATURE_REQUEST` and `GET_TLV_PROPERTIES`), split as far as they go.
struct TLVRecords {
    /// One record: its tag, where it starts in the answer, and its value bytes.
    struct Record {
        var tag: UInt8
        var offset: Int
        var value: ArraySlice<UInt8>
    }

    var records: [Record] = []
    /// Set when a record's length byte is missing or its value runs past the end.
    var issue: TLVDecodeIssue?

    init(_ bytes: [UInt8]) {
        var index = 0
        while index < bytes.count {
            guard index + 1 < bytes.count else {
                issue = .missingLength(offset: index)
                return
            }
            let length = Int(bytes[index + 1])
            let available = bytes.count - index - 2
            guard length <= available else {
                issue = .valuePastEnd(offset: index, length: length, available: available)
                return
            }
            let value = bytes[(index + 2)..<(index + 2 + length)]
            records.append(Record(tag: bytes[index], offset: index, value: value))
            index += 2 + length
        }
    }
}
