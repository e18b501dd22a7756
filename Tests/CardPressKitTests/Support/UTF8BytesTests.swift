import Testing

@testable import CardPressKit

@Suite("Byte search over UTF-8 text")
struct UTF8BytesTests {
    @Test(
        "finds the first occurrence at or after the start, as a byte offset",
        arguments: [
            ("abc-->def-->", "-->", 0, 3),
            ("abc-->def-->", "-->", 4, 9),
            ("é<!--x-->", "<!--", 0, 2),
            ("-->", "-->", 0, 0),
            ("ab-", "-->", 0, nil),
            ("", "-->", 0, nil),
            ("abc", "", 1, 1),
            ("aaab", "aab", 0, 1),
        ] as [(String, String, Int, Int?)])
    func firstOffset(text: String, needle: String, start: Int, expected: Int?) {
        #expect(text.withUTF8Bytes { $0.firstOffset(of: needle, from: start) } == expected)
    }

    @Test("compares ASCII letters without case, and other bytes exactly")
    func lowercaseASCII() {
        "<!-- Teaser_END -->".withUTF8Bytes { bytes in
            #expect(bytes.hasLowercaseASCII("teaser_end", at: 5))
            #expect(!bytes.hasLowercaseASCII("teaser-end", at: 5))
            #expect(!bytes.hasLowercaseASCII("teaser_end", at: 12))
        }
        #expect(" HREF=".containsBytes("HREF"))
        #expect(!" HREF=".containsBytes("href"))
    }
}
