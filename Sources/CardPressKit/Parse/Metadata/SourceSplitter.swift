/// Separates a post file into its metadata and its body.
///
/// Two metadata forms are understood: YAML front matter between `---` lines, and Nikola's
/// comment block (`<!--`, then `.. key: value` lines, then `-->`). A post without either may
/// take its metadata from a `.meta` sidecar, in either form (Nikola's two-file posts).
public enum SourceSplitter {
    public struct Split: Sendable {
        public var metadata: MetadataBlock?
        public var body: String
        /// The 1-based line of the file where the body starts.
        public var bodyLine: Int
    }

    public static func split(_ text: String, file: String) throws(Diagnostic) -> Split {
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        if text.hasPrefix("---\n") || text.hasPrefix("---\r\n") {
            return try frontMatter(text, file: file)
        }
        if text.hasPrefix("<!--"), let split = nikolaComment(text, file: file) {
            return split
        }
        return Split(metadata: nil, body: text, bodyLine: 1)
    }

    /// Reads a `.meta` sidecar: YAML front matter, a Nikola comment block, bare
    /// `.. key: value` lines, or bare YAML `key: value` lines.
    public static func sidecar(_ text: String, file: String) throws(Diagnostic) -> MetadataBlock {
        let split = try split(text, file: file)
        if let metadata = split.metadata { return metadata }

        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let nikola = nikolaLines(lines, firstLine: 1, file: file)
        guard nikola.entries.isEmpty else { return nikola }
        return try yamlBlock(text, firstLine: 1, file: file)
    }

    private static func frontMatter(_ text: String, file: String) throws(Diagnostic) -> Split {
        let parts = text.withUTF8Bytes { bytes in
            closingFence(in: bytes).map { fence in
                (
                    yaml: String(decoding: bytes[fence.yaml], as: UTF8.self),
                    body: String(decoding: bytes[fence.bodyStart...], as: UTF8.self),
                    bodyLine: fence.bodyLine
                )
            }
        }
        guard let parts else {
            throw Diagnostic.error(
                "front matter opened with '---' is never closed; add a '---' line after it",
                at: SourceLocation(file: file, line: 1, column: 1))
        }
        return Split(
            metadata: try yamlBlock(parts.yaml, firstLine: 2, file: file),
            body: parts.body, bodyLine: parts.bodyLine)
    }

    /// Finds the `---` (or `...`) line that closes the front matter, scanning bytes line by
    /// line: the YAML between the fences, where the body starts, and the body's line number.
    private static func closingFence(
        in bytes: UnsafeBufferPointer<UInt8>
    ) -> (yaml: Range<Int>, bodyStart: Int, bodyLine: Int)? {
        guard let firstNewline = nextNewline(in: bytes, from: 0) else { return nil }
        let yamlStart = firstNewline + 1
        var lineStart = yamlStart
        var line = 2
        while lineStart < bytes.count {
            let newline = nextNewline(in: bytes, from: lineStart)
            var end = newline ?? bytes.count
            if end > lineStart, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            if end - lineStart == 3, isFence(bytes[lineStart]),
                bytes[lineStart + 1] == bytes[lineStart],
                bytes[lineStart + 2] == bytes[lineStart]
            {
                let yamlEnd = max(yamlStart, lineStart - 1)
                return (yamlStart..<yamlEnd, newline.map { $0 + 1 } ?? bytes.count, line + 1)
            }
            guard let newline else { return nil }
            lineStart = newline + 1
            line += 1
        }
        return nil
    }

    private static func nextNewline(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        bytes.firstOffset(of: "\n", from: start)
    }

    /// `-` or `.`, the two characters a fence line repeats three times.
    private static func isFence(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    /// A YAML mapping whose first line is line `firstLine` of `file`.
    private static func yamlBlock(
        _ yaml: String,
        firstLine: Int,
        file: String
    ) throws(Diagnostic) -> MetadataBlock {
        let offset = firstLine - 1
        let node: YAMLNode?
        do {
            node = try YAMLParser.parse(yaml)
        } catch {
            throw Diagnostic.error(
                "invalid YAML in the metadata: \(error.message)",
                at: SourceLocation(file: file, line: error.line + offset, column: error.column))
        }
        var entries: [MetadataBlock.Entry] = []
        if let node {
            guard let pairs = node.mapping else {
                throw Diagnostic.error(
                    "metadata must be `key: value` lines, not \(node.kindName)",
                    at: SourceLocation(file: file, line: node.line + offset, column: node.column))
            }
            for pair in pairs {
                let location = SourceLocation(
                    file: file, line: pair.key.line + offset, column: pair.key.column)
                entries.append(
                    .init(
                        key: pair.key.scalar ?? "", value: pair.value,
                        location: location))
            }
        }
        return MetadataBlock(entries: entries, file: file, lineOffset: offset)
    }

    private static func nikolaComment(_ text: String, file: String) -> Split? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let end = lines.firstIndex(where: { $0.contains("-->") }) else { return nil }
        let inner = lines[1..<end]
        let hasKeys = inner.contains { $0.trimmingLeadingSpaces().hasPrefix(".. ") }
        guard hasKeys else { return nil }
        let block = nikolaLines(Array(inner), firstLine: 2, file: file)
        let body = lines[(end + 1)...].joined(separator: "\n")
        return Split(metadata: block, body: body, bodyLine: end + 2)
    }

    /// `.. key: value` lines; a value is kept as a quoted scalar (Nikola values are text).
    private static func nikolaLines(
        _ lines: [Substring],
        firstLine: Int,
        file: String
    ) -> MetadataBlock {
        var entries: [MetadataBlock.Entry] = []
        for (index, rawLine) in lines.enumerated() {
            let line = rawLine.trimmingLeadingSpaces()
            guard line.hasPrefix(".. ") else { continue }
            let content = line.dropFirst(3)
            guard let colon = content.firstIndex(of: ":") else { continue }
            let key = content[..<colon].trimmingCharacters()
            var value = content[content.index(after: colon)...].trimmingCharacters()
            if value.hasSuffix("\r") { value.removeLast() }
            let lineNumber = firstLine + index
            let column = rawLine.count - line.count + 4 + key.count + 2
            let node = YAMLNode(.scalar(value, quoted: true), line: lineNumber, column: column)
            entries.append(
                .init(
                    key: key, value: node,
                    location: SourceLocation(file: file, line: lineNumber, column: 4)))
        }
        return MetadataBlock(entries: entries, file: file, lineOffset: 0)
    }
}

extension Substring {
    fileprivate func trimmingLeadingSpaces() -> Substring {
        drop { $0 == " " || $0 == "\t" }
    }

    fileprivate func trimmingCharacters() -> String {
        var slice = self.drop { $0 == " " || $0 == "\t" }
        while let last = slice.last, last == " " || last == "\t" || last == "\r" {
            slice = slice.dropLast()
        }
        return String(slice)
    }
}
