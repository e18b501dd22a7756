import Mustache
import Testing

@Suite("Standalone lines")
struct WhitespaceTests {
    @Test(arguments: ["#", "^"])
    func standaloneSectionTagLinesVanish(sigil: String) throws {
        let source = "start\n  {{\(sigil)v}}  \nbody\n\t{{/v}}\nend\n"
        let value: MustacheValue = sigil == "#" ? true : false
        #expect(try render(source, ["v": value]) == "start\nbody\nend\n")
    }

    @Test func crlfLineEndingsAreConsumed() throws {
        #expect(try render("a\r\n{{#v}}\r\nb\r\n{{/v}}\r\nc", ["v": true]) == "a\r\nb\r\nc")
    }

    @Test func standaloneAtStartAndEndWithoutNewline() throws {
        #expect(try render("{{#v}}\nx\n{{/v}}", ["v": true]) == "x\n")
    }

    @Test func twoTagsOnALineAreNotStandalone() throws {
        #expect(try render(" {{#v}}{{/v}} \n", ["v": true]) == "  \n")
    }

    @Test func tagWithTextBeforeIsNotStandalone() throws {
        #expect(try render("x {{#v}}\ny\n{{/v}}", ["v": true]) == "x \ny\n")
    }

    @Test func variablesAreNeverStandalone() throws {
        #expect(try render("  {{v}}\n", ["v": ""]) == "  \n")
    }

    @Test func listOfLinesRendersCleanly() throws {
        let source = "<ul>\n{{#xs}}\n  <li>{{.}}</li>\n{{/xs}}\n</ul>\n"
        #expect(
            try render(source, ["xs": ["a", "b"]]) == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n")
    }
}
