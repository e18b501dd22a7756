import Foundation
import Testing

@testable import CardPressKit

@Suite("Site check")
struct SiteCheckTests {
    private func check(_ site: TemporarySite, legacy: String? = nil) throws -> SiteCheckReport {
        var legacyFile: URL?
        if let legacy {
            try site.write("legacy.txt", legacy)
            legacyFile = site.folder.appendingPathComponent("legacy.txt")
        }
        return try SiteCheck.run(
            SiteCheck.Options(siteFolder: site.folder, legacyFile: legacyFile))
    }

    @Test("an imported Blogger site has no broken link, stub or server rule")
    func importedSiteIsClean() throws {
        let site = try BloggerFixture.emptySite()
        try BloggerFixture.importExport("classic-export.xml", into: site)
        try site.build()
        let report = try check(site)
        #expect(report.problems.map(\.description) == [])
        #expect(report.linksChecked > 50)
        #expect(report.redirectsChecked > 20)
    }

    @Test("every old Blogger URL of a list resolves, ?m=1 and any host included")
    func legacyListResolves() throws {
        let site = try BloggerFixture.emptySite()
        try BloggerFixture.importExport("classic-export.xml", into: site)
        try site.build()
        let urls = [
            "http://cardnotes.blogspot.com/2009/03/reading-piv-card.html",
            "http://cardnotes.blogspot.com/2009/03/reading-piv-card.html?m=1",
            "https://cardnotes.blogspot.fr/2010/07/ccid-driver_23.html?m=0#comments",
            "http://cardnotes.blogspot.com/search/label/Mac%20OS%20X",
            "http://cardnotes.blogspot.com/search/label/Carte%20%C3%A0%20puce?max-results=20",
            "http://cardnotes.blogspot.com/2010/07/", "http://cardnotes.blogspot.com/2010/",
            "http://cardnotes.blogspot.com/2010_07_01_archive.html",
            "http://cardnotes.blogspot.com/p/about.html",
            "http://cardnotes.blogspot.com/feeds/posts/default?alt=rss",
            "http://cardnotes.blogspot.com/feeds/posts/default/-/PC%2FSC",
            "http://cardnotes.blogspot.com/atom.xml", "http://cardnotes.blogspot.com/",
        ]
        let report = try check(site, legacy: "# old links\n" + urls.joined(separator: "\n"))
        #expect(report.problems.map(\.description) == [])
        #expect(report.legacyResolved == urls.count)
    }

    @Test("old URLs that lead nowhere are printed with their line")
    func legacyBroken() throws {
        let site = try BloggerFixture.emptySite()
        try BloggerFixture.importExport("classic-export.xml", into: site)
        try site.build()
        let report = try check(
            site,
            legacy: """
                http://cardnotes.blogspot.com/2009/03/reading-piv-card.html
                http://cardnotes.blogspot.com/2008/01/gone.html?m=1
                http://cardnotes.blogspot.com/search/label/Nope
                """)
        #expect(!report.isClean)
        let places = report.problems.compactMap { $0.location.map { "\($0.file):\($0.line)" } }
        #expect(places == ["legacy.txt:2", "legacy.txt:3"])
        #expect(report.problems.first?.message.contains("/2008/01/gone.html") == true)
    }

    @Test("a broken link, a missing image and a missing anchor are found with file and line")
    func brokenLinks() throws {
        let site = try TemporarySite()
        try site.write("cardpress.yaml", "title: T\nbase_url: https://cards.example.org/\n")
        try site.write(
            "posts/2023/a.html",
            """
            ---
            title: A
            date: 2023-10-04
            ---
            <p><a href="/posts/2023/10/b/">fine</a></p>
            <p><a href="/posts/2023/10/nothing/">broken</a></p>
            <p><img src="/images/missing.png" alt=""></p>
            <p><a href="/posts/2023/10/b/#nowhere">no anchor</a></p>
            <p><a href="https://example.com/x">elsewhere</a></p>
            """)
        try site.write(
            "posts/2023/b.html", "---\ntitle: B\ndate: 2023-10-05\n---\n<p id=\"here\">B</p>\n")
        try site.build()

        let report = try check(site)
        let page = "output/posts/2023/10/a/index.html"
        let found = report.problems.filter { $0.location?.file == page }.map(\.message)
        #expect(found.count == 3)
        #expect(found.contains { $0.contains("/posts/2023/10/nothing/") })
        #expect(found.contains { $0.contains("images/missing.png") })
        #expect(found.contains { $0.contains("no anchor '#nowhere'") })
        #expect(report.problems.allSatisfy { ($0.location?.line ?? 0) > 0 })
        // The feed carries the same body, with absolute links: the same breakage shows.
        #expect(report.problems.contains { $0.location?.file == "output/rss.xml" })
    }

    @Test("a redirect whose target disappeared is reported in the stub and in every map")
    func brokenRedirect() throws {
        let site = try RedirectSite.make()
        try site.build()
        try FileManager.default.removeItem(
            at: site.folder.appendingPathComponent("output/categories/mac-os-x"))

        let report = try check(site)
        let files = Set(report.problems.compactMap(\.location?.file))
        #expect(files.contains("output/search/label/Mac OS X/index.html"))
        #expect(files.contains("output/_redirects"))
        #expect(files.contains("output/nginx-redirects.conf"))
        #expect(files.contains("output/.htaccess"))
        #expect(report.problems.allSatisfy { $0.severity == .error })
    }

    @Test("a stub that leads to another stub takes two hops and is reported")
    func twoHops() throws {
        let site = try RedirectSite.make()
        try site.build()
        let stub = site.folder.appendingPathComponent("output/p/about.html")
        var text = try String(contentsOf: stub, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "url=../about/#team", with: "url=../2021/10/old-name.html")
        try Data(text.utf8).write(to: stub)
        let report = try check(site)
        #expect(report.problems.contains { $0.message.contains("two hops") })
    }

    @Test("without a built site the check fails with a clear message")
    func noSite() throws {
        let site = try TemporarySite()
        #expect(throws: BuildFailure.self) { try check(site) }
    }
}
