/// Finds `<!-- TEASER_END -->` (any case) in rendered HTML.
public enum Teaser {
    /// The whole HTML without the marker, and the part before it when the marker is there.
    public static func split(_ html: String) -> (content: String, teaser: String?) {
        html.withUTF8Bytes { bytes in
            guard let marker = markerRange(in: bytes) else { return (html, nil) }
            let teaser = String(decoding: bytes[..<marker.lowerBound], as: UTF8.self)
            let rest = String(decoding: bytes[marker.upperBound...], as: UTF8.self)
            return (teaser + rest, teaser)
        }
    }

    /// The marker's bytes, with the newline after it; whitespace inside the comment is free.
    private static func markerRange(in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var from = 0
        while let open = bytes.firstOffset(of: "<!--", from: from) {
            guard let close = bytes.firstOffset(of: "-->", from: open + 4) else { return nil }
            var start = open + 4
            var end = close
            while start < end, isSpace(bytes[start]) { start += 1 }
            while end > start, isSpace(bytes[end - 1]) { end -= 1 }
            if end - start == 10, bytes.hasLowercaseASCII("teaser_end", at: start) {
                var upper = close + 3
                if upper < bytes.count, bytes[upper] == UInt8(ascii: "\n") { upper += 1 }
                return open..<upper
            }
            from = close + 3
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
