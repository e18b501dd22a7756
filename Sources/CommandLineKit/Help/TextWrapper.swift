/// Fills words into lines no wider than a limit, for help text read in an 80-column terminal.
///
/// Width is counted in characters; a word longer than a line gets a line of its own rather
/// than being cut, so paths and URLs stay copyable.
enum TextWrapper {
    /// Wraps `words`, starting the first line with `prefix` and the others with `indent`.
    static func wrap(
        _ words: [String],
        width: Int,
        prefix: String = "",
        indent: String = ""
    ) -> [String] {
        var lines: [String] = []
        var line = prefix
        var lineHasWord = false

        for word in words where !word.isEmpty {
            let candidateWidth = line.count + (lineHasWord ? 1 : 0) + word.count
            if lineHasWord && candidateWidth > width {
                lines.append(line)
                line = indent
                lineHasWord = false
            }
            line += (lineHasWord ? " " : "") + word
            lineHasWord = true
        }

        if lineHasWord || lines.isEmpty { lines.append(line) }
        return lines.map(trimmingTrailingSpaces)
    }

    /// Wraps prose: paragraphs split on blank lines are filled; indented lines stay as written.
    static func paragraphs(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var pending: [String] = []

        func flush() {
            guard !pending.isEmpty else { return }
            let words = pending.flatMap { $0.split(separator: " ").map(String.init) }
            lines += wrap(words, width: width)
            pending = []
        }

        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            if line.allSatisfy(\.isWhitespace) {
                flush()
                if lines.last != "" && !lines.isEmpty { lines.append("") }
            } else if line.first?.isWhitespace == true {
                flush()
                lines.append(trimmingTrailingSpaces(line))
            } else {
                pending.append(line)
            }
        }
        flush()

        while lines.last == "" { lines.removeLast() }
        return lines
    }

    private static func trimmingTrailingSpaces(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
}
