import Testing

@testable import CommandLineKit

@Suite struct PositionalTests {
    /// `copy SRC [DST] [--force]` and `tag NAME KIND...` with choices on KIND.
    static let parser = CommandLineParser(
        root: CommandSpec(
            "files",
            abstract: "Files.",
            subcommands: [
                CommandSpec(
                    "copy",
                    abstract: "Copy.",
                    options: [OptionSpec("force", short: "f", help: "Overwrite.")],
                    positionals: [
                        PositionalSpec("SRC", help: "Source."),
                        PositionalSpec("DST", help: "Target.", optional: true),
                    ]
                ),
                CommandSpec(
                    "tag",
                    abstract: "Tag.",
                    positionals: [
                        PositionalSpec("NAME", help: "Name."),
                        PositionalSpec(
                            "KIND",
                            help: "Kinds.",
                            variadic: true,
                            choices: ["post", "page"]
                        ),
                    ]
                ),
            ]
        ),
        version: "1"
    )

    @Test func aRequiredPositionalIsRead() throws {
        let parsed = try command(["import", "blogger", "feed.atom"])
        #expect(parsed.positional("FILE") == "feed.atom")
        #expect(parsed.positionals("FILE") == ["feed.atom"])
    }

    @Test func anOptionalPositionalMayBeLeftOut() throws {
        let parsed = try command(["copy", "a"], with: Self.parser)
        #expect(parsed.positional("SRC") == "a")
        #expect(parsed.positional("DST") == nil)
        #expect(parsed.positionals("DST") == [])
    }

    @Test func anOptionalPositionalIsFilledWhenGiven() throws {
        let parsed = try command(["copy", "-f", "a", "b"], with: Self.parser)
        #expect(parsed.positional("SRC") == "a")
        #expect(parsed.positional("DST") == "b")
        #expect(parsed.flag("force"))
    }

    @Test func anOptionalVariadicPositionalMayBeEmpty() throws {
        let parsed = try command(["hwcheck"])
        #expect(parsed.positionals("POST") == [])
        #expect(parsed.positional("POST") == nil)
    }

    @Test func aVariadicPositionalTakesEveryRemainingWordInOrder() throws {
        let parsed = try command(["hwcheck", "c.md", "a.md", "b.md"])
        #expect(parsed.positionals("POST") == ["c.md", "a.md", "b.md"])
        #expect(parsed.positional("POST") == "c.md")
    }

    @Test func aRequiredVariadicPositionalNeedsAtLeastOneWord() throws {
        let probe = SampleCommands.probeParser
        let parsed = try command(["transmit", "--reader", "r", "00A4", "00B0"], with: probe)
        #expect(parsed.positionals("APDU") == ["00A4", "00B0"])
        #expect(parseError(["transmit", "--reader", "r"], with: probe) != nil)
    }

    @Test func aVariadicPositionalFollowsTheSingleOnes() throws {
        let parsed = try command(["tag", "intro", "post", "page", "post"], with: Self.parser)
        #expect(parsed.positional("NAME") == "intro")
        #expect(parsed.positionals("KIND") == ["post", "page", "post"])
    }

    @Test func everyWordOfAVariadicPositionalIsCheckedAgainstItsChoices() {
        let error = parseError(["tag", "intro", "post", "pgae"], with: Self.parser)
        #expect(error?.message == "invalid value 'pgae' for 'KIND' (expected one of: post, page)")
    }

    @Test(arguments: ["reader", "card", "removal"])
    func aPositionalChoiceIsAccepted(event: String) throws {
        let parsed = try command(["wait", event], with: SampleCommands.probeParser)
        #expect(parsed.positional("EVENT") == event)
    }

    @Test func moreWordsThanPositionalsIsAnError() {
        let error = parseError(["copy", "a", "b", "c"], with: Self.parser)
        #expect(error?.message == "unexpected argument 'c'")
    }

    @Test func aMissingRequiredPositionalIsNamed() {
        #expect(parseError(["copy", "-f"], with: Self.parser)?.message == "missing argument 'SRC'")
    }

    @Test(arguments: ["-", "-5", "-0.25"])
    func aDashAndNegativeNumbersArePositionals(word: String) throws {
        let parsed = try command(["copy", word], with: Self.parser)
        #expect(parsed.positional("SRC") == word)
    }

    @Test func wordsAfterDoubleDashArePositionalsEvenWhenTheyLookLikeOptions() throws {
        let parsed = try command(["copy", "--", "-f", "--force"], with: Self.parser)
        #expect(parsed.positional("SRC") == "-f")
        #expect(parsed.positional("DST") == "--force")
        #expect(!parsed.flag("force"))
    }

    @Test func wordsThatLookLikeNumbersButAreNotStayOptions() {
        #expect(ParseSession.looksLikeOption("-f"))
        #expect(ParseSession.looksLikeOption("-inf"))
        #expect(ParseSession.looksLikeOption("-nan"))
        #expect(ParseSession.looksLikeOption("-1x"))
        #expect(!ParseSession.looksLikeOption("-1"))
        #expect(!ParseSession.looksLikeOption("-.5"))
        #expect(!ParseSession.looksLikeOption("-"))
        #expect(!ParseSession.looksLikeOption("file"))
    }
}
