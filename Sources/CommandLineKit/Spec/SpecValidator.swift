/// Finds mistakes in a command tree that would make parsing ambiguous or help misleading.
///
/// These are programmer errors, so they are reported as sentences naming the command and
/// the option, for the precondition in `CommandLineParser.init` and for tests.
enum SpecValidator {
    /// Names reserved for the built-in `--help`, `-h` and `--version`.
    static let reservedLongNames: Set<String> = ["help", "version"]

    /// Every problem in the tree, each naming the command path; empty when it is sound.
    static func problems(in root: CommandSpec) -> [String] {
        var found: [String] = []
        if !isWord(root.name) {
            found.append("'\(root.name)': a program name must be a word without spaces")
        }
        return found + problems(in: root, path: [root.name], inherited: [:], inheritedShorts: [:])
    }

    /// Checks one command; `inherited` maps the long names of ancestors' options to the
    /// command declaring them, since a subcommand accepts those options too.
    private static func problems(
        in command: CommandSpec,
        path: [String],
        inherited: [String: String],
        inheritedShorts: [Character: String]
    ) -> [String] {
        let place = path.joined(separator: " ")
        var found: [String] = []
        var longs = inherited
        var shorts = inheritedShorts

        for option in command.options {
            found += optionProblems(option).map { "\(place): --\(option.long): \($0)" }
            if let owner = longs[option.long] {
                let twice =
                    owner == place
                    ? "is declared twice" : "is already declared by '\(owner)'"
                found.append("\(place): --\(option.long) \(twice)")
            }
            longs[option.long] = place
            if let short = option.short {
                if let other = shorts[short] {
                    found.append(
                        "\(place): -\(short) is used by both --\(other) and --\(option.long)")
                }
                shorts[short] = option.long
            }
        }

        found += positionalProblems(command.positionals).map { "\(place): \($0)" }
        found += subcommandProblems(command).map { "\(place): \($0)" }

        for child in command.subcommands {
            found += problems(
                in: child,
                path: path + [child.name],
                inherited: longs,
                inheritedShorts: shorts
            )
        }
        return found
    }

    /// Whether a name can be typed as one shell word: non-empty, no spaces or `=`.
    private static func isWord(_ name: String) -> Bool {
        !name.isEmpty && !name.contains { $0.isWhitespace || $0 == "=" }
    }

    private static func optionProblems(_ option: OptionSpec) -> [String] {
        var found: [String] = []
        if !isWord(option.long) {
            found.append("a long name must be a non-empty word without '=' or spaces")
        }
        if reservedLongNames.contains(option.long) {
            found.append("the name is reserved for the built-in option")
        }
        if let short = option.short, short == "h" || !short.isLetter || !short.isASCII {
            found.append("-\(short) cannot be a short name (use an ASCII letter other than h)")
        }
        if option.isFlag && option.isRequired {
            found.append("a flag cannot be required; give it a value placeholder")
        }
        if Set(option.choices).count != option.choices.count {
            found.append("a choice is listed twice")
        }
        if option.isFlag && (!option.choices.isEmpty || option.defaultValue != nil) {
            found.append("a flag cannot have choices or a default; give it a value placeholder")
        }
        if let value = option.defaultValue, !option.choices.isEmpty,
            !option.choices.contains(value)
        {
            found.append("the default '\(value)' is not one of its choices")
        }
        if option.isRequired && option.defaultValue != nil {
            found.append("a required option cannot have a default")
        }
        return found
    }

    private static func positionalProblems(_ positionals: [PositionalSpec]) -> [String] {
        var found: [String] = []
        var names: Set<String> = []
        var seenOptional = false

        for (offset, positional) in positionals.enumerated() {
            if !isWord(positional.name) {
                found.append("positional '\(positional.name)' needs a name without spaces")
            }
            if Set(positional.choices).count != positional.choices.count {
                found.append("positional \(positional.name) lists a choice twice")
            }
            if !names.insert(positional.name).inserted {
                found.append("positional \(positional.name) is declared twice")
            }
            if positional.isVariadic && offset != positionals.count - 1 {
                found.append("variadic positional \(positional.name) must be the last one")
            }
            if seenOptional && !positional.isOptional {
                found.append("required positional \(positional.name) follows an optional one")
            }
            seenOptional = seenOptional || positional.isOptional
        }
        return found
    }

    private static func subcommandProblems(_ command: CommandSpec) -> [String] {
        var found: [String] = []
        var names: Set<String> = []

        for child in command.subcommands {
            if !names.insert(child.name).inserted {
                found.append("subcommand \(child.name) is declared twice")
            }
            if child.name == "help" || child.name.hasPrefix("-") || !isWord(child.name) {
                found.append("'\(child.name)' cannot be a subcommand name")
            }
        }
        if let name = command.defaultSubcommand, command.subcommand(named: name) == nil {
            found.append("default subcommand '\(name)' is not one of its subcommands")
        }
        return found
    }
}
