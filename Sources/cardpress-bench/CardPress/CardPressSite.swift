import Foundation

/// The corpus as a CardPress site: `cardpress.yaml`, `posts/`, and the repo's themes linked in.
struct CardPressSite: SiteWriter {
    let root: URL
    let themes: URL

    var output: URL { root.appendingPathComponent("output") }
}

extension CardPressSite {
    func prepare() throws {
        try writeFile(Self.config, to: "cardpress.yaml", under: root)

        // A link, not a copy: the benchmark measures the theme the repo ships today.
        // Without it the build fails and says so, and the Hugo side still runs.
        if !FileManager.default.fileExists(atPath: themes.path) {
            Console.warn("no themes folder at \(themes.path); the CardPress build will fail")
        }
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("themes"),
            withDestinationURL: themes
        )
    }

    func write(_ post: PostMetadata, body: String) throws {
        var lines = [
            "---",
            "title: \(YAMLText.quoted(post.title))",
            "date: \(post.date.iso8601)",
            "tags: \(YAMLText.list(post.tags))",
            "category: \(YAMLText.quoted(post.category))",
            "description: \(YAMLText.quoted(post.description))",
        ]
        if let bug = post.bug { lines.append(bug.yaml) }
        lines.append("---")

        let text = lines.joined(separator: "\n") + "\n" + body
        try writeFile(text, to: "posts/" + post.relativePath, under: root)
    }

    private static let config = """
        title: "CardPress benchmark"
        base_url: "https://bench.example.org/"
        description: "A generated smart card knowledge base for timing builds."
        author: "Bench Author"
        language: en
        timezone: Europe/Paris
        posts_per_page: 10
        feed_length: 10
        theme: default

        """
}
