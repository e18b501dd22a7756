/// Finds `<!-- TEASER_END -->` (any case) in rendered HTML.
public enum Teaser {
    /// The whole HTML without the marker, and the part before it when the marker is there.
    public static func split(_ html: String) -> (content: String, teaser: String?) {
        guard let range = markerRange(in: html) else { return (html, nil) }
        let teaser = String(html[..<range.lowerBound])
        let content = teaser + html[range.upperBound...]
        return (content, teaser)
    }

    private static func markerRange(in html: String) -> Range<String.Index>? {
        var search = html[...]
        while let open = search.range(of: "<!--") {
            let after = search[open.upperBound...]
            guard let close = after.range(of: "-->") else { return nil }
            let inner = after[..<close.lowerBound]
            if inner.utf8.count < 40,
                inner.trimmingWhitespaceSubstring().uppercased() == "TEASER_END"
            {
                var upper = close.upperBound
                if upper < html.endIndex, html[upper] == "\n" { upper = html.index(after: upper) }
                return open.lowerBound..<upper
            }
            search = after[close.upperBound...]
        }
        return nil
    }
}

extension Substring {
    fileprivate func trimmingWhitespaceSubstring() -> String {
        String(self).trimmingWhitespace()
    }
}
