/// Turns loaded posts into the site model: what is published, taxonomies, archives, series.
public enum SiteModel {
    public struct Options: Sendable {
        /// Publish drafts too (for previews), marked as drafts.
        public var includeDrafts = false
        /// Posts dated after this instant are scheduled: neither written nor listed yet.
        public var now: Int64

        public init(includeDrafts: Bool = false, now: Int64) {
            self.includeDrafts = includeDrafts
            self.now = now
        }
    }

    public static func build(
        posts loaded: [Post],
        config: SiteConfig,
        options: Options,
        log: DiagnosticLog
    ) -> Site {
        checkOutputClashes(loaded, log: log)

        let visible = loaded.filter { post in
            switch post.metadata.status {
            case .published: return true
            case .draft: return options.includeDrafts
            case .private: return false
            }
        }
        let pages = visible.filter(\.isPage).sorted { $0.sitePath < $1.sitePath }
        let dated = visible.filter { !$0.isPage }.sorted(by: newestFirst)
        // A preview (`--drafts`) shows scheduled posts too; a real build waits for their date.
        let isDue = { (post: Post) in
            options.includeDrafts || (post.date?.epochSeconds ?? 0) <= options.now
        }
        let posts = dated.filter(isDue)
        let scheduled = dated.filter { !isDue($0) }

        var tags = TermCollector(kind: .tag)
        var categories = TermCollector(kind: .category)
        for (index, post) in posts.enumerated() {
            for tag in post.metadata.tags { tags.add(tag, post: index) }
            if let category = post.metadata.category { categories.add(category, post: index) }
        }

        let (series, seriesOfPost) = collectSeries(posts)
        return Site(
            config: config,
            posts: posts,
            scheduled: scheduled,
            pages: pages,
            tags: tags.terms(posts: posts, log: log),
            categories: categories.terms(posts: posts, log: log),
            archive: Archive(posts: posts),
            series: series,
            seriesOfPost: seriesOfPost)
    }

    /// Newest first; ties broken by path so the order never depends on the file system.
    static func newestFirst(_ lhs: Post, _ rhs: Post) -> Bool {
        let left = lhs.date?.epochSeconds ?? 0
        let right = rhs.date?.epochSeconds ?? 0
        return left != right ? left > right : lhs.sourcePath < rhs.sourcePath
    }

    private static func checkOutputClashes(_ posts: [Post], log: DiagnosticLog) {
        var owners: [String: String] = [:]
        for post in posts.sorted(by: { $0.sourcePath < $1.sourcePath }) {
            if let other = owners[post.sitePath] {
                log.error(
                    "\(post.sourcePath) and \(other) would both be written to "
                        + "\(post.outputFile); give one of them another slug",
                    at: post.metadata.block["slug"]?.location
                        ?? SourceLocation(file: post.sourcePath, line: 1, column: 1))
            } else {
                owners[post.sitePath] = post.sourcePath
            }
        }
    }

    private static func collectSeries(
        _ posts: [Post]
    ) -> ([Series], [Int: (series: Int, position: Int)]) {
        var members: [String: (name: String, indexes: [Int])] = [:]
        for (index, post) in posts.enumerated() {
            guard let name = post.metadata.series, !name.isEmpty else { continue }
            let slug = Slug.make(name)
            members[slug, default: (name, [])].indexes.append(index)
        }
        let series = members.keys.sorted().compactMap { slug -> Series? in
            guard let entry = members[slug] else { return nil }
            return Series(name: entry.name, slug: slug, postIndexes: entry.indexes.reversed())
        }
        var positions: [Int: (series: Int, position: Int)] = [:]
        for (seriesIndex, entry) in series.enumerated() {
            for (position, postIndex) in entry.postIndexes.enumerated() {
                positions[postIndex] = (seriesIndex, position)
            }
        }
        return (series, positions)
    }
}
