import Mustache
import Testing

@Suite("Partials")
struct PartialTests {
    @Test func partialSeesTheCurrentContext() throws {
        let context: MustacheValue = ["items": [["n": "a"], ["n": "b"]]]
        let output = try render(
            "{{#items}}{{>item}}{{/items}}", context, partials: ["item": "<{{n}}>"])
        #expect(output == "<a><b>")
    }

    @Test func recursivePartialStopsOnData() throws {
        let context: MustacheValue = [
            "v": "1", "kids": [["v": "2", "kids": [["v": "3", "kids": []]]]],
        ]
        let tree = "{{v}}{{#kids}}({{>tree}}){{/kids}}"
        #expect(try render("{{>tree}}", context, partials: ["tree": tree]) == "1(2(3))")
    }

    @Test func standalonePartialIndentsEveryLine() throws {
        let output = try render(
            "<ul>\n    {{>rows}}\n</ul>\n",
            partials: ["rows": "<li>a</li>\n<li>b</li>\n"]
        )
        #expect(output == "<ul>\n    <li>a</li>\n    <li>b</li>\n</ul>\n")
    }

    @Test func indentationDoesNotReachInterpolatedNewlines() throws {
        let output = try render(
            "  {{>p}}\nend",
            ["body": "x\ny"],
            partials: ["p": "[\n{{{body}}}\n]\n"]
        )
        #expect(output == "  [\n  x\ny\n  ]\nend")
    }

    @Test func nestedStandalonePartialsAccumulateIndentation() throws {
        let output = try render(
            "  {{>outer}}\n",
            partials: ["outer": "o\n  {{>inner}}\n", "inner": "i1\ni2\n"]
        )
        #expect(output == "  o\n    i1\n    i2\n")
    }

    @Test func inlinePartialIsNotIndented() throws {
        let output = try render("> {{>p}} <\n", partials: ["p": "a\nb"])
        #expect(output == "> a\nb <\n")
    }

    @Test func partialKeepsItsOwnDelimiters() throws {
        let output = try render("{{=<% %>=}}<%>p%>", ["x": "1"], partials: ["p": "{{x}}"])
        #expect(output == "1")
    }
}
