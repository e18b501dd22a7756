import Mustache
import Testing

@Suite("Errors")
struct ErrorTests {
    @Test func unclosedSectionNamesItsOpeningLine() {
        let error = failure("a\nb\n  {{#posts}}\n{{title}}\n")
        #expect(error?.file == "main.mustache")
        #expect(error?.line == 3)
        #expect(error?.column == 3)
        #expect(error?.message.contains("unclosed section 'posts' opened at line 3") == true)
    }

    @Test(arguments: [
        ("{{^x}}", "inverted section"), ("{{<p}}", "parent"), ("{{$b}}", "block"),
    ])
    func unclosedKinds(source: String, noun: String) {
        #expect(failure("text " + source)?.message.contains("unclosed \(noun)") == true)
    }

    @Test func mismatchedCloseNamesBoth() {
        let error = failure("{{#a}}\n  x {{/b}}")
        #expect(error?.line == 2)
        #expect(error?.column == 5)
        #expect(error?.message.contains("'b'") == true)
        #expect(error?.message.contains("'a'") == true)
    }

    @Test func unclosedTag() {
        let error = failure("ok\nhé {{name\n")
        #expect(error?.line == 2)
        #expect(error?.column == 4)
        #expect(error?.message.contains("unclosed tag") == true)
    }

    @Test(arguments: ["{{=<%=}}", "{{=a b c=}}", "{{= =}}"])
    func badDelimiterTag(source: String) {
        let error = failure("x" + source)
        #expect(error?.column == 2)
        #expect(error?.message.contains("bad set-delimiter tag") == true)
    }

    @Test(arguments: ["{{}}", "{{# }}", "{{>}}", "{{& }}"])
    func emptyName(source: String) {
        #expect(failure(source)?.message.contains("empty tag name") == true)
    }

    @Test func closeWithoutOpen() {
        #expect(failure("{{/x}}")?.message.contains("no open section") == true)
    }

    @Test func unknownPartialAtRenderTime() {
        let error = failure("line\n  x{{>sidebar}}")
        #expect(error?.line == 2)
        #expect(error?.column == 4)
        #expect(error?.message.contains("unknown partial 'sidebar'") == true)
    }

    @Test func unknownParentAtRenderTime() {
        let error = failure("{{<layout}}{{/layout}}")
        #expect(error?.message.contains("unknown parent 'layout'") == true)
    }

    @Test func endlessRecursionIsStopped() {
        let error = failure("{{>loop}}", partials: ["loop": "x{{>loop}}"])
        #expect(error?.file == "loop.mustache")
        #expect(error?.message.contains("deeper than 100") == true)
    }

    @Test func descriptionIsCompilerShaped() {
        let error = MustacheError(file: "t.mustache", line: 2, column: 5, message: "bad")
        #expect(error.description == "t.mustache:2:5: error: bad")
    }

    @Test func validateFindsMissingTemplatesAndCycles() throws {
        let library = TemplateLibrary(templates: [
            try Template(source: "{{<b}}{{/b}}", name: "a", path: "a.mustache"),
            try Template(source: "x\n{{<a}}{{/a}}", name: "b", path: "b.mustache"),
            try Template(source: "{{#c}}{{>c}}{{/c}}\n{{>gone}}", name: "c", path: "c.mustache"),
        ])
        let problems = library.validate()
        #expect(problems.count == 2)

        let missing = problems.first { $0.message.contains("unknown partial 'gone'") }
        #expect(missing?.file == "c.mustache")
        #expect(missing?.line == 2)

        let cycle = problems.first { $0.message.contains("cycle") }
        #expect(cycle?.message.contains("a -> b -> a") == true)
        #expect(cycle?.file == "b.mustache")
        #expect(cycle?.line == 2)
    }
}
