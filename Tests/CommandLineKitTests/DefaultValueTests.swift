import Testing

@testable import CommandLineKit

@Suite struct DefaultValueTests {
    @Test func anAbsentOptionReportsItsDefault() throws {
        let parsed = try command(["build"])
        #expect(parsed.value("output") == "public")
        #expect(parsed.values("output") == ["public"])
        #expect(!parsed.isGiven("output"))
    }

    @Test func anAbsentOptionWithoutDefaultIsNil() throws {
        let parsed = try command(["hwcheck"])
        #expect(parsed.value("reader") == nil)
        #expect(parsed.values("label") == [])
    }

    @Test func aGivenValueReplacesTheDefault() throws {
        let parsed = try command(["build", "--site", "kb"])
        #expect(parsed.value("site") == "kb")
        #expect(parsed.isGiven("site"))
    }
}
