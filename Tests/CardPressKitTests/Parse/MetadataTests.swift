import Foundation
import Testing

@testable import CardPressKit

@Suite("Post metadata: both forms and bad input")
struct MetadataTests {
    let reader = PostMetadataReader(
        dateParser: DateParser(timeZone: TimeZone(identifier: "Europe/Paris") ?? .gmt))

    private func read(_ text: String, file: String = "posts/a.md") throws -> (
        PostMetadata?, [String]
    ) {
        let log = DiagnosticLog()
        let split = try SourceSplitter.split(text, file: file)
        let block = try #require(split.metadata)
        let metadata = reader.read(block, fileStem: "a", sourceFile: file, log: log)
        return (metadata, log.all.map(\.description))
    }

    @Test("YAML front matter gives every known key, and unknown keys are kept")
    func yamlFrontMatter() throws {
        let (metadata, problems) = try read(
            """
            ---
            title: "macOS Sonoma bug: SCardControl()"
            slug: sonoma-scardcontrol
            date: 2023-09-29 14:05:00 +02:00
            updated: 2024-02-05
            tags: [macOS, PC/SC]
            category: macOS
            description: It fails.
            author: Ann
            status: private
            aliases: [/2023/09/old.html]
            template: special
            reader_model: GemPC Pinpad
            ---
            Body
            """)
        #expect(problems.isEmpty)
        let post = try #require(metadata)
        #expect(post.title == "macOS Sonoma bug: SCardControl()")
        #expect(post.slug == "sonoma-scardcontrol")
        #expect(post.date?.iso8601 == "2023-09-29T14:05:00+02:00")
        #expect(post.updated?.local.year == 2024)
        #expect(post.tags == ["macOS", "PC/SC"])
        #expect(post.category == "macOS")
        #expect(post.description == "It fails.")
        #expect(post.author == "Ann")
        #expect(post.status == .private)
        #expect(post.aliases.map(\.path) == ["/2023/09/old.html"])
        #expect(post.template == "special")
        #expect(post.extra.map(\.key) == ["reader_model"])
    }

    @Test("Nikola's comment block gives the same metadata, tags as a comma string")
    func nikolaComment() throws {
        let (metadata, problems) = try read(
            """
            <!--
            .. title: FAQ: pcsc-lite and SCARD_E_SERVICE_STOPPED
            .. slug: faq-service-stopped
            .. date: 2023-10-04 09:47:47 UTC+02:00
            .. tags: pcsc-lite, FAQ,  Linux
            .. category: FAQ
            -->
            <p>Body</p>
            """, file: "posts/b.html")
        #expect(problems.isEmpty)
        let post = try #require(metadata)
        #expect(post.title == "FAQ: pcsc-lite and SCARD_E_SERVICE_STOPPED")
        #expect(post.tags == ["pcsc-lite", "FAQ", "Linux"])
        #expect(post.date?.epochSeconds == 1_696_405_667)
    }

    @Test("a .meta sidecar holds bare Nikola lines")
    func sidecar() throws {
        let block = try SourceSplitter.sidecar(
            ".. title: Two files\n.. date: 2022-03-01\n.. tags: a,b\n", file: "posts/c.meta")
        let log = DiagnosticLog()
        let post = try #require(
            reader.read(block, fileStem: "c", sourceFile: "posts/c.md", log: log))
        #expect(post.title == "Two files")
        #expect(post.slug == "c")
        #expect(post.tags == ["a", "b"])
    }

    @Test(
        "a .meta sidecar may hold YAML too, with or without its dashes",
        arguments: [
            "---\ntitle: Two files\ndate: 2022-03-01\ntags: [a, b]\n---\n",
            "title: Two files\ndate: 2022-03-01\ntags: [a, b]\n",
            "<!--\n.. title: Two files\n.. date: 2022-03-01\n.. tags: a, b\n-->\n",
        ])
    func sidecarForms(text: String) throws {
        let block = try SourceSplitter.sidecar(text, file: "posts/c.meta")
        let log = DiagnosticLog()
        let post = try #require(
            reader.read(block, fileStem: "c", sourceFile: "posts/c.md", log: log))
        #expect(post.title == "Two files")
        #expect(post.tags == ["a", "b"])
        #expect(log.errors.isEmpty)
    }

    @Test("broken YAML in a bare sidecar is an error at its own line")
    func brokenSidecar() {
        #expect {
            _ = try SourceSplitter.sidecar("title: A\ntags: [a, b\n", file: "posts/c.meta")
        } throws: { error in
            "\(error)".hasPrefix("posts/c.meta:3:") && "\(error)".contains("YAML")
        }
    }

    @Test(
        "bad metadata is an error naming the file, line and what is allowed",
        arguments: [
            ("---\ntitle: A\ndate: 2023-02-30\n---\n", "posts/a.md:3:7: error: ", "date"),
            ("---\ntitle: A\n---\n", "posts/a.md:1:1: error: missing 'date'", "type: page"),
            ("---\ndate: 2023-02-01\n---\n", "posts/a.md:1:1: error: missing 'title'", "title"),
            (
                "---\ntitle: A\ndate: 2023-02-01\nstatus: publishd\n---\n",
                "posts/a.md:4:9: error: ", "published"
            ),
            (
                "---\ntitle: A\ndate: 2023-02-01\ntags: {a: b}\n---\n",
                "posts/a.md:4:7: error: ", "tags"
            ),
        ])
    func badMetadata(text: String, prefix: String, mentions: String) throws {
        let (metadata, problems) = try read(text)
        #expect(metadata == nil)
        let problem = try #require(problems.first)
        #expect(problem.hasPrefix(prefix), "\(problem)")
        #expect(problem.contains(mentions), "\(problem)")
    }

    @Test("broken YAML is an error at the line libyaml found it")
    func brokenYAML() {
        #expect {
            _ = try SourceSplitter.split("---\ntitle: [a\ndate: x\n---\nbody", file: "posts/a.md")
        } throws: { error in
            "\(error)".hasPrefix("posts/a.md:") && "\(error)".contains("YAML")
        }
    }

    @Test("front matter with Windows line endings, or closed by '...', splits the same way")
    func otherLineEndings() throws {
        for text in [
            "---\r\ntitle: A\r\ndate: 2023-02-01\r\n---\r\nBody\r\n",
            "---\ntitle: A\ndate: 2023-02-01\n...\nBody\n",
        ] {
            let split = try SourceSplitter.split(text, file: "posts/a.md")
            #expect(split.metadata?.entries.map(\.key) == ["title", "date"])
            #expect(split.bodyLine == 5)
            #expect(split.body.hasPrefix("Body"))
        }
    }

    @Test("front matter without its closing line is an error, not a post")
    func unclosedFrontMatter() {
        #expect(throws: Diagnostic.self) {
            _ = try SourceSplitter.split("---\ntitle: A\n\nbody", file: "posts/a.md")
        }
    }
}
