import Testing

@testable import CardPressKit

@Suite("Slugs for URLs")
struct SlugTests {
    @Test(
        "titles and tags become lowercase ASCII words joined by dashes",
        arguments: [
            ("macOS Sonoma bug: SCardControl()", "macos-sonoma-bug-scardcontrol"),
            ("PC/SC", "pcsc"),
            ("CCID", "ccid"),
            ("  pcsc-lite 2.0.0  ", "pcsc-lite-2-0-0"),
            ("Lecteur de carte à puce", "lecteur-de-carte-a-puce"),
            ("Crypto Token Kit", "crypto-token-kit"),
            ("a -- b", "a-b"),
        ])
    func slugs(text: String, slug: String) {
        #expect(Slug.make(text) == slug)
    }

    @Test("text without a usable character gives an empty slug, which callers reject")
    func empty() {
        #expect(Slug.make("!!!").isEmpty)
    }
}
