import Testing

@testable import CommandLineKit

@Suite struct SpecValidatorTests {
    private static func flag(_ long: String, short: Character? = nil) -> OptionSpec {
        OptionSpec(long, short: short, help: "A flag.")
    }

    private static func tool(
        options: [OptionSpec] = [],
        positionals: [PositionalSpec] = [],
        subcommands: [CommandSpec] = [],
        defaultSubcommand: String? = nil
    ) -> CommandSpec {
        CommandSpec(
            "t",
            abstract: "A tool.",
            options: options,
            positionals: positionals,
            subcommands: subcommands,
            defaultSubcommand: defaultSubcommand
        )
    }

    @Test func theSampleTreesAreSound() {
        #expect(SpecValidator.problems(in: SampleCommands.cardpress) == [])
        #expect(SpecValidator.problems(in: SampleCommands.probe) == [])
    }

    @Test(arguments: [
        (tool(options: [flag("a"), flag("a")]), "t: --a is declared twice"),
        (
            tool(
                options: [flag("x")],
                subcommands: [CommandSpec("sub", abstract: "S.", options: [flag("x")])]
            ),
            "t sub: --x is already declared by 't'"
        ),
        (
            tool(options: [flag("one", short: "a"), flag("two", short: "a")]),
            "t: -a is used by both --one and --two"
        ),
        (
            tool(
                options: [flag("one", short: "a")],
                subcommands: [
                    CommandSpec("sub", abstract: "S.", options: [flag("two", short: "a")])
                ]
            ),
            "t sub: -a is used by both --one and --two"
        ),
        (tool(options: [flag("help")]), "t: --help: the name is reserved for the built-in option"),
        (
            tool(options: [flag("version")]),
            "t: --version: the name is reserved for the built-in option"
        ),
        (
            tool(options: [flag("hat", short: "h")]),
            "t: --hat: -h cannot be a short name (use an ASCII letter other than h)"
        ),
        (
            tool(options: [flag("one", short: "1")]),
            "t: --one: -1 cannot be a short name (use an ASCII letter other than h)"
        ),
        (
            tool(options: [flag("a=b")]),
            "t: --a=b: a long name must be a non-empty word without '=' or spaces"
        ),
        (
            tool(options: [flag("--")]),
            "t: --: a long name must be a non-empty word without '=' or spaces"
        ),
        (
            tool(options: [OptionSpec("f", help: "F.", defaultValue: "x")]),
            "t: --f: a flag cannot have choices or a default; give it a value placeholder"
        ),
        (
            tool(options: [OptionSpec("f", help: "F.", required: true)]),
            "t: --f: a flag cannot be required; give it a value placeholder"
        ),
        (
            tool(options: [
                OptionSpec(
                    "format", value: "F", help: "F.", choices: ["a", "b"], defaultValue: "c")
            ]),
            "t: --format: the default 'c' is not one of its choices"
        ),
        (
            tool(options: [OptionSpec("f", value: "F", help: "F.", choices: ["a", "b", "a"])]),
            "t: --f: a choice is listed twice"
        ),
        (
            tool(options: [
                OptionSpec("f", value: "F", help: "F.", defaultValue: "a", required: true)
            ]),
            "t: --f: a required option cannot have a default"
        ),
        (
            tool(positionals: [
                PositionalSpec("A", help: "A.", optional: true), PositionalSpec("B", help: "B."),
            ]),
            "t: required positional B follows an optional one"
        ),
        (
            tool(positionals: [
                PositionalSpec("A", help: "A.", variadic: true), PositionalSpec("B", help: "B."),
            ]),
            "t: variadic positional A must be the last one"
        ),
        (
            tool(positionals: [PositionalSpec("A", help: "A."), PositionalSpec("A", help: "A.")]),
            "t: positional A is declared twice"
        ),
        (
            tool(positionals: [PositionalSpec("A", help: "A.", choices: ["x", "x"])]),
            "t: positional A lists a choice twice"
        ),
        (
            tool(positionals: [PositionalSpec("MY FILE", help: "F.")]),
            "t: positional 'MY FILE' needs a name without spaces"
        ),
        (
            tool(subcommands: [CommandSpec("s", abstract: "S."), CommandSpec("s", abstract: "S.")]),
            "t: subcommand s is declared twice"
        ),
        (
            tool(subcommands: [CommandSpec("help", abstract: "H.")]),
            "t: 'help' cannot be a subcommand name"
        ),
        (
            tool(subcommands: [CommandSpec("-s", abstract: "S.")]),
            "t: '-s' cannot be a subcommand name"
        ),
        (
            tool(subcommands: [CommandSpec("s", abstract: "S.")], defaultSubcommand: "x"),
            "t: default subcommand 'x' is not one of its subcommands"
        ),
        (tool(defaultSubcommand: "x"), "t: default subcommand 'x' is not one of its subcommands"),
    ])
    func anInconsistentTreeIsReported(tree: CommandSpec, problem: String) {
        #expect(SpecValidator.problems(in: tree) == [problem])
    }

    @Test func everyProblemInTheTreeIsListedWithItsPath() {
        let tree = Self.tool(
            options: [Self.flag("a"), Self.flag("a")],
            subcommands: [
                CommandSpec(
                    "deep",
                    abstract: "D.",
                    subcommands: [
                        CommandSpec(
                            "er",
                            abstract: "E.",
                            positionals: [PositionalSpec("X", help: "X.", variadic: true)]
                                + [PositionalSpec("Y", help: "Y.")]
                        )
                    ],
                    defaultSubcommand: "missing"
                )
            ]
        )
        #expect(
            SpecValidator.problems(in: tree) == [
                "t: --a is declared twice",
                "t deep: default subcommand 'missing' is not one of its subcommands",
                "t deep er: variadic positional X must be the last one",
            ]
        )
    }

    @Test func siblingsMayShareOptionNamesAndLetters() {
        let tree = Self.tool(subcommands: [
            CommandSpec("a", abstract: "A.", options: [Self.flag("force", short: "f")]),
            CommandSpec("b", abstract: "B.", options: [Self.flag("force", short: "f")]),
        ])
        #expect(SpecValidator.problems(in: tree) == [])
    }

    @Test func aProgramNameWithSpacesIsReported() {
        let tree = CommandSpec("my tool", abstract: "T.")
        #expect(
            SpecValidator.problems(in: tree) == [
                "'my tool': a program name must be a word without spaces"
            ]
        )
    }

    @Test func theParserChecksTheTreeWhenMade() {
        let parser = CommandLineParser(root: SampleCommands.probe, version: "x")
        #expect(SpecValidator.problems(in: parser.root) == [])
    }
}
