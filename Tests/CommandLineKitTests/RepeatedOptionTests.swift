import Testing

@testable import CommandLineKit

/// A non-repeatable option given twice keeps the last value (documented on `value(_:)`),
/// so wrappers can override by appending.
@Suite struct RepeatedOptionTests {
    @Test func theLastValueOfANonRepeatableOptionWins() throws {
        let parsed = try command(["build", "--output", "first", "-o", "second"])
        #expect(parsed.value("output") == "second")
    }

    @Test func aRepeatableOptionKeepsEveryValueInOrder() throws {
        let parsed = try command(["hwcheck", "--label", "ccid", "--label=macos", "x.md"])
        #expect(parsed.values("label") == ["ccid", "macos"])
        #expect(parsed.value("label") == "macos")
    }

    @Test func aRepeatedFlagIsCounted() throws {
        let parsed = try command(["build", "-vv", "--verbose"])
        #expect(parsed.count("verbose") == 3)
        #expect(parsed.count("quiet") == 0)
    }
}
