import Foundation

/// The corpus as a CardPress site: `cardpress.yaml`, `posts/`, and a copy of the repo's
/// default theme in `themes/default/`.
struct CardPressSite: SiteWriter {
    let root: URL
    /// The theme folder to copy, normally the repo's `themes/default`.
    let theme: URL

    var output: URL { root.appendingPathComponent("output") }
}

extension CardPressSite {
    func prepare() throws {
        try writeFile(Self.config, to: "cardpress.yaml", under: root)

        // A copy of the theme the repo ships today, so the benchmark times that theme.
        let themes = root.appendingPathComponent("themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: theme, to: themes.appendingPathComponent("default"))
    }

    var postsFolder: String { "posts" }

    func categoryLine(_ post: PostMetadata) -> String {
        "category: \(YAMLText.quoted(post.category))"
    }

    /// The command line that builds this site into `output`.
    func buildArguments() -> [String] {
        ["build", "--site", root.path, "--output", output.path]
    }

    // Ten posts per index page and ten items per feed, as the Hugo side has.
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
