import Testing

@testable import CommandLineKit

@Suite struct ConversionTests {
    private func race(_ arguments: [String]) throws -> ParsedCommand {
        try command(["race-check"] + arguments, with: SampleCommands.probeParser)
    }

    private func wait(_ timeout: String) throws -> ParsedCommand {
        try command(["wait", "card", "--timeout", timeout], with: SampleCommands.probeParser)
    }

    @Test(arguments: [("42", 42), ("-3", -3), ("+7", 7), ("0", 0)])
    func integersAreConverted(text: String, number: Int) throws {
        #expect(try race(["--rounds", text]).int("rounds") == number)
    }

    @Test func theDefaultIsConvertedWhenTheOptionIsAbsent() throws {
        #expect(try race([]).int("rounds") == 100)
    }

    @Test func anAbsentOptionWithoutDefaultConvertsToNil() throws {
        let parsed = try command(["wait", "card"], with: SampleCommands.probeParser)
        #expect(try parsed.int("timeout") == nil)
        #expect(try parsed.double("timeout") == nil)
    }

    @Test(arguments: ["ten", "4.5", "", "99999999999999999999", "0x10", " 3"])
    func aNonIntegerIsAnErrorQuotingIt(text: String) throws {
        let parsed = try race(["--rounds=\(text)"])
        let error = #expect(throws: CommandLineError.self) { try parsed.int("rounds") }
        #expect(
            error?.message == "invalid value '\(text)' for '--rounds' (expected an integer, e.g. 3)"
        )
        #expect(error?.commandPath == ["pcsc-probe", "race-check"])
        #expect(error?.usage == "pcsc-probe race-check [--rounds N] [--format FORMAT]")
        #expect(error?.exitCode == 2)
    }

    @Test(arguments: [("2.5", 2.5), ("-0.5", -0.5), ("1e3", 1000.0), ("3", 3.0)])
    func numbersAreConverted(text: String, number: Double) throws {
        #expect(try wait(text).double("timeout") == number)
    }

    @Test(arguments: ["abc", "inf", "nan", "1,5", "2.5s"])
    func aNonNumberOrInfiniteValueIsAnError(text: String) throws {
        let parsed = try wait(text)
        let error = #expect(throws: CommandLineError.self) { try parsed.double("timeout") }
        #expect(
            error?.message
                == "invalid value '\(text)' for '--timeout' (expected a number, e.g. 2.5)")
    }

    @Test func theOptionMayBeNamedWithDashesWhenConverting() throws {
        #expect(try race(["--rounds", "5"]).int("--rounds") == 5)
    }
}
