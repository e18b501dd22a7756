/// Finds mistakes in a command tree that would make parsing ambiguous or help misleading.
///
/// These are programmer errors, so they are reported as sentences naming the command and
/// the option, for the precondition in `CommandLineParser.init` and for tests.
enum SpecValidator {
    /// Names reserved for the built-in `--help`, `-h` and `--version`.
    static let reservedLongNames: Set<String> = ["help", "version"]

    /// Every problem in the tree, each naming the command path; empty when it is sound.
    static func problems(in root: CommandSpec) -> [String] {
        problems(in: root, path: [root.name], inheritedShorts: [:])
    }

    private static func problems(
        in command: CommandSpec,
        path: [String],
        inheritedShorts: [Character: String]
    ) -> [String] {
        let place = path.joined(separator: " ")
        var found: [String] = []
        var shorts = inheritedShorts
        var longs: Set<String> = []

        for option in command.options {
            found += optionProblems(option).map { "\(place): --\(option.long): \($0)" }
            if !longs.insert(option.long).inserted {
                found.append("\(place): --\(option.long) is declared twice")
            }
            if let short = option.short {
                if let other = shorts[short] {
                    found.append("\(place): -\(short) is used by both --\(other) and --\(option.long)")
                }
                shorts[short] = option.long
            }
        }

        found += positionalProblems(command.positionals).map { "\(place): \($0)" }
        found += subcommandProblems(command).map { "\(place): \($0)" }

        for child in command.subcommands {
            found += problems(in: child, path: path + [child.name], inheritedShorts: shorts)
        }
        return found
    }

    private static func optionProblems(_ option: OptionSpec) -> [String] {
        var found: [String] = []
        if option.long.isEmpty || option.long.contains(where: { $0 == "=" || $0 == " " }) {
            found.append("a long name must be a non-empty word without '=' or spaces")
        }
        if reservedLongNames.contains(option.long) {
            found.append("the name is reserved for the built-in option")
        }
        if let short = option.short, short == "h" || short == "-" || short.isNumber {
            found.append("-\(short) cannot be a short name (reserved or read as a number)")
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
            if child.name == "help" || child.name.hasPrefix("-") || child.name.isEmpty {
                found.append("'\(child.name)' cannot be a subcommand name")
            }
        }
        if let name = command.defaultSubcommand, command.subcommand(named: name) == nil {
            found.append("default subcommand '\(name)' is not one of its subcommands")
        }
        return found
    }
}
