import Foundation
import Testing

@testable import CardPressKit

@Suite("Comment sanitizer")
struct CommentSanitizerTests {
    /// A construct that would run on the site, the text around it that must survive, and the
    /// name the sanitizer reports for what it took out.
    struct Hostile: Sendable, CustomTestStringConvertible {
        var html: String
        var text: String
        var removed: String

        var testDescription: String { removed }
    }

    static let hostile: [Hostile] = [
        Hostile(
            html: "<p>Hi<script>alert(1)</script> there</p>", text: "Hi there", removed: "script"),
        Hostile(
            html: "<style>body { display: none }</style>Still here", text: "Still here",
            removed: "style"),
        Hostile(
            html: "Look<iframe src=\"https://evil.example/\">inside</iframe> away",
            text: "Look away", removed: "iframe"),
        Hostile(
            html: "<object data=\"x.swf\"><param name=\"a\" value=\"b\"></object>ok", text: "ok",
            removed: "object"),
        Hostile(html: "<embed src=\"x.swf\">ok", text: "ok", removed: "embed"),
        Hostile(
            html: "<form action=\"https://evil.example/\"><input name=\"pin\"></form>ok",
            text: "ok", removed: "form"),
        Hostile(
            html: "<img src=\"x\" onerror=\"alert(1)\">Nice post", text: "Nice post",
            removed: "onerror"),
        Hostile(
            html: "<b onclick=\"steal()\">bold</b> move", text: "bold move", removed: "onclick"),
        Hostile(
            html: "<p onmouseover=\"steal()\" style=\"position:fixed\">over</p>", text: "over",
            removed: "onmouseover"),
        Hostile(
            html: "<a href=\"javascript:alert(1)\">click</a> me", text: "click me",
            removed: "href javascript:"),
        Hostile(
            html: "<a href=\" JaVa&#x09;Scr&#10;ipt:alert(1)\">hidden</a> scheme",
            text: "hidden scheme", removed: "href javascript:"),
        Hostile(
            html: "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">data</a> link",
            text: "data link", removed: "href data:"),
        Hostile(
            html: "<a href=\"vbscript:msgbox(1)\">vb</a> link", text: "vb link",
            removed: "href vbscript:"),
        Hostile(
            html: "<a href=\"//evil.example/\">looks</a> local", text: "looks local",
            removed: "href protocol-relative"),
        Hostile(
            html: "<a href=\"/\\evil.example/\">looks</a> local", text: "looks local",
            removed: "href protocol-relative"),
        Hostile(
            html: "<a href='https://example.org/\"onmouseover=\"alert(1)' onfocus=\"x\">q</a>",
            text: "q", removed: "onfocus"),
        Hostile(
            html: "<svg><script>alert(1)</script><text>drawn</text></svg> text",
            text: "drawn text", removed: "script"),
        Hostile(
            html: "<!--[if IE]><script>alert(1)</script><![endif]-->Old browsers",
            text: "Old browsers", removed: "HTML comment"),
        Hostile(
            html: "<div><span style=\"color:red\">red</span> words</div>", text: "red words",
            removed: "style"),
        Hostile(
            html: "<scr<script>ipt>alert(1)</script>after", text: "ipt>alert(1)after",
            removed: "scr"),
    ]

    @Test("a dangerous construct is taken out, its neighbours' text is kept", arguments: hostile)
    func dangerousConstruct(_ hostile: Hostile) throws {
        let cleaned = CommentSanitizer.clean(hostile.html)
        #expect(cleaned.removed[hostile.removed] != nil, "removed: \(cleaned.removed)")

        let page = try Self.parse(cleaned.html)
        #expect(page.string("//body") == hostile.text)
        try Self.expectSafe(page)
        #expect(CommentSanitizer.clean(cleaned.html) == .init(html: cleaned.html))
    }

    static let texts: [String] = [
        "Fish &amp; chips &lt;3, 5 &gt; 4 &quot;quoted&quot; &#39;single&#39;",
        "Caf&eacute; cr&egrave;me &#233;t&#xE9; &nbsp;spaced&#x1F600;",
        "Zoë, Łódź, 日本語, Ελληνικά, עברית, 😀 and a\u{00A0}no-break space",
        "A stray & ampersand, an unknown &bogus; entity and 3 < 4 > 2",
        "&lt;script&gt;alert(1)&lt;/script&gt; is shown, not run",
    ]

    @Test("entities and Unicode text read back as the same characters", arguments: texts)
    func textIsKept(_ html: String) throws {
        let original = try Self.parse(html).string("//body")
        let cleaned = CommentSanitizer.clean(html)
        #expect(cleaned.removed.isEmpty)
        let page = try Self.parse(cleaned.html)
        #expect(page.string("//body") == original)
        #expect(original?.isEmpty == false)
        try Self.expectSafe(page)
    }

    @Test("plain text is stored exactly as Blogger gave it")
    func plainText() {
        let text = "Works on 10.6 too. \"Quoted\" and 'single', naïve."
        #expect(CommentSanitizer.clean(text) == .init(html: text))
    }

    @Test("allowed tags keep their nesting; links keep href only and get rel nofollow ugc")
    func nestedAllowedTags() throws {
        let html = """
            <blockquote title="q"><p>Quote <b><i>deep</i></b> and <strong><em><u>more</u></em>\
            </strong> <a href="https://example.org/a?b=1&amp;c=2" rel="nofollow" \
            target="_blank">link</a><br><s>gone</s></p><ul><li>one</li><li><code>two</code>\
            </li></ul><ol><li><a href="mailto:ann@example.org">mail</a></li><li>\
            <a href="/posts/2009/03/x/#c1">local</a></li></ol></blockquote>\
            <pre>\n  indented\n</pre>
            """
        let cleaned = CommentSanitizer.clean(html)
        #expect(cleaned.removed == ["title": 1, "target": 1])

        let page = try Self.parse(cleaned.html)
        #expect(page.string("//body/blockquote/p/b/i") == "deep")
        #expect(page.string("//body/blockquote/p/strong/em/u") == "more")
        #expect(page.string("//body/blockquote/p/s") == "gone")
        #expect(page.strings("//body/blockquote/p/br").count == 1)
        #expect(page.strings("//body/blockquote/ul/li") == ["one", "two"])
        #expect(page.string("//body/blockquote/ul/li[2]/code") == "two")
        #expect(
            page.strings("//a/@href") == [
                "https://example.org/a?b=1&c=2", "mailto:ann@example.org", "/posts/2009/03/x/#c1",
            ])
        #expect(page.strings("//a/@rel") == ["nofollow ugc", "nofollow ugc", "nofollow ugc"])
        #expect(page.string("//body/pre") == (try Self.parse(html).string("//body/pre")))
        try Self.expectSafe(page)
    }

    static let malformed: [(html: String, text: String)] = [
        ("<p>open <b>bold <i>both</p>after", "open bold bothafter"),
        ("<a href=\"https://example.org/\">never closed", "never closed"),
        ("</div></b>stray closers</p>", "stray closers"),
        ("<p>one<p>two<li>three", "onetwothree"),
        ("text then a broken <b tag", "text then a broken "),
        ("before</body></html>after the end", "beforeafter the end"),
        ("<html><head><title>A title</title></head><body>body text", "A titlebody text"),
        ("<ul><li>a<ul><li>b</ul>c", "abc"),
    ]

    @Test(
        "malformed HTML is read as a browser would, and the result is stable", arguments: malformed)
    func malformedHTML(_ html: String, _ text: String) throws {
        let cleaned = CommentSanitizer.clean(html)
        let page = try Self.parse(cleaned.html)
        #expect(page.string("//body") == text)
        try Self.expectSafe(page)
        #expect(CommentSanitizer.clean(cleaned.html).html == cleaned.html)
    }

    @Test("deep nesting is walked without recursion; past libxml2's limit it is kept as text")
    func deepNesting() throws {
        let deep = String(repeating: "<b><span>", count: 120) + "deep"
        let cleaned = CommentSanitizer.clean(deep)
        let page = try Self.parse(cleaned.html)
        #expect(page.string("//body") == "deep")
        #expect(page.strings("//b").count == 120)
        try Self.expectSafe(page)

        let tooDeep = String(repeating: "<i>", count: 20_000) + "lost?<script>x</script>"
        let fallback = CommentSanitizer.clean(tooDeep)
        #expect(fallback.removed["markup (unreadable, kept as text)"] == 1)
        let shown = try Self.parse(fallback.html)
        #expect(shown.string("//body") == tooDeep)
        #expect(shown.strings("//body//*").isEmpty)
    }

    @Test("the import stores clean comments, reports them, and the page runs none of it")
    func throughTheImport() throws {
        let site = try BloggerFixture.emptySite()
        let report = try BloggerFixture.importExport("hostile-comments.xml", into: site)

        let file = "posts/2012/05/resetting-pin.comments.yaml"
        #expect(report.cleanedComments.map(\.file) == [file])
        #expect(report.cleanedComments.map(\.author) == ["Mallory"])
        let removed = try #require(report.cleanedComments.first?.removed)
        #expect(removed["script"] == 1)
        #expect(removed["onerror"] == 1)
        #expect(removed["onclick"] == 1)
        #expect(removed["href javascript:"] == 1)
        #expect(removed["author_url javascript:"] == 1)
        #expect(
            report.lines.contains(
                "comments: 1 cleaned ("
                    + removed.keys.sorted()
                    .joined(separator: ", ") + ")"))

        // The stored file is already safe, before any build reads it.
        let items = try #require(try YAMLParser.parse(try site.read(file))?.sequence)
        let stored = try Self.parse(try #require(items.first?["content"]?.scalar))
        #expect(stored.strings("//script").isEmpty)
        try Self.expectSafe(stored)
        #expect(items.first?["author_url"] == nil)

        try site.build()
        let page = try ParsedDocument(
            try site.read("output/posts/2012/05/resetting-pin/index.html"), kind: .html)
        let comments = "//section[@id='comments']"
        #expect(page.strings("//script").isEmpty)
        #expect(page.strings("\(comments)//@*[starts-with(name(), 'on')]").isEmpty)
        #expect(page.strings("\(comments)//iframe | \(comments)//img").isEmpty)
        let hrefs = page.strings("\(comments)//a/@href")
        #expect(hrefs == ["https://bob.example.net/", "https://pcsclite.apdu.fr/"])
        let contents = page.strings("\(comments)//*[contains(@class, 'comment-content')]")
            .map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        #expect(
            contents == [
                "Great post! See my notes & thanks — Zoë", "Which reader? See pcsc-lite.",
            ])
        #expect(page.string("\(comments)//li[1]//b") == "thanks")
        #expect(page.string("\(comments)//li[2]//i") == "reader")
    }

    /// The cleaned fragment as a browser would read it, inside a page of its own.
    private static func parse(_ fragment: String) throws -> ParsedDocument {
        try ParsedDocument(
            "<!DOCTYPE html><html><head><title>t</title></head><body>\(fragment)</body></html>",
            kind: .html)
    }

    /// Nothing in the body but allowed tags, and no attribute but a link's `href` and `rel`,
    /// with an address on the web, in mail or on this site.
    private static func expectSafe(_ page: ParsedDocument) throws {
        let allowed = CommentSanitizer.keptElements.union(["a"])
            .map { "self::\($0)" }.sorted().joined(separator: " or ")
        #expect(page.strings("//body//*[not(\(allowed))]").isEmpty)
        #expect(
            page.strings("//body//@*[not(parent::a and (name() = 'href' or name() = 'rel'))]")
                .isEmpty)
        for href in page.strings("//body//a/@href") {
            let safe =
                ["https://", "http://", "mailto:", "#"].contains { href.hasPrefix($0) }
                || (href.hasPrefix("/") && !href.hasPrefix("//"))
            #expect(safe, "unsafe link \(href)")
        }
    }
}
