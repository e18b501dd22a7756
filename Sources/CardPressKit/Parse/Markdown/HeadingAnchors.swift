/// Turns the markers the Markdown walk put into headings into `id` attributes:
/// `<h2><!--cardpress-heading:usage-->Usage</h2>` becomes `<h2 id="usage">Usage</h2>`.
enum HeadingAnchors {
    static let markerPrefix = "<!--cardpress-heading:"

    static func apply(_ html: String, markers: Bool) -> String {
        guard markers else { return html }
        var output = ""
        output.reserveCapacity(html.utf8.count + 64)
        var rest = Substring(html)
        while let range = rest.range(of: markerPrefix) {
            var before = rest[..<range.lowerBound]
            let afterMarker = rest[range.upperBound...]
            guard let close = afterMarker.range(of: "-->") else { break }
            let id = afterMarker[..<close.lowerBound]
            // The heading tag `<hN>` is directly before the marker.
            if before.hasSuffix(">"), let open = before.lastIndex(of: "<") {
                let tag = before[open...].dropLast()
                before = before[..<open]
                output += before
                output += "\(tag) id=\"\(id)\">"
            } else {
                output += before
            }
            rest = afterMarker[close.upperBound...]
        }
        output += rest
        return output
    }
}
