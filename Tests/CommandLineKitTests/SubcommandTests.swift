import Testing

@testable import CommandLineKit

@Suite struct SubcommandTests {
    /// `tool` runs `serve start` unless told otherwise; `start` takes an optional PORT.
    static let nestedDefaults = CommandLineParser(
        root: CommandSpec(
            "tool",
            abstract: "A tool.",
            options: [OptionSpec("config", short: "c", value: "FILE", help: "Config file.")],
            subcommands: [
                CommandSpec(
                    "serve",
                    abstract: "Serve.",
                    subcommands: [
                        CommandSpec(
                            "start",
                            abstract: "Start.",
                            options: [OptionSpec("port-file", value: "FILE", help: "Port file.")],
                            positionals: [PositionalSpec("PORT", help: "Port.", optional: true)]
                        ),
                        CommandSpec("stop", abstract: "Stop."),
                    ],
                    defaultSubcommand: "start"
                ),
                CommandSpec("status", abstract: "Status."),
            ],
            defaultSubcommand: "serve"
        ),
        version: "1"
    )

    @Test func nestedSubcommandsAreWalkedInOrder() throws {
        let parsed = try command(["import", "blogger", "export.xml", "--into", "posts"])
        #expect(parsed.path == ["cardpress", "import", "blogger"])
        #expect(parsed.positional("FILE") == "export.xml")
        #expect(parsed.value("into") == "posts")
    }

    @Test func aDefaultSubcommandRunsWhenNoneIsNamed() throws {
        #expect(try command(["check"]).path == ["cardpress", "check", "links"])
    }

    @Test func optionsOfTheDefaultSubcommandAreAcceptedBeforeIt() throws {
        let parsed = try command(["check", "--legacy", "old.txt"])
        #expect(parsed.path == ["cardpress", "check", "links"])
        #expect(parsed.value("legacy") == "old.txt")
    }

    @Test(arguments: [
        ["-v", "build", "-q"],
        ["build", "--verbose", "--quiet"],
        ["build", "-vq"],
        ["--quiet", "build", "--verbose"],
    ])
    func parentOptionsAreAcceptedBeforeAndAfterTheSubcommand(arguments: [String]) throws {
        let parsed = try command(arguments)
        #expect(parsed.path == ["cardpress", "build"])
        #expect(parsed.flag("verbose"))
        #expect(parsed.flag("quiet"))
    }

    @Test func rootOptionsReachTheDeepestCommand() throws {
        let parsed = try command(["import", "blogger", "-v", "a.xml"])
        #expect(parsed.flag("verbose"))
        #expect(parsed.positional("FILE") == "a.xml")
    }

    @Test(arguments: [
        (["help"], ["cardpress"]),
        (["help", "build"], ["cardpress", "build"]),
        (["help", "import", "blogger"], ["cardpress", "import", "blogger"]),
        (["import", "help", "blogger"], ["cardpress", "import", "blogger"]),
        (["--help"], ["cardpress"]),
        (["build", "--help"], ["cardpress", "build"]),
        (["import", "blogger", "-h"], ["cardpress", "import", "blogger"]),
        (["build", "-dh"], ["cardpress", "build"]),
        (["build", "--output", "x", "--help"], ["cardpress", "build"]),
        (["check", "-h"], ["cardpress", "check"]),
    ])
    func helpIsAnsweredAtEveryLevel(arguments: [String], page: [String]) throws {
        let parser = SampleCommands.cardpressParser
        let outcome = try parser.parse(arguments)
        #expect(outcome == .help(parser.helpText(for: page)))
    }

    @Test func helpWinsOverAMissingRequiredOption() throws {
        let parser = SampleCommands.probeParser
        let outcome = try parser.parse(["transmit", "--help"])
        #expect(outcome == .help(parser.helpText(for: ["transmit"])))
    }

    @Test func helpAfterDoubleDashIsAPositional() throws {
        let parsed = try command(["hwcheck", "--", "--help"])
        #expect(parsed.positionals("POST") == ["--help"])
    }

    @Test func theVersionIsAnsweredOnTheRootOnly() throws {
        #expect(try SampleCommands.cardpressParser.parse(["--version"]) == .version("1.2.3"))
        #expect(parseError(["build", "--version"])?.message == "unknown option '--version'")
    }

    @Test func aWordForADefaultChainWalksDownToTheCommandTakingIt() throws {
        let parser = Self.nestedDefaults
        #expect(try command([], with: parser).path == ["tool", "serve", "start"])
        #expect(try command(["stop"], with: parser).path == ["tool", "serve", "stop"])
        #expect(try command(["status"], with: parser).path == ["tool", "status"])

        let started = try command(["8080", "-c", "a.conf"], with: parser)
        #expect(started.path == ["tool", "serve", "start"])
        #expect(started.positional("PORT") == "8080")
        #expect(started.value("config") == "a.conf")
    }

    @Test func optionsOfADefaultTwoLevelsDownAreAccepted() throws {
        let parsed = try command(["--port-file", "p.txt"], with: Self.nestedDefaults)
        #expect(parsed.path == ["tool", "serve", "start"])
        #expect(parsed.value("port-file") == "p.txt")
    }

    @Test func aNamedSubcommandStopsDefaultOptionsFromBeingGuessed() {
        let error = parseError(["status", "--port-file", "p"], with: Self.nestedDefaults)
        #expect(error?.message == "unknown option '--port-file'")
    }
}
