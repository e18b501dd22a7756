import Testing

@testable import CommandLineKit

@Suite struct HelpFormatterTests {
    private static let parser = SampleCommands.cardpressParser

    /// A word wider than a line, which must be kept whole.
    private static let url =
        "https://example.org/a/very/long/path/that/does/not/fit/on/one/line/at/all/"
        + "whatsoever/really.html"

    /// A command whose help, discussion and usage are too long for one line each.
    private static let wide = CommandLineParser(
        root: CommandSpec(
            "wide",
            abstract: "Show how long text is wrapped.",
            discussion: """
                This discussion is long on purpose so that it has to be filled across several \
                lines of at most eighty columns, with words never cut in the middle, even a long \
                one like \(url) which gets a line of its own.
                """,
            options: [
                OptionSpec(
                    "mode",
                    short: "m",
                    value: "MODE",
                    help: "Choose how pages are written: plain writes one file per page, nested "
                        + "writes a folder per page with an index.html inside, so links need no "
                        + "extension on any server."
                ),
                OptionSpec(
                    "a-very-long-option-name",
                    value: "PLACEHOLDER",
                    help: "Pushed below its label."
                ),
                OptionSpec("template-directory", value: "DIR", help: "Templates."),
                OptionSpec("stylesheet-directory", value: "DIR", help: "Stylesheets."),
                OptionSpec("script-directory", value: "DIR", help: "Scripts."),
            ]
        ),
        version: "1"
    )

    @Test func theRootPageMatchesItsGoldenText() {
        let expected = #"""
            USAGE: cardpress [--verbose] [--quiet] <subcommand>

            Build the smart card knowledge base.

            CardPress reads Markdown posts from posts/ and renders them through a theme into
            a static site with archives, feeds and a sitemap.

            Exit status:
              0  the work succeeded
              2  the command line is wrong

            OPTIONS:
              -v, --verbose  Print a timing line per stage.
              -q, --quiet    Print nothing but errors.
              -h, --help     Show help for this command.
                  --version  Show the version.

            SUBCOMMANDS:
              build          Render the site into static pages.
              import         Bring posts in from another platform.
              check          Check the built site.
              hwcheck        Run the hardware checks of posts.

              See 'cardpress help <subcommand>' for detailed help.

            EXAMPLES:
              cardpress build --drafts
              cardpress hwcheck --reader "ACS ACR122U PICC Interface" --label ccid --label \
                  nfc posts/2024/nfc.md

            """#
        #expect(Self.parser.helpText(for: ["cardpress"]) == expected)
    }

    @Test func aSubcommandPageListsArgumentsOptionsAndGlobalOptions() {
        let expected = """
            USAGE: cardpress hwcheck [POST...] [--reader PATTERN] [--label NAME ...]

            Run the hardware checks of posts.

            ARGUMENTS:
              [POST...]             Posts to check.

            OPTIONS:
                  --reader PATTERN  Reader name pattern.
                  --label NAME ...  Only checks with this label.
              -h, --help            Show help for this command.

            GLOBAL OPTIONS:
              -v, --verbose         Print a timing line per stage.
              -q, --quiet           Print nothing but errors.

            """
        #expect(Self.parser.helpText(for: ["cardpress", "hwcheck"]) == expected)
    }

    @Test func defaultsChoicesAndTheDefaultSubcommandAreShown() {
        let probe = SampleCommands.probeParser.helpText(for: ["race-check"])
        #expect(probe.contains("      --rounds N       How many rounds. (default: 100)\n"))
        #expect(
            probe.contains(
                "      --format FORMAT  Report format. (values: text, json) (default: text)\n"
            )
        )

        let check = Self.parser.helpText(for: ["cardpress", "check"])
        #expect(check.hasPrefix("USAGE: cardpress check [<subcommand>]\n"))
        #expect(check.contains("  links          Check every link. (default)\n"))
        #expect(check.contains("See 'cardpress check help <subcommand>' for detailed help."))
    }

    @Test func requiredOptionsAreMarked() {
        let page = SampleCommands.probeParser.helpText(for: ["transmit"])
        #expect(
            page.hasPrefix("USAGE: pcsc-probe transmit --reader NAME APDU... [--allow-writes]\n"))
        #expect(page.contains("      --reader NAME   The reader. (required)\n"))
    }

    @Test func longOptionHelpWrapsUnderItsColumn() {
        let page = Self.wide.helpText(for: ["wide"])
        let expected = """
              -m, --mode MODE  Choose how pages are written: plain writes one file per page,
                               nested writes a folder per page with an index.html inside, so
                               links need no extension on any server.
            """
        #expect(page.contains(expected + "\n"))
    }

    @Test func labelsWiderThanTheColumnPushTheirHelpBelow() {
        let page = Self.wide.helpText(for: ["wide"])
        let expected = """
                  --a-very-long-option-name PLACEHOLDER
                               Pushed below its label.
                  --template-directory DIR
                               Templates.
            """
        #expect(page.contains(expected + "\n"))
    }

    @Test func theDiscussionIsFilledToEightyColumnsWithoutCuttingWords() {
        let page = Self.wide.helpText(for: ["wide"])
        let expected = """
            This discussion is long on purpose so that it has to be filled across several
            lines of at most eighty columns, with words never cut in the middle, even a long
            one like
            \(Self.url)
            which gets a line of its own.
            """
        #expect(page.contains(expected + "\n"))
    }

    @Test func aLongUsageLineWrapsUnderTheFirstWord() {
        let page = Self.wide.helpText(for: ["wide"])
        let expected = """
            USAGE: wide [--mode MODE] [--a-very-long-option-name PLACEHOLDER]
                   [--template-directory DIR] [--stylesheet-directory DIR]
                   [--script-directory DIR]
            """
        #expect(page.hasPrefix(expected + "\n\n"))
    }

    @Test(arguments: [
        ["cardpress"], ["cardpress", "build"], ["cardpress", "check", "links"],
        ["cardpress", "import", "blogger"], ["cardpress", "hwcheck"],
    ])
    func noLineOfASamplePageIsWiderThanEightyColumns(path: [String]) {
        let lines = Self.parser.helpText(for: path).split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(lines.allSatisfy { $0.last != " " })
    }

    @Test func onlyAnUnbreakableWordMakesTheWidePageExceedEightyColumns() {
        let lines = Self.wide.helpText(for: ["wide"]).split(separator: "\n")
        let wider = lines.filter { $0.count > 80 }.map { String($0) }
        #expect(wider == [Self.url])
    }

    @Test func shortExamplesStayOnOneLine() {
        #expect(HelpFormatter.exampleLines("cardpress build") == ["  cardpress build"])
    }

    @Test func quotedExampleArgumentsAreNeverSplit() {
        let words = HelpFormatter.shellWords(#"a --label "x y z" 'p q' b"#)
        #expect(words == ["a", "--label", #""x y z""#, "'p q'", "b"])
    }

    @Test(arguments: [(9, ["aaaa bbbb"]), (8, ["aaaa", "bbbb"])])
    func aLineMayBeExactlyAsWideAsTheLimitButNoWider(width: Int, lines: [String]) {
        #expect(TextWrapper.wrap(["aaaa", "bbbb"], width: width) == lines)
    }

    @Test func continuationLinesStartWithTheIndent() {
        let lines = TextWrapper.wrap(["aa", "bb", "cc"], width: 7, prefix: "> ", indent: "  ")
        #expect(lines == ["> aa bb", "  cc"])
    }

    @Test func theWrapperKeepsIndentedLinesAndBlankLinesBetweenParagraphs() {
        let text = "one two three four\n\n  kept   as is  \nfive six"
        let lines = TextWrapper.paragraphs(text, width: 10)
        #expect(lines == ["one two", "three four", "", "  kept   as is", "five six"])
    }

    @Test func aHelpPathNamingNoSubcommandStopsAtTheDeepestCommandReached() {
        #expect(
            Self.parser.helpText(for: ["build", "nothing"])
                == Self.parser.helpText(for: ["cardpress", "build"])
        )
    }
}
