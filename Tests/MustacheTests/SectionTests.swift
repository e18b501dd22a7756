import Mustache
import Testing

@Suite("Sections")
struct SectionTests {
    @Test func listRepeatsWithEachItemOnTop() throws {
        let context: MustacheValue = ["posts": [["t": "a"], ["t": "b"], ["t": "c"]]]
        #expect(try render("{{#posts}}{{t}},{{/posts}}", context) == "a,b,c,")
    }

    @Test func objectIsEnteredOnce() throws {
        #expect(try render("{{#o}}{{k}}{{/o}}", ["o": ["k": "v"]]) == "v")
    }

    @Test(arguments: [
        (MustacheValue.bool(false), ""),
        (.null, ""),
        (.array([]), ""),
        (.bool(true), "yes"),
        (.string(""), "yes"),
        (.int(0), "yes"),
        (.string("x"), "yes"),
    ])
    func truthiness(value: MustacheValue, expected: String) throws {
        #expect(try render("{{#v}}yes{{/v}}", ["v": value]) == expected)
    }

    @Test func scalarSectionPushesTheValue() throws {
        #expect(try render("{{#n}}[{{.}}]{{/n}}", ["n": 5]) == "[5]")
    }

    @Test func nestedListsAndDottedSectionNames() throws {
        let context: MustacheValue = [
            "a": ["b": [["c": [1, 2]], ["c": [3]]]]
        ]
        #expect(try render("{{#a.b}}({{#c}}{{.}}{{/c}}){{/a.b}}", context) == "(12)(3)")
    }

    @Test func listPositionsAnswerWhetherAListHasItems() throws {
        let template = "{{#tags.0}}<ul>{{#tags}}<li>{{.}}</li>{{/tags}}</ul>{{/tags.0}}"
        #expect(
            try render(template, ["tags": ["CCID", "macOS"]])
                == "<ul><li>CCID</li><li>macOS</li></ul>")
        #expect(try render(template, ["tags": []]) == "")
        #expect(try render("{{tags.1}}|{{tags.2}}", ["tags": ["a", "b"]]) == "b|")
    }

    @Test func missingSectionRendersNothing() throws {
        #expect(try render("[{{#none}}x{{/none}}]") == "[]")
    }
}
