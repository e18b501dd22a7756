import Foundation
import Testing

@testable import CardPressKit

@Suite("The sample knowledge base's bug pages")
struct SampleBugsTests {
    @Test("/bugs/macos/14/ lists the seed bugs, each linking to its post, which links back")
    func sonomaPage() throws {
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("cardpress-sample-bugs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let log = DiagnosticLog()
        _ = try SiteBuild.run(
            BuildOptions(siteFolder: RepositoryFolder.url, outputFolder: output), log: log)
        #expect(log.errors.isEmpty)

        let path = "bugs/macos/14/index.html"
        let page = try ParsedDocument(
            String(contentsOf: output.appendingPathComponent(path), encoding: .utf8),
            kind: .html, name: path)
        #expect(page.string("//h1") == "macOS Sonoma 14 and smart cards: known bugs")
        let rows = "//table[contains(@class,'bug-table')]/tbody/tr"
        let ids = page.strings("\(rows)/@id")
        for seed in ["sonoma-scardcontrol", "sonoma-scardgetstatuschange-race"] {
            #expect(ids.contains(seed))
        }
        #expect(ids.contains { $0.hasPrefix("sonoma-reader-name") })
        #expect(page.string("\(rows)[@id='sonoma-scardcontrol']/td[3]") == "14.3")

        let post = try #require(page.string("\(rows)[@id='sonoma-scardcontrol']/th/a/@href"))
        let postFile = String(post.prefix { $0 != "#" }.dropFirst("../../../".count))
        let postPage = try ParsedDocument(
            String(contentsOf: output.appendingPathComponent(postFile), encoding: .utf8),
            kind: .html, name: postFile)
        #expect(
            postPage.strings("//aside[@id='bug-sonoma-scardcontrol']//a/@href")
                .contains("../../../../bugs/macos/14/index.html"))
    }
}
