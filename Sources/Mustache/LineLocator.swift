/// Turns byte offsets into 1-based line and column, counting columns in characters.
///
/// Offsets mostly arrive in increasing order, so the locator resumes from the last answer.
struct LineLocator {
    private let source: [UInt8]
    private var offset = 0
    private var line = 1
    private var lineStart = 0

    init(source: [UInt8]) {
        self.source = source
    }

    mutating func location(of target: Int) -> SourceLocation {
        if target < offset {
            offset = 0
            line = 1
            lineStart = 0
        }

        while offset < target && offset < source.count {
            if source[offset] == UInt8(ascii: "\n") {
                line += 1
                lineStart = offset + 1
            }
            offset += 1
        }

        var column = 1
        var index = lineStart
        while index < target && index < source.count {
            if source[index] & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return SourceLocation(line: line, column: column)
    }
}
