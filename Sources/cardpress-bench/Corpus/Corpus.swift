/// What a generated corpus holds, to print beside the timings.
struct Corpus: Codable {
    let posts: Int
    /// Markdown bytes of all bodies (front matter excluded).
    let bodyBytes: Int
    let smallestBody: Int
    let largestBody: Int
    let postsWithBug: Int
    let postsWithTable: Int
    let codeBlocks: Int
    let tags: Int
    let categories: Int
}

extension Corpus {
    /// Generates `count` posts from `seed` and writes each, with the same body, to every
    /// site in `sites`.
    static func generate(count: Int, seed: UInt64, into sites: [any SiteWriter]) throws -> Corpus {
        for site in sites { try site.prepare() }

        // Metadata first, so any body can link to any post.
        let posts = MetadataFactory.make(count: count, seed: seed)
        var sizes: [Int] = []
        var withTable = 0
        var fences = 0
        for post in posts {
            var writer = BodyWriter(post: post, seed: seed, others: posts)
            let body = writer.body()
            for site in sites { try site.write(post, body: body) }

            sizes.append(body.utf8.count)
            if body.contains("|:---") { withTable += 1 }
            fences += body.components(separatedBy: "\n```").count - 1
        }

        return Corpus(
            posts: count,
            bodyBytes: sizes.reduce(0, +),
            smallestBody: sizes.min() ?? 0,
            largestBody: sizes.max() ?? 0,
            postsWithBug: posts.filter { $0.bug != nil }.count,
            postsWithTable: withTable,
            codeBlocks: fences / 2,
            tags: Set(posts.flatMap(\.tags)).count,
            categories: Set(posts.map(\.category)).count
        )
    }
}
