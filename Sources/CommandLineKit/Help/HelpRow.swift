/// One line of a two-column help section: a label such as `-o, --output DIR` and its help.
struct HelpRow: Equatable {
    static let indent = "  "

    let label: String
    let help: String

    init(label: String, help: String) {
        self.label = label
        self.help = help
    }

    /// Lines for this row, help starting at `column` and wrapped to `width`.
    func lines(column: Int, width: Int) -> [String] {
        let head = Self.indent + label
        let words = help.split(whereSeparator: \.isWhitespace).map(String.init)
        let hanging = String(repeating: " ", count: column)

        if head.count + 2 > column {
            guard !words.isEmpty else { return [head] }
            return [head] + TextWrapper.wrap(words, width: width, prefix: hanging, indent: hanging)
        }
        let padded = head + String(repeating: " ", count: column - head.count)
        return TextWrapper.wrap(words, width: width, prefix: padded, indent: hanging)
    }
}

extension HelpRow {
    /// A row for an option, its default and choices appended so users need not guess them.
    init(_ option: OptionSpec) {
        let short = option.short.map { "-\($0), " } ?? "    "
        let value = option.value.map { " \($0)" } ?? ""
        let repeats = option.repeatable ? " ..." : ""
        self.init(
            label: short + "--\(option.long)" + value + repeats,
            help: option.help + Self.extras(choices: option.choices, default: option.defaultValue)
                + (option.isRequired ? " (required)" : "")
        )
    }

    /// A row for a positional, its choices appended.
    init(_ positional: PositionalSpec) {
        self.init(
            label: positional.synopsis,
            help: positional.help + Self.extras(choices: positional.choices, default: nil)
        )
    }

    private static func extras(choices: [String], default value: String?) -> String {
        var text = ""
        if !choices.isEmpty { text += " (values: \(choices.joined(separator: ", ")))" }
        if let value { text += " (default: \(value))" }
        return text
    }
}
