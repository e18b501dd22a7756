import Mustache
import Testing

@Suite("Inheritance")
struct InheritanceTests {
    let base = "<title>{{$title}}Site{{/title}}</title>|{{$body}}empty{{/body}}"

    @Test func blockDefaultRendersWithoutParent() throws {
        #expect(try render("{{$x}}default {{v}}{{/x}}", ["v": 1]) == "default 1")
    }

    @Test func parentWithoutOverridesUsesDefaults() throws {
        #expect(
            try render("{{<base}}{{/base}}", partials: ["base": base])
                == "<title>Site</title>|empty")
    }

    @Test func overridesReplaceBlocksAndTextInsideParentIsIgnored() throws {
        let source = "{{<base}}ignored{{$body}}Hello {{who}}{{/body}}ignored{{/base}}"
        let output = try render(source, ["who": "Ada"], partials: ["base": base])
        #expect(output == "<title>Site</title>|Hello Ada")
    }

    @Test func topLevelOverrideWinsThroughNestedParents() throws {
        let partials = [
            "middle": "{{<base}}{{$title}}Middle{{/title}}{{$body}}mid body{{/body}}{{/base}}",
            "base": base,
        ]
        let output = try render("{{<middle}}{{$title}}Top{{/title}}{{/middle}}", partials: partials)
        #expect(output == "<title>Top</title>|mid body")
    }

    @Test func overrideReachesBlockInsidePartialOfParent() throws {
        let partials = [
            "layout": "[{{>header}}]{{$main}}{{/main}}",
            "header": "{{$heading}}Default heading{{/heading}}",
        ]
        let source = "{{<layout}}{{$heading}}Custom{{/heading}}{{$main}}M{{/main}}{{/layout}}"
        #expect(try render(source, partials: partials) == "[Custom]M")
    }

    @Test func blockRendersInTheParentsContext() throws {
        let context: MustacheValue = ["name": "outer", "inner": ["name": "inner"]]
        let partials = ["p": "{{#inner}}{{$b}}{{/b}}{{/inner}}"]
        #expect(
            try render("{{<p}}{{$b}}{{name}}{{/b}}{{/p}}", context, partials: partials) == "inner")
    }

    @Test func sameParentTwiceWithDifferentOverrides() throws {
        let partials = ["p": "({{$x}}-{{/x}})"]
        let source = "{{<p}}{{$x}}1{{/x}}{{/p}}{{<p}}{{$x}}2{{/x}}{{/p}}{{<p}}{{/p}}"
        #expect(try render(source, partials: partials) == "(1)(2)(-)")
    }

    @Test func standaloneParentAndBlockTagsLeaveNoBlankLines() throws {
        let partials = ["page": "<body>\n{{$content}}\n{{/content}}\n</body>\n"]
        let source = "{{<page}}\n{{$content}}\n<p>hi</p>\n{{/content}}\n{{/page}}\n"
        #expect(try render(source, partials: partials) == "<body>\n<p>hi</p>\n</body>\n")
    }

    @Test func libraryRendersTemplatesByName() throws {
        let library = TemplateLibrary(templates: [
            try Template(
                source: "{{<base}}{{$title}}Post{{/title}}{{/base}}", name: "post",
                path: "post.mustache"),
            try Template(source: base, name: "base", path: "base.mustache"),
        ])
        #expect(try library.render("post", context: [:]) == "<title>Post</title>|empty")
        #expect(library.template(named: "base")?.path == "base.mustache")
        #expect(library.validate().isEmpty)
    }

    @Test func emptyParentAloneOnALineIsStandaloneAndIndents() throws {
        let output = try render("top\n  {{<p}}{{/p}}\nend\n", partials: ["p": "a\nb\n"])
        #expect(output == "top\n  a\n  b\nend\n")
    }

    @Test func blockRightAfterParentTagDropsItsNewline() throws {
        let source = "{{<p}}{{$b}}\nx\ny\n{{/b}}{{/p}}"
        #expect(try render(source, partials: ["p": "[{{$b}}{{/b}}]"]) == "[x\ny\n]")
    }
}
