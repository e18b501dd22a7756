/// The small pattern language of `smartcard_list.txt`, matched on UTF-8 bytes.
///
/// Supports what the file uses: literal characters, `.` (any one character), `[...]` (a set
/// with `a-b` ranges) and `.*` (anything, including nothing). The whole text must match.
enum ATRPattern {
    static func matches(_ pattern: [UInt8], _ text: [UInt8]) -> Bool {
        match(pattern, 0, text, 0)
    }

    private static func match(_ pattern: [UInt8], _ p: Int, _ text: [UInt8], _ t: Int) -> Bool {
        if p == pattern.count {
            return t == text.count
        }
        let dot: UInt8 = 0x2E
        let star: UInt8 = 0x2A
        if pattern[p] == dot, p + 1 < pattern.count, pattern[p + 1] == star {
            for start in t...text.count where match(pattern, p + 2, text, start) {
                return true
            }
            return false
        }
        guard t < text.count else {
            return false
        }
        let (accepts, next) = step(pattern, p, text[t])
        return accepts && match(pattern, next, text, t + 1)
    }

    /// Whether the token at `p` accepts `char`, and where the next token starts.
    private static func step(_ pattern: [UInt8], _ p: Int, _ char: UInt8) -> (Bool, Int) {
        let token = pattern[p]
        if token == 0x2E {
            return (true, p + 1)
        }
        guard token == 0x5B else {
            return (upper(token) == upper(char), p + 1)
        }
        var index = p + 1
        var accepted = false
        while index < pattern.count, pattern[index] != 0x5D {
            let low = upper(pattern[index])
            if index + 2 < pattern.count, pattern[index + 1] == 0x2D, pattern[index + 2] != 0x5D {
                let high = upper(pattern[index + 2])
                accepted = accepted || (low...high).contains(upper(char))
                index += 3
            } else {
                accepted = accepted || low == upper(char)
                index += 1
            }
        }
        return (accepted, index + 1)
    }

    private static func upper(_ char: UInt8) -> UInt8 {
        (0x61...0x7A).contains(char) ? char - 0x20 : char
    }
}
