/// The old Blogger addresses that are not posts, and where each lands on the new site.
///
/// Blogger answered for label pages (`/search/label/Mac%20OS%20X`), per-label feeds, dated
/// archive files (`/2021_10_01_archive.html` for a month, a week or a day) and its feeds.
/// Month and year archives (`/2021/10/`, `/2021/`) need no rule: the new site has pages at
/// those very paths.
struct BloggerURLRules {
    /// Old site path (decoded, leading `/`) → new root-relative path, sorted on output.
    private(set) var rules: [String: String] = [:]
    /// Labels that give no usable address, for the report.
    private(set) var unusableLabels: [String] = []

    /// The rules for the published posts of an import.
    init(published posts: [ImportedPost]) {
        for path in Self.feedPaths { add(path, "/rss.xml") }
        for post in posts where !post.isPage {
            for label in post.entry.labels { addLabel(label) }
            let local = post.date.local
            let month = "\(local.year)/\(Self.two(local.month))/"
            add(Self.archiveFile(local.year, local.month, 1), "/" + month)
            add(Self.archiveFile(local.year, local.month, local.day), "/" + month)

            // A weekly archive is named after the Sunday that starts the post's week.
            let sunday = CivilDateTime.civil(
                fromDays: CivilDateTime.days(year: local.year, month: local.month, day: local.day)
                    - local.weekday)
            add(Self.archiveFile(sunday.year, sunday.month, sunday.day), "/" + month)
        }
        unusableLabels.sort()
    }

    /// The addresses of Blogger's own feeds; `?alt=rss` and other queries go to the same.
    static let feedPaths = [
        "/feeds/posts/default", "/feeds/posts/summary", "/feeds/posts/full", "/atom.xml",
    ]

    /// The tag page of a label, as the build names it: `/categories/mac-os-x/`.
    static func tagPage(_ label: String) -> String? {
        let slug = Slug.make(label)
        return slug.isEmpty ? nil : "/categories/\(slug)/"
    }

    private mutating func addLabel(_ label: String) {
        guard let page = Self.tagPage(label) else {
            if !unusableLabels.contains(label) { unusableLabels.append(label) }
            return
        }
        // Encoded as Blogger wrote it, so `#` or `?` in a label stays part of the path.
        let name = RedirectAddress.encoded(label)
        let feed = String(page.dropLast()) + ".xml"
        add("/search/label/\(name)", page)
        add("/feeds/posts/default/-/\(name)", feed)
        add("/feeds/posts/summary/-/\(name)", feed)
    }

    /// Keeps the first target of each old path, so the table is the same on every run.
    private mutating func add(_ from: String, _ to: String) {
        if rules[from] == nil { rules[from] = to }
    }

    /// Blogger's name for the archive of a period starting on that day: a month (the 1st),
    /// a week (its Sunday) or a day, as the blog's archive setting chose.
    private static func archiveFile(_ year: Int, _ month: Int, _ day: Int) -> String {
        "/\(year)_\(two(month))_\(two(day))_archive.html"
    }

    private static func two(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
