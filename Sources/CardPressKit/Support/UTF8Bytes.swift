import Foundation

/// Byte-level access and search for the hot paths that scan every rendered page (teaser
/// markers, heading ids, link rewriting): Foundation's `range(of:)` goes through UTF-16 and
/// cost a fifth of a 10,000-post build; a byte search over the UTF-8 costs next to nothing.
extension String {
    /// Calls `body` with the string's UTF-8 bytes, without a copy for native strings.
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) {
            return result
        }
        return Array(utf8).withUnsafeBufferPointer(body)
    }

    /// True when `needle` occurs in the string, compared byte for byte.
    func containsBytes(_ needle: String) -> Bool {
        withUTF8Bytes { $0.firstOffset(of: needle) != nil }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The offset of the first `needle` at or after `start`, compared byte for byte:
    /// `memchr` finds each candidate first byte, `memcmp` checks the rest.
    func firstOffset(of needle: String, from start: Int = 0) -> Int? {
        guard start <= count, let base = baseAddress else { return nil }
        return needle.withUTF8Bytes { pattern -> Int? in
            guard let first = pattern.first, let patternBase = pattern.baseAddress else {
                return start
            }
            let last = count - pattern.count
            var position = start
            while position <= last {
                guard let hit = memchr(base + position, Int32(first), last - position + 1)
                else { return nil }
                let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                if memcmp(base + offset, patternBase, pattern.count) == 0 { return offset }
                position = offset + 1
            }
            return nil
        }
    }

    /// True when the bytes at `offset` spell `word` in ASCII, ignoring case; `word` must be
    /// lower case.
    func hasLowercaseASCII(_ word: StaticString, at offset: Int) -> Bool {
        let length = word.utf8CodeUnitCount
        guard offset >= 0, offset + length <= count else { return false }
        let letters = word.utf8Start
        for position in 0..<length {
            let byte = self[offset + position]
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if lower != letters[position] { return false }
        }
        return true
    }
}
