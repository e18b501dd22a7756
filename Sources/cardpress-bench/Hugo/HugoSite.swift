import Foundation

/// The corpus as a Hugo site: `config.toml`, `layouts/`, and `content/posts/`.
struct HugoSite: SiteWriter {
    let root: URL

    var output: URL { root.appendingPathComponent("public") }
}

extension HugoSite {
    func prepare() throws {
        try writeFile(Self.config, to: "config.toml", under: root)
        for layout in HugoLayouts.files {
            try writeFile(layout.text, to: "layouts/" + layout.path, under: root)
        }
    }

    var postsFolder: String { "content/posts" }

    func categoryLine(_ post: PostMetadata) -> String {
        "categories: \(YAMLText.list([post.category]))"
    }

    /// The command line that builds this site into `output`.
    func buildArguments() -> [String] {
        ["--source", root.path, "--destination", output.path, "--quiet"]
    }

    // Goldmark with raw HTML kept, as cmark-gfm with CMARK_OPT_UNSAFE does in CardPress.
    // Chroma highlighting is off because CardPress does not highlight code: both tools
    // then do the same work on fenced blocks. Post URLs match CardPress's, so links between
    // posts resolve the same way.
    private static let config = """
        baseURL = "https://bench.example.org/"
        languageCode = "en"
        title = "Hugo benchmark"
        timeZone = "Europe/Paris"
        copyright = "Bench Author"
        paginate = 10
        rssLimit = 10

        [params]
        description = "A generated smart card knowledge base for timing builds."
        author = "Bench Author"

        [markup.goldmark.renderer]
        unsafe = true

        [markup.highlight]
        codeFences = false

        [permalinks]
        posts = "/posts/:year/:month/:filename/"

        [taxonomies]
        tag = "tags"
        category = "categories"

        [outputs]
        home = ["HTML", "RSS"]
        section = ["HTML"]
        taxonomy = ["HTML"]
        term = ["HTML", "RSS"]

        """
}
