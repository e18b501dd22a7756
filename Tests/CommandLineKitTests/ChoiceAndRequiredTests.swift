import Testing

@testable import CommandLineKit

@Suite struct ChoiceAndRequiredTests {
    /// A root with a required `--site` its subcommand inherits, and a repeatable choice option.
    static let parser = CommandLineParser(
        root: CommandSpec(
            "tool",
            abstract: "A tool.",
            options: [OptionSpec("site", value: "DIR", help: "Site.", required: true)],
            subcommands: [
                CommandSpec(
                    "run",
                    abstract: "Run.",
                    options: [
                        OptionSpec(
                            "format",
                            short: "f",
                            value: "FORMAT",
                            help: "Formats.",
                            repeatable: true,
                            choices: ["html", "rss", "json"]
                        )
                    ]
                )
            ]
        ),
        version: "1"
    )

    @Test(arguments: ["text", "json"])
    func aDeclaredChoiceIsAccepted(format: String) throws {
        let parsed = try command(
            ["race-check", "--format", format], with: SampleCommands.probeParser)
        #expect(parsed.value("format") == format)
    }

    @Test func aChoiceOptionNotGivenReportsItsDefault() throws {
        let parsed = try command(["race-check"], with: SampleCommands.probeParser)
        #expect(parsed.value("format") == "text")
        #expect(!parsed.isGiven("format"))
    }

    @Test(arguments: [["--format=xml"], ["--format", "JSON"], ["--format", ""]])
    func aValueOutsideTheChoicesIsRejected(option: [String]) {
        let error = parseError(["race-check"] + option, with: SampleCommands.probeParser)
        #expect(error?.message.hasPrefix("invalid value '") == true)
        #expect(error?.message.hasSuffix("for '--format' (expected one of: text, json)") == true)
    }

    @Test func everyValueOfARepeatableChoiceOptionIsChecked() throws {
        let ok = try command(
            ["--site", "s", "run", "-f", "html", "--format=rss"], with: Self.parser)
        #expect(ok.values("format") == ["html", "rss"])

        let error = parseError(["--site", "s", "run", "-fhtml", "-fatom"], with: Self.parser)
        #expect(
            error?.message
                == "invalid value 'atom' for '--format' (expected one of: html, rss, json)")
    }

    @Test(arguments: [
        ["--site", "s", "run"],
        ["run", "--site", "s"],
        ["--site=s", "run"],
    ])
    func aRequiredParentOptionMayBeGivenBeforeOrAfterTheSubcommand(arguments: [String]) throws {
        let parsed = try command(arguments, with: Self.parser)
        #expect(parsed.path == ["tool", "run"])
        #expect(parsed.value("site") == "s")
    }

    @Test func aMissingRequiredOptionIsNamedWithItsPlaceholder() {
        let error = parseError(["run"], with: Self.parser)
        #expect(error?.message == "missing required option '--site DIR'")
        #expect(error?.usage == "tool run [--format FORMAT ...]")
    }

    @Test func aRequiredOptionShowsFirstInTheUsageLine() {
        let error = parseError(["transmit"], with: SampleCommands.probeParser)
        #expect(error?.usage == "pcsc-probe transmit --reader NAME APDU... [--allow-writes]")
    }

    @Test func anEmptyValueIsGivenForARequiredOption() throws {
        let parsed = try command(["--site=", "run"], with: Self.parser)
        #expect(parsed.value("site") == "")
        #expect(parsed.isGiven("site"))
    }
}
