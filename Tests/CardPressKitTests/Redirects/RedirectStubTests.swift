import Foundation
import Testing

@testable import CardPressKit

@Suite("Redirect stubs")
struct RedirectStubTests {
    @Test("an old post address becomes a file at exactly that path, never a folder")
    func stubIsAFile() throws {
        let site = try RedirectSite.make()
        try site.build()
        var isFolder: ObjCBool = true
        let path = site.folder.appendingPathComponent("output/2021/10/reader-setup.html").path
        #expect(FileManager.default.fileExists(atPath: path, isDirectory: &isFolder))
        #expect(!isFolder.boolValue)
    }

    @Test("the stub names its target, is not indexed, refreshes, keeps the fragment")
    func stubContents() throws {
        let site = try RedirectSite.make()
        try site.build()
        let stub = try ParsedDocument(
            try site.read("output/2021/10/old-name.html"), kind: .html)
        #expect(stub.string("/html/@lang") == "fr")
        #expect(
            stub.string("//link[@rel='canonical']/@href")
                == "https://cards.example.org/posts/2021/10/setup/")
        #expect(stub.string("//meta[@name='robots']/@content") == "noindex")
        #expect(
            stub.string("//meta[@http-equiv='refresh']/@content")
                == "0; url=../../posts/2021/10/setup/")
        #expect(stub.string("//title")?.contains("posts/2021/10/setup/") == true)
        #expect(stub.string("//body//a/@href") == "../../posts/2021/10/setup/")
        let script = try #require(stub.string("//script"))
        #expect(script.contains("location.replace"))
        #expect(script.contains("location.hash"))
        #expect(script.contains("location.search"))

        let about = try ParsedDocument(try site.read("output/p/about.html"), kind: .html)
        #expect(about.string("//body//a/@href") == "../about/#team")
    }

    @Test("a label with a space gets a stub in a folder of that name")
    func labelStub() throws {
        let site = try RedirectSite.make()
        try site.build()
        let stub = try ParsedDocument(
            try site.read("output/search/label/Mac OS X/index.html"), kind: .html)
        #expect(
            stub.string("//meta[@http-equiv='refresh']/@content")
                == "0; url=../../../categories/mac-os-x/")
    }

    @Test("a real page at a redirect's path wins, with a warning, in stubs and maps")
    func realPageWins() throws {
        let site = try RedirectSite.make()
        try site.write(
            "redirects.yaml", "\"/posts/2021/10/setup/\": \"/about/\"\n")
        let (_, log) = try site.build()
        #expect(log.warnings.contains { $0.message.contains("is a page of the site") })
        let page = try ParsedDocument(
            try site.read("output/posts/2021/10/setup/index.html"), kind: .html)
        #expect(page.string("//meta[@http-equiv='refresh']/@content") == nil)
        let netlify = try site.read("output/_redirects")
        #expect(!netlify.split(separator: "\n").contains { $0.hasPrefix("/posts/2021/10/setup/") })
    }

    @Test(
        "unusable targets and clashes are errors naming where they were written",
        arguments: [
            ("\"/a.html\": \"javascript:alert(1)\"\n", "uses 'javascript:'"),
            ("\"/a.html\": \"data:text/html,x\"\n", "uses 'data:'"),
            ("\"/a.html\": \"../../etc/passwd\"\n", "leads outside the output folder"),
            ("\"/a.html\": \"/a.html\"\n", "redirects to itself"),
            ("\"/2021/10/old-name.html\": \"/about/\"\n", "is claimed twice"),
        ])
    func refusedRules(rule: String, message: String) throws {
        let site = try RedirectSite.make()
        try site.write("redirects.yaml", rule)
        let errors = site.failingBuild()
        #expect(
            errors.contains { $0.hasPrefix("redirects.yaml:1:1: error:") && $0.contains(message) })
    }

    @Test("a chain is collapsed to one hop, with a warning")
    func chainCollapsed() throws {
        let site = try RedirectSite.make()
        try site.write("redirects.yaml", "\"/older.html\": \"/2021/10/old-name.html\"\n")
        let (_, log) = try site.build()
        #expect(log.warnings.contains { $0.message.contains("led to another redirect") })
        let stub = try ParsedDocument(try site.read("output/older.html"), kind: .html)
        #expect(
            stub.string("//meta[@http-equiv='refresh']/@content") == "0; url=posts/2021/10/setup/")
    }
}
