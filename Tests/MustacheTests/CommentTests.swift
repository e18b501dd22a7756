import Mustache
import Testing

@Suite("Comments")
struct CommentTests {
    @Test func inlineCommentVanishes() throws {
        #expect(try render("a{{! note }}b") == "ab")
    }

    @Test func multilineComment() throws {
        #expect(try render("a{{!\n line one\n line two\n}}b") == "ab")
    }

    @Test func standaloneCommentLineIsRemoved() throws {
        #expect(try render("one\n   {{! gone }}\ntwo\n") == "one\ntwo\n")
    }

    @Test func commentMayHoldMustacheLookalikes() throws {
        #expect(try render("{{! {{not a tag }}x") == "x")
    }
}
