import Foundation
import Mustache

/// Hardware checks on the site: snippets labelled in posts, a "Hardware checks" appendix on
/// each post with recorded results, the `/hwcheck/` matrix and its JSON twin. The build
/// reads recorded results only; it never touches hardware.
struct HardwareCheckFeature: SiteFeature {
    static let fences: Set<String> = [ProbeSnippet.fence]

    /// A post's checks with their recorded runs.
    struct PostChecks: Sendable {
        var post: Post
        var snippets: [ProbeSnippet]
        var records: [CheckRecord]
    }

    let checked: [PostChecks]

    init(site: inout Site, siteFolder: URL, log: DiagnosticLog) {
        var checked: [PostChecks] = []
        for index in site.posts.indices {
            let post = site.posts[index]
            guard !post.fencedBlocks.isEmpty else { continue }
            let snippets = SnippetParser.snippets(of: post, log: log)
            let records = CheckRecordStore.records(
                forPost: post.sourcePath, siteFolder: siteFolder, log: log)
            var html = SnippetLabels.apply(post.contentHTML, snippets: snippets)
            if !records.isEmpty {
                html += CheckAppendix.html(snippets: snippets, records: records)
            }
            site.posts[index].contentHTML = html
            checked.append(
                PostChecks(post: site.posts[index], snippets: snippets, records: records))
        }
        self.checked = checked
        site.reproducers = Self.reproducers(checked)
    }

    var navigation: [NavigationLink] {
        checked.isEmpty
            ? [] : [NavigationLink(title: "Hardware checks", path: "hwcheck/index.html")]
    }

    var sitemapEntries: [SitemapEntry] {
        checked.isEmpty ? [] : [SitemapEntry(path: "hwcheck/", date: nil)]
    }

    func jobs(site: Site, pages: PageGenerator, log: DiagnosticLog) -> [OutputJob] {
        guard !checked.isEmpty else { return [] }
        let matrix = CheckMatrix(checked: checked)
        let json = OutputJob(path: "hwcheck.json", origin: "the hardware-check matrix") {
            () throws(Diagnostic) -> OutputJob.Contents in
            do {
                return .text(try matrix.json(baseURL: site.config.baseURL) + "\n")
            } catch {
                throw Diagnostic.error("cannot encode hwcheck.json: \(error)")
            }
        }
        let page = pages.render(
            "hwcheck/index.html", template: "hwcheck", title: "Hardware checks",
            description: "Which systems and readers still show each problem, as recorded "
                + "by the probe checks embedded in the posts.",
            canonical: "hwcheck/", kind: "hwcheck", origin: "the hardware-check matrix"
        ) { _ in
            matrix.templateValues()
        }
        return [page, json]
    }

    /// Every check marked as a bug's reproducer, with the verdict its bug box shows, by bug id.
    private static func reproducers(_ checked: [PostChecks]) -> [String: [Reproducer]] {
        var found: [String: [Reproducer]] = [:]
        for entry in checked {
            for snippet in entry.snippets {
                guard let bug = snippet.reproduces else { continue }
                found[bug, default: []].append(
                    Reproducer(post: entry.post, snippet: snippet, records: entry.records))
            }
        }
        return found
    }
}
