import Testing

@testable import CardPressKit

@Suite("Links in pages and feeds")
struct LinkRewriterTests {
    @Test("root-relative links become relative to the page, so the site works from a folder")
    func relativize() {
        let html = """
            <a href="/posts/2023/10/x/">x</a> <img src="/assets/a.png"> \
            <a href="#top">t</a> <a href="https://x.org/">o</a>
            """
        let expected = """
            <a href="../../../../posts/2023/10/x/">x</a> <img src="../../../../assets/a.png"> \
            <a href="#top">t</a> <a href="https://x.org/">o</a>
            """
        #expect(LinkRewriter.relativize(html, root: "../../../../") == expected)
    }

    @Test("feeds get absolute links and images, whatever form the author used")
    func absolutize() {
        let html = """
            <a href="/a/">a</a><a href="b/">b</a><img src="../c.png">\
            <a href="https://x.org/">x</a><a href="mailto:m@x.org">m</a>
            """
        let expected = """
            <a href="https://example.org/a/">a</a>\
            <a href="https://example.org/posts/2023/10/x/b/">b</a>\
            <img src="https://example.org/posts/2023/10/c.png">\
            <a href="https://x.org/">x</a><a href="mailto:m@x.org">m</a>
            """
        let result = LinkRewriter.absolutize(
            html, pageURL: "https://example.org/posts/2023/10/x/",
            baseURL: "https://example.org/")
        #expect(result == expected)
    }
}
