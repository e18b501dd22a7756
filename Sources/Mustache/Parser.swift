/// Turns template source into a node tree in one pass over its UTF-8 bytes.
///
/// Standalone tags (a line holding only a section, comment, partial or similar tag) are
/// resolved here, so rendering never has to reason about whitespace.
struct Parser {
    let source: [UInt8]
    let file: String
    var delimiters = Delimiters.standard
    var locator: LineLocator
    var frames: [ParseFrame]

    init(source: String, file: String) {
        self.source = Array(source.utf8)
        self.file = file
        self.locator = LineLocator(source: self.source)
        self.frames = [
            ParseFrame(
                kind: .section,
                name: "",
                dottedName: DottedName(components: []),
                location: SourceLocation(line: 1, column: 1)
            )
        ]
    }

    mutating func parse() throws(MustacheError) -> [Node] {
        var position = 0
        var textStart = 0
        var lineStart = 0
        var lastTagEnd = 0

        while let tagStart = find(delimiters.open, from: position) {
            if let newline = lastNewline(in: position..<tagStart) {
                lineStart = newline + 1
            }

            let tag = try scanTag(at: tagStart)
            var standaloneEnd: Int?
            if tag.kind.canStandalone && lastTagEnd <= lineStart
                && isBlank(lineStart..<tagStart)
            {
                standaloneEnd = lineEnd(after: tag.end)
            }

            let textEnd = standaloneEnd == nil ? tagStart : lineStart
            appendText(textStart..<textEnd)
            let indentation = standaloneEnd == nil ? [] : Array(source[lineStart..<tagStart])

            position = standaloneEnd ?? tag.end
            textStart = position
            lastTagEnd = tag.end
            if standaloneEnd != nil {
                lineStart = position
            }

            try handle(tag, indentation: indentation)
        }

        appendText(textStart..<source.count)

        if frames.count > 1, let open = frames.last {
            throw open.location.error(
                in: file,
                "unclosed \(open.kind.noun) '\(open.name)' opened at line \(open.location.line)"
                    + "; add {{/\(open.name)}}"
            )
        }
        return frames[0].nodes
    }

    private mutating func appendText(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        frames[frames.count - 1].nodes.append(.text(Array(source[range])))
    }
}
