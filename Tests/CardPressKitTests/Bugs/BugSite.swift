import Foundation
import Testing

@testable import CardPressKit

/// Small sites with bug posts, written inline so each test shows the metadata it is about.
enum BugSite {
    /// A site with a config and the given posts (file path → bug metadata lines, indented
    /// under the post's own metadata).
    static func make(_ posts: [(path: String, metadata: String)]) throws -> TemporarySite {
        let site = try TemporarySite()
        try site.write(
            "cardpress.yaml",
            "title: Card Notes\nbase_url: https://cards.example.org/\ntimezone: Europe/Paris\n")
        for (index, post) in posts.enumerated() {
            try site.write(post.path, document(title: "Post \(index + 1)", metadata: post.metadata))
        }
        return site
    }

    /// A post whose metadata starts with title and date (lines 2 and 3), so the first line
    /// of `metadata` is line 4 of the file.
    static func document(title: String, metadata: String, day: Int = 1) -> String {
        "---\ntitle: \(title)\ndate: 2023-10-\(day < 10 ? "0" : "")\(day) 10:00\n"
            + metadata + (metadata.hasSuffix("\n") ? "" : "\n") + "---\nBody of \(title).\n"
    }

    /// Loads the site and prepares every feature as a build does, without writing anything.
    static func load(
        _ site: TemporarySite
    ) throws -> (feature: BugFeature, site: Site, log: DiagnosticLog) {
        let log = DiagnosticLog()
        var clock = StageClock()
        let sources = SiteSources.load(siteFolder: site.folder, log: log, clock: &clock)
        var model = SiteModel.build(
            posts: sources.posts, config: sources.config,
            options: .init(includeDrafts: false, now: 1_900_000_000), log: log)
        let features = SiteFeatures.prepare(site: &model, siteFolder: site.folder, log: log)
        let feature = try #require(features.compactMap { $0 as? BugFeature }.first)
        return (feature, model, log)
    }

    /// The messages of a site with one post holding `metadata`, as the author reads them.
    static func messages(_ metadata: String, path: String = "posts/2023/a.md") throws -> [String] {
        let site = try make([(path, metadata)])
        let log = try load(site).log
        return log.all.map(\.description)
    }

    /// The sonoma-scardcontrol bug, as the sample site writes it.
    static let scardControl = """
        bug:
          id: sonoma-scardcontrol
          title: SCardControl() returns SCARD_E_NOT_TRANSACTED
          summary: Every SCardControl() call fails.
          platform: macOS
          component: CCID driver
          api: [SCardControl]
          affected: ">=14.0 <14.3"
          fixed_in: "14.3"
          status: fixed
          refs: [FB12779458, "Debian #123456", "https://github.com/LudovicRousseau/CCID/issues/42"]
          errors: [SCARD_E_NOT_TRANSACTED, "0x80100016"]
          readers: ["Gemalto USB GemPCPinpad SmartCard Reader"]
          workaround: |
            Use the `useIFDCCID` preference.
          history:
            - date: 2023-07-28
              status: open
              note: Reported as FB12779458.
            - date: 2023-11-06
              status: workaround
              note: Traced to Apple's CCID driver.
            - date: 2024-02-05
              status: fixed
              note: Fixed in macOS 14.3.
        """

    /// An open bug in every Sonoma release.
    static let race = """
        bug:
          id: sonoma-race
          title: SCardGetStatusChange() race
          platform: macOS
          affected: Sonoma
          status: open
          refs: [FB13184685]
          history:
            - date: 2023-10-04
              status: open
              note: Reported as FB13184685.
        """
}
