import Foundation

/// Rewrites the `href` and `src` values of HTML: relative to the page for the site's own
/// pages (so the site works from a sub-folder and from disk), absolute for feeds (feed
/// readers resolve nothing).
public enum LinkRewriter {
    /// Makes root-relative links (`/images/x.png`) relative to a page `root` such as
    /// `../../`.
    public static func relativize(_ html: String, root: String) -> String {
        guard html.containsBytes("=\"/") || html.containsBytes("='/") else { return html }
        return rewrite(html) { value in
            guard value.hasPrefix("/"), !value.hasPrefix("//") else { return nil }
            let rest = value.dropFirst()
            return root.isEmpty && rest.isEmpty ? "./" : root + rest
        }
    }

    /// Makes every link absolute against the page's own absolute URL.
    public static func absolutize(_ html: String, pageURL: String, baseURL: String) -> String {
        guard let page = URL(string: pageURL) else { return html }
        return rewrite(html) { value in
            if hasScheme(value) || value.hasPrefix("//") { return nil }
            if value.hasPrefix("/") { return baseURL + value.dropFirst() }
            return URL(string: value, relativeTo: page)?.absoluteString
        }
    }

    static func hasScheme(_ value: String) -> Bool {
        guard let colon = value.firstIndex(of: ":") else { return false }
        let scheme = value[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0 == "+" || $0 == "-" }
            && !scheme.contains("/")
    }

    /// Calls `transform` for each quoted href/src value; nil keeps the value.
    static func rewrite(_ html: String, _ transform: (String) -> String?) -> String {
        html.withUTF8Bytes { bytes in
            var output: [UInt8] = []
            var index = 0
            var copiedUpTo = 0
            while index < bytes.count {
                guard let (valueStart, quote) = attributeValueStart(bytes, at: index) else {
                    index += 1
                    continue
                }
                var valueEnd = valueStart
                while valueEnd < bytes.count, bytes[valueEnd] != quote { valueEnd += 1 }
                guard valueEnd < bytes.count else { break }
                let value = String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)
                if let replacement = transform(value) {
                    if output.isEmpty { output.reserveCapacity(bytes.count + 256) }
                    output.append(contentsOf: bytes[copiedUpTo..<valueStart])
                    output.append(contentsOf: replacement.utf8)
                    copiedUpTo = valueEnd
                }
                index = valueEnd + 1
            }
            if copiedUpTo == 0 { return html }
            output.append(contentsOf: bytes[copiedUpTo...])
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Recognises ` href="` or ` src="` (any case, either quote) starting at `index`.
    private static func attributeValueStart(
        _ bytes: UnsafeBufferPointer<UInt8>,
        at index: Int
    ) -> (Int, UInt8)? {
        let byte = bytes[index]
        guard byte == 0x20 || byte == 0x0A || byte == 0x09 else { return nil }
        let end: Int
        if bytes.hasLowercaseASCII("href=", at: index + 1) {
            end = index + 6
        } else if bytes.hasLowercaseASCII("src=", at: index + 1) {
            end = index + 5
        } else {
            return nil
        }
        guard end < bytes.count else { return nil }
        let quote = bytes[end]
        return quote == 0x22 || quote == 0x27 ? (end + 1, quote) : nil
    }
}
