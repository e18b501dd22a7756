/// Turns the markers the Markdown walk put into headings into `id` attributes:
/// `<h2><!--cardpress-heading:usage-->Usage</h2>` becomes `<h2 id="usage">Usage</h2>`.
enum HeadingAnchors {
    static let markerPrefix = "<!--cardpress-heading:"

    static func apply(_ html: String, markers: Bool) -> String {
        guard markers else { return html }
        return html.withUTF8Bytes { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 64)
            var copied = 0
            while let marker = bytes.firstOffset(of: markerPrefix, from: copied) {
                let idStart = marker + markerPrefix.utf8.count
                guard let close = bytes.firstOffset(of: "-->", from: idStart) else { break }

                // The heading's `<hN>` ends right before the marker: reopen it for the id.
                if marker > copied, bytes[marker - 1] == UInt8(ascii: ">") {
                    output.append(contentsOf: bytes[copied..<(marker - 1)])
                    output.append(contentsOf: " id=\"".utf8)
                    output.append(contentsOf: bytes[idStart..<close])
                    output.append(contentsOf: "\">".utf8)
                } else {
                    output.append(contentsOf: bytes[copied..<marker])
                }
                copied = close + 3
            }
            output.append(contentsOf: bytes[copied...])
            return String(decoding: output, as: UTF8.self)
        }
    }
}
