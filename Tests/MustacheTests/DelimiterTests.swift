import Mustache
import Testing

@Suite("Set delimiters")
struct DelimiterTests {
    @Test func swapsDelimitersForTheRest() throws {
        let output = try render("{{a}} {{=<% %>=}}<%a%> {{a}} <%={{ }}=%>{{a}}", ["a": "v"])
        #expect(output == "v v {{a}} v")
    }

    @Test func sectionsUnderNewDelimiters() throws {
        let output = try render("{{=| |=}}|#xs||.||/xs|", ["xs": [1, 2]])
        #expect(output == "12")
    }

    @Test func standaloneDelimiterTagLineIsRemoved() throws {
        #expect(try render("a\n  {{=[ ]=}}  \n[b]\n", ["b": "B"]) == "a\nB\n")
    }

    @Test func unescapedWithAmpersandUnderNewDelimiters() throws {
        #expect(try render("{{=<% %>=}}<%&h%>", ["h": "<b>"]) == "<b>")
    }
}
