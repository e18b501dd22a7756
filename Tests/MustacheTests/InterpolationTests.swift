import Mustache
import Testing

@Suite("Interpolation")
struct InterpolationTests {
    @Test func plainTextPassesThrough() throws {
        #expect(try render("Plain {text} here\n") == "Plain {text} here\n")
    }

    @Test(arguments: [
        ("{{v}}", "a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39;"),
        ("{{{v}}}", "a & b <c> \"d\" 'e'"),
        ("{{&v}}", "a & b <c> \"d\" 'e'"),
        ("{{& v }}", "a & b <c> \"d\" 'e'"),
    ])
    func escaping(source: String, expected: String) throws {
        #expect(try render(source, ["v": "a & b <c> \"d\" 'e'"]) == expected)
    }

    @Test(arguments: [
        (MustacheValue.int(42), "42"),
        (.int(-7), "-7"),
        (.double(2.5), "2.5"),
        (.double(3.0), "3"),
        (.double(0.1), "0.1"),
        (.bool(true), "true"),
        (.null, ""),
    ])
    func scalars(value: MustacheValue, expected: String) throws {
        #expect(try render("[{{x}}]", ["x": value]) == "[\(expected)]")
    }

    @Test func missingNameRendersNothing() throws {
        #expect(try render("[{{nope}}]") == "[]")
    }

    @Test func dottedNames() throws {
        let context: MustacheValue = ["site": ["author": ["name": "Ada"]]]
        #expect(try render("{{site.author.name}}", context) == "Ada")
        #expect(try render("[{{site.nobody.name}}]", context) == "[]")
    }

    @Test func brokenChainDoesNotFallBackToOuterContext() throws {
        let context: MustacheValue = ["a": ["b": [:]], "b": ["c": "outer"]]
        #expect(try render("{{#a}}[{{b.c}}]{{/a}}", context) == "[]")
    }

    @Test func contextStackLookupFindsOuterNames() throws {
        let context: MustacheValue = ["title": "T", "post": ["body": "B"]]
        #expect(try render("{{#post}}{{title}}/{{body}}{{/post}}", context) == "T/B")
    }

    @Test func implicitIterator() throws {
        #expect(try render("{{#xs}}<{{.}}>{{/xs}}", ["xs": ["a", "&", 3]]) == "<a><&amp;><3>")
    }

    @Test func whitespaceInsideTagsIsIgnored() throws {
        #expect(try render("{{  name  }}|{{{ name }}}", ["name": "x"]) == "x|x")
    }

    @Test func multibyteTextSurvives() throws {
        #expect(try render("héllo {{w}} ✓", ["w": "wörld"]) == "héllo wörld ✓")
    }

    @Test(arguments: ["plain", "a < b & \"c\" > 'd'", "", "é & ü", "&amp;"])
    func publicEscapeMatchesTemplateEscaping(text: String) throws {
        #expect(HTMLEscape.escape(text) == (try render("{{t}}", ["t": .string(text)])))
    }
}
