/// Marks each rendered snippet in a post's HTML as a hardware check: the code block stays a
/// normal code block, inside a figure that names the check and gives it an anchor.
enum SnippetLabels {
    static let openTag = "<pre><code class=\"language-\(ProbeSnippet.fence)\">"

    static func apply(_ html: String, snippets: [ProbeSnippet]) -> String {
        guard !snippets.isEmpty, html.contains(openTag) else { return html }
        var result = ""
        result.reserveCapacity(html.utf8.count + snippets.count * 200)
        var rest = html[...]
        var index = 0
        while let open = rest.range(of: openTag), index < snippets.count,
            let close = rest[open.upperBound...].range(of: "</code></pre>")
        {
            let snippet = snippets[index]
            let id = HTMLText.escape(snippet.id)
            result += rest[..<open.lowerBound]
            result += "<figure class=\"hwcheck-snippet\" id=\"check-\(id)\">\n"
            result += "<figcaption>Hardware check <code>\(id)</code>, run with "
            result += "<a href=\"/hwcheck/index.html\"><code>pcsc-probe</code></a>"
            if !snippet.expectations.isEmpty {
                let expected = snippet.expectations.map(\.description).joined(separator: ", ")
                result += "; expects \(HTMLText.escape(expected))"
            }
            result += "</figcaption>\n"
            result += rest[open.lowerBound..<close.upperBound]
            result += "\n</figure>"
            rest = rest[close.upperBound...]
            index += 1
        }
        result += rest
        return result
    }
}
