import Mustache
import Testing

@Suite("Dynamic partial names")
struct DynamicPartialTests {
    let partials = ["card": "card {{t}}", "note": "note {{t}}"]

    @Test func nameComesFromTheContext() throws {
        let context: MustacheValue = [
            "items": [["kind": "card", "t": 1], ["kind": "note", "t": 2]]
        ]
        let output = try render("{{#items}}{{>*kind}};{{/items}}", context, partials: partials)
        #expect(output == "card 1;note 2;")
    }

    @Test func dottedDynamicName() throws {
        let context: MustacheValue = ["layout": ["partial": "note"], "t": "x"]
        #expect(try render("{{>*layout.partial}}", context, partials: partials) == "note x")
    }

    @Test func missingKeyRendersNothing() throws {
        #expect(try render("[{{>*nothing}}]", partials: partials) == "[]")
    }

    @Test func unknownResolvedNameIsAnError() {
        let error = failure("{{>*kind}}", ["kind": "poster"], partials: partials)
        #expect(error?.message.contains("'poster'") == true)
    }

    @Test func dynamicParent() throws {
        let output = try render(
            "{{<*which}}{{$b}}over{{/b}}{{/*which}}",
            ["which": "p"],
            partials: ["p": "<{{$b}}def{{/b}}>"]
        )
        #expect(output == "<over>")
    }
}
