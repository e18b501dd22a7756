import Mustache
import Testing

@Suite("Inverted sections")
struct InvertedTests {
    @Test(arguments: [
        (MustacheValue.bool(false), "none"),
        (.null, "none"),
        (.array([]), "none"),
        (.array([1]), ""),
        (.bool(true), ""),
        (.string(""), ""),
    ])
    func rendersOnlyForFalseyValues(value: MustacheValue, expected: String) throws {
        #expect(try render("{{^v}}none{{/v}}", ["v": value]) == expected)
    }

    @Test func missingNameCountsAsFalsey() throws {
        #expect(try render("{{^gone}}empty{{/gone}}") == "empty")
    }

    @Test func pairsWithSection() throws {
        let source = "{{#xs}}{{.}}{{/xs}}{{^xs}}no items{{/xs}}"
        #expect(try render(source, ["xs": []]) == "no items")
        #expect(try render(source, ["xs": ["q"]]) == "q")
    }
}
