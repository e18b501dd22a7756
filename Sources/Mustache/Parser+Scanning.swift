/// Byte-level scanning: finding delimiters, reading a tag, and the standalone-line tests.
extension Parser {
    func find(_ pattern: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first, pattern.count <= source.count else { return nil }

        var index = start
        let last = source.count - pattern.count
        while index <= last {
            if source[index] == first {
                var matched = 1
                while matched < pattern.count && source[index + matched] == pattern[matched] {
                    matched += 1
                }
                if matched == pattern.count {
                    return index
                }
            }
            index += 1
        }
        return nil
    }

    func lastNewline(in range: Range<Int>) -> Int? {
        var index = range.upperBound
        while index > range.lowerBound {
            index -= 1
            if source[index] == UInt8(ascii: "\n") {
                return index
            }
        }
        return nil
    }

    func isBlank(_ range: Range<Int>) -> Bool {
        for index in range where !Self.isSpaceOrTab(source[index]) {
            return false
        }
        return true
    }

    /// Where the line after a tag ends (past its newline) when only blanks follow the tag.
    func lineEnd(after start: Int) -> Int? {
        var index = start
        while index < source.count && Self.isSpaceOrTab(source[index]) {
            index += 1
        }
        if index == source.count {
            return index
        }
        if source[index] == UInt8(ascii: "\n") {
            return index + 1
        }
        if source[index] == UInt8(ascii: "\r") && index + 1 < source.count
            && source[index + 1] == UInt8(ascii: "\n")
        {
            return index + 2
        }
        return nil
    }

    mutating func scanTag(at start: Int) throws(MustacheError) -> Tag {
        let afterOpen = start + delimiters.open.count
        var kind = TagKind.variable
        var contentStart = afterOpen
        var closer = delimiters.close

        if afterOpen < source.count {
            let sigil = source[afterOpen]
            switch sigil {
            case UInt8(ascii: "{"): kind = .unescaped
            case UInt8(ascii: "&"): kind = .unescaped
            case UInt8(ascii: "#"): kind = .section
            case UInt8(ascii: "^"): kind = .inverted
            case UInt8(ascii: "/"): kind = .close
            case UInt8(ascii: ">"): kind = .partial
            case UInt8(ascii: "<"): kind = .parent
            case UInt8(ascii: "$"): kind = .block
            case UInt8(ascii: "!"): kind = .comment
            case UInt8(ascii: "="): kind = .delimiters
            default: break
            }
            if kind != .variable {
                contentStart += 1
            }
            if sigil == UInt8(ascii: "{") || sigil == UInt8(ascii: "=") {
                closer = [sigil == UInt8(ascii: "{") ? UInt8(ascii: "}") : sigil] + closer
            }
        }

        guard let closeAt = find(closer, from: contentStart) else {
            let open = String(decoding: delimiters.open, as: UTF8.self)
            let close = String(decoding: closer, as: UTF8.self)
            throw locator.location(of: start).error(
                in: file,
                "unclosed tag: '\(open)' has no matching '\(close)'"
            )
        }

        var low = contentStart
        var high = closeAt
        while low < high && Self.isWhitespace(source[low]) { low += 1 }
        while high > low && Self.isWhitespace(source[high - 1]) { high -= 1 }
        return Tag(
            kind: kind,
            content: Array(source[low..<high]),
            start: start,
            end: closeAt + closer.count
        )
    }

    static func isSpaceOrTab(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }
}
