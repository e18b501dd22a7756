import Foundation

/// One tool's copy of the corpus: its config, layouts and front matter around shared bodies.
protocol SiteWriter {
    /// The site folder the tool builds.
    var root: URL { get }

    /// The folder the tool writes the built site to; moved aside before each timed run.
    var output: URL { get }

    /// Writes what the site needs besides posts (config, theme, layouts).
    func prepare() throws

    /// Where posts go, relative to `root`: `posts` or `content/posts`.
    var postsFolder: String { get }

    /// The front matter line of the post's category, as the tool spells the key.
    func categoryLine(_ post: PostMetadata) -> String
}

extension SiteWriter {
    /// Writes one post: the same YAML front matter for both tools but for the category key,
    /// around the shared body.
    func write(_ post: PostMetadata, body: String) throws {
        var lines = [
            "---",
            "title: \(YAMLText.quoted(post.title))",
            "date: \(post.date.iso8601)",
            "tags: \(YAMLText.list(post.tags))",
            categoryLine(post),
            "description: \(YAMLText.quoted(post.description))",
        ]
        if let bug = post.bug { lines.append(bug.yaml) }
        lines.append("---")

        let text = lines.joined(separator: "\n") + "\n" + body
        try writeFile(text, to: postsFolder + "/" + post.relativePath, under: root)
    }

    /// Writes `text` at `path` under `folder`, creating parent folders as needed.
    func writeFile(_ text: String, to path: String, under folder: URL) throws {
        let file = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(),
            withIntermediateDirectories: true
        )
        try Data(text.utf8).write(to: file)
    }
}
