import Testing

@testable import CommandLineKit

@Suite struct SuggestionTests {
    @Test(arguments: [
        ("", "abc", 3),
        ("abc", "", 3),
        ("abc", "abc", 0),
        ("output", "outptu", 1),
        ("ca", "ac", 1),
        ("kitten", "sitting", 3),
        ("build", "biuld", 1),
        ("abc", "ca", 3),
    ])
    func editDistanceCountsInsertsDeletesReplacementsAndSwaps(a: String, b: String, distance: Int) {
        #expect(Suggestion.editDistance(Array(a.utf8), Array(b.utf8)) == distance)
    }

    @Test(arguments: [
        ("outptu", ["site", "output", "drafts"], "output"),
        ("drafs", ["site", "output", "drafts"], "drafts"),
        ("out", ["site", "output", "drafts"], "output"),
        ("chekc", ["build", "check"], "check"),
        ("xy", ["xz", "yz"], "xz"),
    ])
    func aLikelyTypoIsMatched(typed: String, candidates: [String], expected: String) {
        #expect(Suggestion.closest(to: typed, among: candidates) == expected)
    }

    @Test(arguments: [
        ("zzz", ["site", "output", "drafts"]),
        ("ver", ["verbose", "version"]),
        ("deploy", ["build", "check"]),
        ("o", ["output"]),
        ("x", ["y", "z"]),
        ("anything", []),
    ])
    func aDistantOrAmbiguousWordGetsNoSuggestion(typed: String, candidates: [String]) {
        #expect(Suggestion.closest(to: typed, among: candidates) == nil)
    }

    @Test func aTieGoesToTheEarlierCandidate() {
        #expect(Suggestion.closest(to: "cat", among: ["bat", "hat"]) == "bat")
        #expect(Suggestion.closest(to: "cat", among: ["hat", "bat"]) == "hat")
    }

    @Test(arguments: [
        (["build", "--drafs"], "unknown option '--drafs' (did you mean '--drafts'?)"),
        (["build", "--hepl"], "unknown option '--hepl' (did you mean '--help'?)"),
        (["build", "--verbos"], "unknown option '--verbos' (did you mean '--verbose'?)"),
        (["--versoin"], "unknown option '--versoin' (did you mean '--version'?)"),
        (["check", "--legac", "f"], "unknown option '--legac' (did you mean '--legacy'?)"),
        (["chekc"], "unknown subcommand 'chekc' (did you mean 'check'?)"),
        (["hepl"], "unknown subcommand 'hepl' (did you mean 'help'?)"),
        (["imp"], "unknown subcommand 'imp' (did you mean 'import'?)"),
    ])
    func theParserSuggestsWhatWasMeant(arguments: [String], message: String) {
        #expect(parseError(arguments)?.message == message)
    }
}
