import Foundation
import Testing

@testable import CardPressKit

@Suite("The site config")
struct SiteConfigTests {
    @Test("a missing config gives sensible defaults and says so")
    func defaults() throws {
        let site = try TemporarySite(theme: false)
        let log = DiagnosticLog()
        let config = SiteConfig.load(siteFolder: site.folder, log: log)
        #expect(config.postsPerPage > 0)
        #expect(config.baseURL.hasSuffix("/"))
        #expect(config.theme == "default")
        #expect(log.warnings.count == 1)
    }

    @Test("an unknown key is a warning, a wrong type an error, each at its line")
    func problems() throws {
        let site = try TemporarySite(theme: false)
        try site.write(
            "cardpress.yaml",
            "title: T\nposts_per_pgae: 3\nposts_per_page: many\ntimezone: Mars/Olympus\n")
        let log = DiagnosticLog()
        let config = SiteConfig.load(siteFolder: site.folder, log: log)
        #expect(config.title == "T")
        let lines = log.all.map(\.description)
        #expect(lines.contains { $0.hasPrefix("cardpress.yaml:2:1: warning: unknown config key") })
        #expect(lines.contains { $0.hasPrefix("cardpress.yaml:3:17: error: 'posts_per_page'") })
        #expect(lines.contains { $0.hasPrefix("cardpress.yaml:4:11: error: unknown time zone") })
    }
}
