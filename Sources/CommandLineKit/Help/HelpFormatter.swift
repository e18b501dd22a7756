/// Writes the `--help` text of one command: USAGE, abstract, discussion, ARGUMENTS, OPTIONS,
/// GLOBAL OPTIONS, SUBCOMMANDS and EXAMPLES, wrapped to 80 columns.
///
/// All two-column sections share one column so the page reads as a single table.
enum HelpFormatter {
    static let width = 80

    /// Labels wider than this push their help text to the next line.
    static let widestLabel = 24

    /// The help page for the last command of `chain`.
    static func text(for chain: [CommandSpec]) -> String {
        guard let command = chain.last else { return "" }
        let isRoot = chain.count == 1
        let programPath = chain.map(\.name).joined(separator: " ")

        let sections: [(title: String, rows: [HelpRow])] = [
            ("ARGUMENTS", command.positionals.map(HelpRow.init)),
            ("OPTIONS", command.options.map(HelpRow.init) + builtInRows(isRoot: isRoot)),
            ("GLOBAL OPTIONS", chain.dropLast().flatMap(\.options).map(HelpRow.init)),
            ("SUBCOMMANDS", subcommandRows(command)),
        ]
        let column = columnWidth(sections.flatMap(\.rows))

        var blocks: [[String]] = []
        let usage = TextWrapper.wrap(
            UsageLine.groups(for: chain),
            width: width,
            prefix: "USAGE: ",
            indent: "       "
        )
        blocks.append(usage)
        if !command.abstract.isEmpty {
            blocks.append(TextWrapper.paragraphs(command.abstract, width: width))
        }
        if !command.discussion.isEmpty {
            blocks.append(TextWrapper.paragraphs(command.discussion, width: width))
        }
        for section in sections where !section.rows.isEmpty {
            var lines = ["\(section.title):"]
            lines += section.rows.flatMap { $0.lines(column: column, width: width) }
            if section.title == "SUBCOMMANDS" {
                lines += ["", "  See '\(programPath) help <subcommand>' for detailed help."]
            }
            blocks.append(lines)
        }
        if !command.examples.isEmpty {
            blocks.append(["EXAMPLES:"] + command.examples.flatMap(exampleLines))
        }

        return blocks.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    /// An example command, broken before 80 columns with shell line continuations so
    /// the lines still paste into a terminal as one command.
    static func exampleLines(_ example: String) -> [String] {
        let line = "  " + example
        guard line.count > width else { return [line] }

        let words = shellWords(example)
        let lines = TextWrapper.wrap(words, width: width - 2, prefix: "  ", indent: "      ")
        return lines.enumerated().map { offset, text in
            offset == lines.count - 1 ? text : text + " \\"
        }
    }

    /// Splits at spaces outside quotes, so a quoted argument is never broken across lines
    /// (a continuation inside quotes would add the indent to the argument).
    static func shellWords(_ text: String) -> [String] {
        var words: [String] = []
        var word = ""
        var quote: Character?

        for character in text {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == " " {
                if !word.isEmpty { words.append(word) }
                word = ""
                continue
            }
            word.append(character)
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    private static func builtInRows(isRoot: Bool) -> [HelpRow] {
        var rows = [HelpRow(label: "-h, --help", help: "Show help for this command.")]
        if isRoot {
            rows.append(HelpRow(label: "    --version", help: "Show the version."))
        }
        return rows
    }

    private static func subcommandRows(_ command: CommandSpec) -> [HelpRow] {
        command.subcommands.map { child in
            let isDefault = child.name == command.defaultSubcommand
            return HelpRow(
                label: child.name,
                help: child.abstract + (isDefault ? " (default)" : "")
            )
        }
    }

    /// The column where help text starts: after the widest label that fits, plus a gap.
    private static func columnWidth(_ rows: [HelpRow]) -> Int {
        let widest = rows.map(\.label.count).filter { $0 <= widestLabel }.max() ?? widestLabel
        return HelpRow.indent.count + widest + 2
    }
}
