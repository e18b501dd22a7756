@testable import CommandLineKit

/// Command trees shaped like the two real executables, shared by the tests.
enum SampleCommands {
    static let cardpress = CommandSpec(
        "cardpress",
        abstract: "Build the smart card knowledge base.",
        discussion: """
            CardPress reads Markdown posts from posts/ and renders them through a theme into \
            a static site with archives, feeds and a sitemap.

            Exit status:
              0  the work succeeded
              2  the command line is wrong
            """,
        options: [
            OptionSpec("verbose", short: "v", help: "Print a timing line per stage."),
            OptionSpec("quiet", short: "q", help: "Print nothing but errors."),
        ],
        subcommands: [
            CommandSpec(
                "build",
                abstract: "Render the site into static pages.",
                options: [
                    OptionSpec(
                        "site", short: "s", value: "DIR", help: "The site folder.",
                        defaultValue: "."),
                    OptionSpec(
                        "output", short: "o", value: "DIR", help: "Where pages go.",
                        defaultValue: "public"),
                    OptionSpec("drafts", short: "d", help: "Include draft posts."),
                ]
            ),
            CommandSpec(
                "import",
                abstract: "Bring posts in from another platform.",
                subcommands: [
                    CommandSpec(
                        "blogger",
                        abstract: "Import a Blogger export.",
                        options: [OptionSpec("into", value: "DIR", help: "Target folder.")],
                        positionals: [PositionalSpec("FILE", help: "The Atom export.")]
                    )
                ]
            ),
            CommandSpec(
                "check",
                abstract: "Check the built site.",
                subcommands: [
                    CommandSpec(
                        "links",
                        abstract: "Check every link.",
                        options: [
                            OptionSpec("legacy", value: "FILE", help: "Old URLs to keep alive.")
                        ]
                    )
                ],
                defaultSubcommand: "links"
            ),
            CommandSpec(
                "hwcheck",
                abstract: "Run the hardware checks of posts.",
                options: [
                    OptionSpec("reader", value: "PATTERN", help: "Reader name pattern."),
                    OptionSpec(
                        "label", value: "NAME", help: "Only checks with this label.",
                        repeatable: true),
                ],
                positionals: [
                    PositionalSpec("POST", help: "Posts to check.", optional: true, variadic: true)
                ]
            ),
        ],
        examples: [
            "cardpress build --drafts",
            "cardpress hwcheck --reader \"ACS ACR122U PICC Interface\" --label ccid --label nfc "
                + "posts/2024/nfc.md",
        ]
    )

    static let probe = CommandSpec(
        "pcsc-probe",
        abstract: "Probe PC/SC readers and cards.",
        options: [OptionSpec("json", help: "Print JSON.")],
        subcommands: [
            CommandSpec("readers", abstract: "List readers."),
            CommandSpec(
                "wait",
                abstract: "Wait for a reader or card event.",
                options: [
                    OptionSpec("reader", value: "NAME", help: "The reader to watch."),
                    OptionSpec("timeout", value: "S", help: "Seconds to wait."),
                ],
                positionals: [
                    PositionalSpec(
                        "EVENT", help: "What to wait for.",
                        choices: ["reader", "card", "removal"])
                ]
            ),
            CommandSpec(
                "transmit",
                abstract: "Send APDUs to a card.",
                options: [
                    OptionSpec("reader", value: "NAME", help: "The reader.", required: true),
                    OptionSpec("allow-writes", help: "Allow APDUs that write."),
                ],
                positionals: [PositionalSpec("APDU", help: "Hex APDUs.", variadic: true)]
            ),
            CommandSpec(
                "race-check",
                abstract: "Look for races.",
                options: [
                    OptionSpec("rounds", value: "N", help: "How many rounds.", defaultValue: "100"),
                    OptionSpec(
                        "format", value: "FORMAT", help: "Report format.",
                        choices: ["text", "json"], defaultValue: "text"),
                ]
            ),
        ]
    )

    static let cardpressParser = CommandLineParser(root: cardpress, version: "1.2.3")
    static let probeParser = CommandLineParser(root: probe, version: "0.9")
}

/// Parses with `parser` and returns the command it chose, failing on help or version.
func command(
    _ arguments: [String],
    with parser: CommandLineParser = SampleCommands.cardpressParser
) throws -> ParsedCommand {
    guard case .run(let parsed) = try parser.parse(arguments) else {
        throw UnexpectedOutcome(arguments: arguments)
    }
    return parsed
}

/// The error parsing `arguments` raised, or `nil` if parsing succeeded.
func parseError(
    _ arguments: [String],
    with parser: CommandLineParser = SampleCommands.cardpressParser
) -> CommandLineError? {
    do {
        _ = try parser.parse(arguments)
        return nil
    } catch {
        return error
    }
}

struct UnexpectedOutcome: Error {
    let arguments: [String]
}
