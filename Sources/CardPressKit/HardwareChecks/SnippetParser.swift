import CXXHash

/// Reads the hardware-check snippets of a post; every problem is reported at the line of its
/// fenced block, and a snippet with a problem is left out.
enum SnippetParser {
    static let attributes = [
        "id", "expect-exit", "expect-json", "expect-text", "requires-reader", "requires-feature",
        "reproduces",
    ]

    static func snippets(of post: Post, log: DiagnosticLog) -> [ProbeSnippet] {
        var snippets: [ProbeSnippet] = []
        var seen: [String: Int] = [:]
        for block in post.fencedBlocks {
            let location = SourceLocation(file: post.sourcePath, line: block.line, column: 1)
            guard let snippet = snippet(block, at: location, log: log) else { continue }
            if let first = seen[snippet.id] {
                log.error(
                    "a check with id '\(snippet.id)' already opens at line \(first); "
                        + "give each check of a post its own id",
                    at: location)
                continue
            }
            seen[snippet.id] = block.line
            snippets.append(snippet)
        }
        return snippets
    }

    static func snippet(
        _ block: MarkdownRenderer.FencedBlock,
        at location: SourceLocation,
        log: DiagnosticLog
    ) -> ProbeSnippet? {
        let errorsBefore = log.errors.count
        let words: [String]
        do {
            words = try CommandWords.split(block.info)
        } catch {
            log.error("the info string has an unclosed quote", at: location)
            return nil
        }

        var values: [String: String] = [:]
        var expectations: [SnippetExpectation] = []
        for word in words.dropFirst() {
            guard let equals = word.firstIndex(of: "=") else {
                log.error("'\(word)' is not an attribute; write key=value", at: location)
                continue
            }
            let key = String(word[..<equals])
            let value = String(word[word.index(after: equals)...])
            guard attributes.contains(key) else {
                let known = attributes.joined(separator: ", ")
                log.error("unknown check attribute '\(key)' (expected \(known))", at: location)
                continue
            }
            values[key] = value
            if let expectation = expectation(key: key, value: value, at: location, log: log) {
                expectations.append(expectation)
            }
        }

        let id = values["id"] ?? ""
        if id.isEmpty || Slug.make(id) != id.lowercased() {
            log.error(
                id.isEmpty
                    ? "the check has no id; add id=NAME after '\(ProbeSnippet.fence)'"
                    : "check id '\(id)' may hold only letters, digits and dashes",
                at: location)
        }

        let lines = block.literal.split(separator: "\n").map { String($0).trimmingWhitespace() }
            .filter { !$0.isEmpty }
        var commandLine = lines.first ?? ""
        if lines.count > 1 {
            log.error(
                "a check holds one probe command, this one has \(lines.count) lines; "
                    + "split it into several checks", at: location)
        }
        if commandLine.hasPrefix(ProbeSnippet.fence + " ") {
            commandLine = String(commandLine.dropFirst(ProbeSnippet.fence.count + 1))
        }
        var arguments: [String] = []
        do {
            arguments = try CommandWords.split(commandLine)
        } catch {
            log.error("the command '\(commandLine)' has an unclosed quote", at: location)
        }
        if let problem = ProbeCommandRules.problem(with: arguments),
            log.errors.count == errorsBefore
        {
            log.error(problem, at: location)
        }
        guard log.errors.count == errorsBefore else { return nil }

        return ProbeSnippet(
            id: id, commandLine: commandLine, arguments: arguments, expectations: expectations,
            requiredReader: values["requires-reader"], requiredFeature: values["requires-feature"],
            reproduces: values["reproduces"],
            hash: hash(block.info + "\n" + block.literal), location: location)
    }

    /// A short, stable hash of a snippet's text (XXH3, 64 bits, hex).
    static func hash(_ text: String) -> String {
        var bytes = Array(text.utf8)
        let value = bytes.withUnsafeMutableBytes { buffer in
            XXH3_64bits(buffer.baseAddress, buffer.count)
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    private static func expectation(
        key: String,
        value: String,
        at location: SourceLocation,
        log: DiagnosticLog
    ) -> SnippetExpectation? {
        switch key {
        case "expect-exit":
            guard let status = Int(value), (0...255).contains(status) else {
                log.error(
                    "expect-exit must be an exit status from 0 to 255, not '\(value)'",
                    at: location)
                return nil
            }
            return .exitStatus(status)
        case "expect-json":
            guard let equals = value.firstIndex(of: "="), equals != value.startIndex else {
                log.error(
                    "expect-json must be PATH=VALUE (e.g. \"readers.0.name=Virtual Reader\"), "
                        + "not '\(value)'", at: location)
                return nil
            }
            return .json(
                path: String(value[..<equals]), value: String(value[value.index(after: equals)...]))
        case "expect-text":
            guard !value.isEmpty else {
                log.error("expect-text needs the text the output must contain", at: location)
                return nil
            }
            return .text(value)
        default:
            return nil
        }
    }
}
