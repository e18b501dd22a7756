import Testing

@testable import CardPressKit

@Suite("Which reader a check runs on")
struct CheckReaderTests {
    static let readers = ["CardPress Fake 00 00", "CardPress Fake 00 01", "Virtual PCD 00 00"]

    private func choose(
        _ command: String,
        reader: String? = nil,
        feature: String? = nil,
        filter: String? = nil,
        offering: Set<String> = []
    ) throws -> CheckReader.Choice {
        let snippet = ProbeSnippet(
            id: "c", commandLine: command, arguments: try CommandWords.split(command),
            expectations: [], requiredReader: reader, requiredFeature: feature,
            reproduces: nil, hash: "", location: SourceLocation(file: "posts/c.md", line: 3))
        // As the survey does, the run's own pattern narrows the readers first.
        let readers = Self.readers.filter { name in
            filter.map { MachineSurvey.matches(name, pattern: $0) } ?? true
        }
        return CheckReader.choose(
            for: snippet, among: readers, filter: filter,
            offers: { reader, _ in offering.contains(reader) })
    }

    @Test(
        "the command's own reader, resolved to a full name, or skipped when not here",
        arguments: [
            (#"status --reader "Virtual*""#, ["status", "--reader", "Virtual PCD 00 00"]),
            ("status -r Virtual", ["status", "-r", "Virtual PCD 00 00"]),
            ("status --reader=CardPress*01", ["status", "--reader=CardPress Fake 00 01"]),
            ("status --reader 2", ["status", "--reader", "2"]),
        ])
    func namedReader(command: String, arguments: [String]) throws {
        #expect(try choose(command) == .run(arguments: arguments))
    }

    @Test("a named reader the run may not use is skipped, never swapped for another")
    func namedReaderMissing() throws {
        #expect(
            try choose(#"features --reader "Gemalto*""#)
                == .skip("no reader matches 'Gemalto*'"))
        #expect(
            try choose(#"status --reader "Virtual PCD 00 00""#, filter: "CardPress*")
                == .skip("no reader matches 'Virtual PCD 00 00'"))
    }

    @Test("without a named reader: the first that matches the pattern and offers the feature")
    func requirements() throws {
        #expect(
            try choose("race-check", reader: "Virtual*")
                == .run(arguments: ["race-check", "--reader", "Virtual PCD 00 00"]))
        #expect(
            try choose(
                "features", reader: "CardPress*", feature: "FEATURE_VERIFY_PIN_DIRECT",
                offering: ["CardPress Fake 00 01"])
                == .run(arguments: ["features", "--reader", "CardPress Fake 00 01"]))
        #expect(
            try choose("features", feature: "FEATURE_MCT_READER_DIRECT")
                == .skip("no reader offers FEATURE_MCT_READER_DIRECT"))
        #expect(try choose("status", reader: "Gemalto*") == .skip("no reader matches 'Gemalto*'"))
    }

    @Test("commands without a reader run as written")
    func readerless() throws {
        #expect(try choose("readers") == .run(arguments: ["readers"]))
        #expect(try choose("env", reader: "CardPress*") == .run(arguments: ["env"]))
    }
}
