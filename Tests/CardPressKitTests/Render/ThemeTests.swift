import Foundation
import Testing

@testable import CardPressKit

@Suite("Themes: parents, overrides and template errors")
struct ThemeTests {
    /// A one-post site whose `cardpress.yaml` picks `theme`.
    private func site(theme: String) throws -> TemporarySite {
        let site = try TemporarySite()
        try site.write("cardpress.yaml", "title: Card Notes\ntheme: \(theme)\n")
        try site.write(
            "posts/a.md",
            "---\ntitle: First post\ndate: 2023-10-04\ntags: [CCID]\n---\nHello, reader.\n")
        return site
    }

    @Test("a child theme overrides one template and one asset and inherits the rest")
    func childOverridesSome() throws {
        let site = try site(theme: "night")
        try site.write("themes/night/theme.yaml", "parent: default\n")
        try site.write(
            "themes/night/templates/post-meta.mustache",
            "<p class=\"night-meta\">{{date}}</p>\n")
        try site.write("themes/night/assets/style.css", "body { background: black; }\n")
        try site.write("themes/night/assets/night.svg", "<svg/>\n")
        try site.build()

        let post = try ParsedDocument(
            site.read("output/posts/2023/10/a/index.html"), kind: .html)
        #expect(post.string("//p[@class='night-meta']") == "4 October 2023")
        #expect(post.string("//main//h1") == "First post")
        #expect(post.string("//html/@lang") == "en")
        #expect(try site.read("output/assets/style.css") == "body { background: black; }\n")
        #expect(site.exists("output/assets/night.svg"))

        let tag = try ParsedDocument(
            site.read("output/categories/ccid/index.html"), kind: .html)
        #expect(tag.strings("//main//li/a") == ["First post"])
    }

    @Test("a template error names the theme file, line and column, and nothing is written")
    func templateError() throws {
        let site = try site(theme: "broken")
        try site.write("themes/broken/theme.yaml", "parent: default\n")
        try site.write(
            "themes/broken/templates/post-meta.mustache",
            "<p>\n  {{#date}}{{date}}\n</p>\n")
        let errors = site.failingBuild()
        #expect(
            errors.contains { $0.hasPrefix("themes/broken/templates/post-meta.mustache:2:3:") },
            "\(errors)")
        #expect(!site.exists("output"))
    }

    @Test("a theme that is its own ancestor is an error naming its theme.yaml")
    func parentCycle() throws {
        let site = try site(theme: "a")
        try site.write("themes/a/theme.yaml", "parent: b\n")
        try site.write("themes/b/theme.yaml", "parent: a\n")
        let errors = site.failingBuild()
        #expect(errors.contains { $0.contains("themes/a/theme.yaml") && $0.contains("ancestor") })
    }

    @Test("a missing parent is an error naming the child's theme.yaml")
    func missingParent() throws {
        let site = try site(theme: "child")
        try site.write("themes/child/theme.yaml", "parent: gone\n")
        let errors = site.failingBuild()
        #expect(
            errors.contains { $0.hasPrefix("themes/child/theme.yaml") && $0.contains("'gone'") },
            "\(errors)")
    }
}
