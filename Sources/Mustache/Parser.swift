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

            var tag = try scanTag(at: tagStart)
            let firstOnLine = lastTagEnd <= lineStart && isBlank(lineStart..<tagStart)
            // Text inside a parent tag is ignored, so a block there may follow another tag.
            let afterParent =
                frames.last?.kind == .parent && isBlank(max(lineStart, lastTagEnd)..<tagStart)
            var standaloneEnd: Int?
            var emptyParentClose: Tag?
            if tag.kind.canStandalone && (firstOnLine || afterParent) {
                standaloneEnd = lineEnd(after: tag.end)
            }
            if tag.kind == .parent && firstOnLine && standaloneEnd == nil,
                let close = try closingTagOfEmptyParent(after: tag)
            {
                emptyParentClose = close
                standaloneEnd = lineEnd(after: close.end)
            }

            let textEnd = standaloneEnd == nil ? tagStart : max(textStart, lineStart)
            appendText(textStart..<textEnd)
            let indentation =
                standaloneEnd != nil && firstOnLine ? Array(source[lineStart..<tagStart]) : []

            position = standaloneEnd ?? tag.end
            textStart = position
            lastTagEnd = tag.end
            if standaloneEnd != nil {
                lineStart = position
            }

            try handle(tag, indentation: indentation)
            if let close = emptyParentClose {
                lastTagEnd = close.end
                tag = close
                try handle(tag, indentation: [])
            }
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

    /// `{{<name}}{{/name}}` alone on a line counts as one standalone tag, like a partial.
    private mutating func closingTagOfEmptyParent(after open: Tag) throws(MustacheError) -> Tag? {
        guard let next = find(delimiters.open, from: open.end), isBlank(open.end..<next) else {
            return nil
        }
        let close = try scanTag(at: next)
        guard close.kind == .close, close.content == open.content,
            lineEnd(after: close.end) != nil
        else { return nil }
        return close
    }

    private mutating func appendText(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        frames[frames.count - 1].nodes.append(.text(Array(source[range])))
    }
}
