import Testing

@testable import CommandLineKit

/// Every `ParseFailure` case, reached through the parser, with the exact sentence users see.
@Suite struct ErrorMessageTests {
    @Test(arguments: [
        (["build", "--outptu", "x"], "unknown option '--outptu' (did you mean '--output'?)"),
        (["build", "--zzz"], "unknown option '--zzz'"),
        (
            ["--output", "x", "build"],
            "unknown option '--output' here: it belongs to 'cardpress build', "
                + "so give it after the subcommand"
        ),
        (["build", "-x"], "unknown option '-x'"),
        (["build", "-dx"], "unknown option '-x' in '-dx'"),
        (
            ["-d", "build"],
            "unknown option '-d' here: it belongs to 'cardpress build', "
                + "so give it after the subcommand"
        ),
        (["build", "--output"], "missing value for '--output DIR'"),
        (["build", "-o"], "missing value for '-o DIR'"),
        (["build", "--output", "--drafts"], "missing value for '--output DIR'"),
        (["build", "--drafts=yes"], "'--drafts' is a flag and takes no value (got 'yes')"),
        (["build", "--help=all"], "'--help' is a flag and takes no value (got 'all')"),
        (["--version=2"], "'--version' is a flag and takes no value (got '2')"),
        (["biuld"], "unknown subcommand 'biuld' (did you mean 'build'?)"),
        (["zzz"], "unknown subcommand 'zzz' (expected one of: build, import, check, hwcheck)"),
        ([], "missing subcommand (expected one of: build, import, check, hwcheck)"),
        (["import"], "missing subcommand (expected one of: blogger)"),
        (["import", "blogger"], "missing argument 'FILE'"),
        (["build", "extra"], "unexpected argument 'extra'"),
        (["import", "blogger", "a.xml", "b.xml"], "unexpected argument 'b.xml'"),
        (["help", "build", "x"], "unexpected argument 'x'"),
        (["check", "nope"], "unknown subcommand 'nope' (expected one of: links)"),
    ])
    func cardpressMessages(arguments: [String], message: String) {
        #expect(parseError(arguments)?.message == message)
    }

    @Test(arguments: [
        (
            ["race-check", "--format", "xml"],
            "invalid value 'xml' for '--format' (expected one of: text, json)"
        ),
        (
            ["wait", "bus"],
            "invalid value 'bus' for 'EVENT' (expected one of: reader, card, removal)"
        ),
        (["transmit", "--reader", "r"], "missing argument 'APDU...'"),
        (["transmit", "00A4"], "missing required option '--reader NAME'"),
    ])
    func probeMessages(arguments: [String], message: String) {
        #expect(parseError(arguments, with: SampleCommands.probeParser)?.message == message)
    }

    @Test func aConversionFailureQuotesTheValueAndTheOption() throws {
        let parsed = try command(
            ["race-check", "--rounds", "ten"], with: SampleCommands.probeParser)
        #expect(throws: CommandLineError.self) { try parsed.int("rounds") }
        do {
            _ = try parsed.int("rounds")
        } catch {
            #expect(
                error.message == "invalid value 'ten' for '--rounds' (expected an integer, e.g. 3)")
        }
    }

    @Test func aCustomErrorKeepsTheCallersWordsAndTheUsage() throws {
        let parsed = try command(["build"])
        let error = parsed.error("'--output' must not be the site folder")
        #expect(error.message == "'--output' must not be the site folder")
        #expect(error.usage == "cardpress build [--site DIR] [--output DIR] [--drafts]")
        #expect(error.commandPath == ["cardpress", "build"])
    }

    @Test func theDescriptionHasMessageUsageAndWhereToReadMore() throws {
        let error = try #require(parseError(["build", "--zzz"]))
        let expected = """
            error: unknown option '--zzz'
            usage: cardpress build [--site DIR] [--output DIR] [--drafts]
            See 'cardpress build --help' for more.
            """
        #expect(error.description == expected)
        #expect(error.exitCode == 2)
    }

    @Test func theUsageLineIsThatOfTheCommandReachedWhenParsingFailed() throws {
        let error = try #require(parseError(["import", "blogger"]))
        #expect(error.usage == "cardpress import blogger FILE [--into DIR]")
        #expect(error.commandPath == ["cardpress", "import", "blogger"])
    }

    @Test func aHelpErrorNamesTheCommandItReached() throws {
        let error = try #require(parseError(["help", "import", "blogr"]))
        #expect(error.message == "unknown subcommand 'blogr' (did you mean 'blogger'?)")
        #expect(error.commandPath == ["cardpress", "import"])
        #expect(error.usage == "cardpress import <subcommand>")
    }
}
