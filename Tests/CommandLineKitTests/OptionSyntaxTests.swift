import Testing

@testable import CommandLineKit

@Suite struct OptionSyntaxTests {
    @Test(arguments: [
        ["build", "--output", "out"],
        ["build", "--output=out"],
        ["build", "-o", "out"],
        ["build", "-oout"],
    ])
    func everyValueSpellingGivesTheSameValue(arguments: [String]) throws {
        let parsed = try command(arguments)
        #expect(parsed.value("output") == "out")
    }

    @Test func clusteredShortFlagsAreEachSet() throws {
        let parsed = try command(["build", "-dv"])
        #expect(parsed.flag("drafts"))
        #expect(parsed.flag("verbose"))
        #expect(!parsed.flag("quiet"))
    }

    @Test func aClusterMayEndWithAnOptionTakingTheRestAsValue() throws {
        let parsed = try command(["build", "-dosite-out"])
        #expect(parsed.flag("drafts"))
        #expect(parsed.value("output") == "site-out")
    }

    @Test func aClusterEndingInAValueOptionTakesTheNextArgument() throws {
        let parsed = try command(["build", "-do", "out"])
        #expect(parsed.value("output") == "out")
    }

    @Test func doubleDashMakesEverythingAfterItPositional() throws {
        let parsed = try command(["hwcheck", "--", "--reader", "-x"])
        #expect(parsed.positionals("POST") == ["--reader", "-x"])
        #expect(parsed.value("reader") == nil)
    }

    @Test func optionsMayAppearAnywhereAmongPositionals() throws {
        let parsed = try command(["hwcheck", "a.md", "--reader", "ACS", "b.md", "-v", "c.md"])
        #expect(parsed.positionals("POST") == ["a.md", "b.md", "c.md"])
        #expect(parsed.value("reader") == "ACS")
        #expect(parsed.flag("verbose"))
    }

    @Test func anEqualsSignKeepsTheRestOfTheValue() throws {
        let parsed = try command(["build", "--output=a=b"])
        #expect(parsed.value("output") == "a=b")
    }

    @Test func anEmptyValueAfterEqualsIsKept() throws {
        let parsed = try command(["build", "--output="])
        #expect(parsed.value("output") == "")
    }

    @Test(arguments: ["-", "-1", "-0.5"])
    func dashAndNegativeNumbersAreValuesNotOptions(value: String) throws {
        let parsed = try command(
            ["wait", "card", "--timeout", value], with: SampleCommands.probeParser)
        #expect(parsed.value("timeout") == value)
    }

    @Test func aValueMayStartWithADashWhenJoinedByEquals() throws {
        let parsed = try command(["build", "--output=--odd"])
        #expect(parsed.value("output") == "--odd")
    }

    @Test func longNamesMayBeAskedForWithTheirDashes() throws {
        let parsed = try command(["build", "--drafts"])
        #expect(parsed.flag("--drafts"))
        #expect(parsed.isGiven("--drafts"))
        #expect(!parsed.isGiven("output"))
    }
}
