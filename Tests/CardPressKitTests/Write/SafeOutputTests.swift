import Foundation
import Testing

@testable import CardPressKit

@Suite("The output folder is never lost")
struct SafeOutputTests {
    @Test("a failed build leaves the previous output exactly as it was")
    func failedBuildKeepsOutput() throws {
        let site = try FixtureSite.make()
        try site.build()
        let before = try site.read("output/index.html")

        try site.write("posts/2023/broken.md", "---\ntitle: Broken\ndate: 2023-02-30\n---\n")
        let errors = site.failingBuild()
        #expect(errors.contains { $0.hasPrefix("posts/2023/broken.md:3:7: error:") }, "\(errors)")
        #expect(try site.read("output/index.html") == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.folder.path)
            .filter { $0.contains("staging") || $0.contains("previous") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test("a rebuild keeps unchanged files as they were (same inode) and replaces changed ones")
    func unchangedFilesAreKept() throws {
        let site = try FixtureSite.make()
        try site.build()
        let page = "output/posts/2022/03/two-files/index.html"
        let changed = "output/posts/2023/10/sonoma-scardcontrol/index.html"
        let asset = "output/assets/style.css"
        let before = try [page, changed, asset].map(inode)
        let oldText = try site.read(changed)

        let source = "posts/2023/sonoma-scardcontrol.md"
        try site.write(source, try site.read(source) + "\nOne more line.\n")
        try site.build()

        #expect(try inode(page) == before[0])
        #expect(try inode(asset) == before[2])
        #expect(try inode(changed) != before[1])
        #expect(try site.read(changed) != oldText)
        #expect(try site.read(changed).contains("One more line."))

        func inode(_ path: String) throws -> UInt64 {
            let attributes = try FileManager.default.attributesOfItem(
                atPath: site.folder.appendingPathComponent(path).path)
            return try #require(attributes[.systemFileNumber] as? UInt64)
        }
    }

    @Test("files CardPress did not write survive a rebuild; its own stale files go")
    func foreignFilesSurvive() throws {
        let site = try FixtureSite.make()
        try site.build()
        try site.write("output/CNAME", "cards.example.org\n")
        try site.write("output/posts/2021/12/old/notes.txt", "mine")
        try FileManager.default.removeItem(
            at: site.folder.appendingPathComponent("posts/2021/old.md"))

        let (_, log) = try site.build()
        #expect(try site.read("output/CNAME") == "cards.example.org\n")
        #expect(try site.read("output/posts/2021/12/old/notes.txt") == "mine")
        #expect(!site.exists("output/posts/2021/12/old/index.html"))
        #expect(log.warnings.contains { $0.description.contains("CNAME") })
    }

    @Test("a foreign file where the build must write is an error, not an overwrite")
    func foreignFileInTheWay() throws {
        let site = try FixtureSite.make()
        try site.write("output/rss.xml", "hand-made feed")
        let errors = site.failingBuild()
        #expect(errors.contains { $0.contains("rss.xml") }, "\(errors)")
        #expect(try site.read("output/rss.xml") == "hand-made feed")
    }

    @Test("two posts with the same output path are an error naming both files")
    func outputClash() throws {
        let site = try FixtureSite.make()
        try site.write(
            "posts/2023/copy.md",
            "---\ntitle: Copy\nslug: faq\ndate: 2023-10-20\n---\nDuplicate.\n")
        let errors = site.failingBuild()
        let clash = try #require(errors.first { $0.contains("posts/2023/10/faq/") })
        #expect(clash.contains("posts/2023/copy.md"))
        #expect(clash.contains("posts/2023/nested/deeper/faq.html"))
    }
}
