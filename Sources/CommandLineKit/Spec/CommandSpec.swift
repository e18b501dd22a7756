/// A command or subcommand: its options, positionals, children and help text.
public struct CommandSpec: Sendable, Equatable {
    /// The word that selects the command, e.g. `build`; the root holds the program name.
    public let name: String

    /// One line shown under USAGE and in the parent's SUBCOMMANDS list.
    public let abstract: String

    /// Longer help; paragraphs are separated by blank lines, indented lines are kept as is.
    public let discussion: String

    /// Options of this command; its subcommands accept them too.
    public let options: [OptionSpec]

    /// Positional arguments, required ones first.
    public let positionals: [PositionalSpec]

    /// Child commands, selected by the first positional word.
    public let subcommands: [CommandSpec]

    /// Complete command lines shown under EXAMPLES.
    public let examples: [String]

    /// The child run when no subcommand is named; without it a missing subcommand is an error.
    public let defaultSubcommand: String?

    /// Declares a command; the tree is checked for mistakes when a parser is made from it.
    public init(
        _ name: String,
        abstract: String,
        discussion: String = "",
        options: [OptionSpec] = [],
        positionals: [PositionalSpec] = [],
        subcommands: [CommandSpec] = [],
        examples: [String] = [],
        defaultSubcommand: String? = nil
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.options = options
        self.positionals = positionals
        self.subcommands = subcommands
        self.examples = examples
        self.defaultSubcommand = defaultSubcommand
    }
}

extension CommandSpec {
    /// The child named `name`, if any.
    public func subcommand(named name: String) -> CommandSpec? {
        subcommands.first { $0.name == name }
    }

    /// The child run when no subcommand is named, if one is declared.
    var defaultChild: CommandSpec? {
        defaultSubcommand.flatMap { subcommand(named: $0) }
    }

    /// The option with this long name declared on this command itself.
    func option(long: String) -> OptionSpec? {
        options.first { $0.long == long }
    }

    /// The option with this short name declared on this command itself.
    func option(short: Character) -> OptionSpec? {
        options.first { $0.short == short }
    }
}
