import Foundation

/// Shows the comments kept beside a post (`posts/x.comments.yaml`, written by the importer)
/// on the post's page: templates see them as `post.meta.comments` with `count`, `one` and `items`.
struct CommentsFeature: SiteFeature {
    static let fileSuffix = ".comments.yaml"

    init(site: inout Site, siteFolder: URL, log: DiagnosticLog) {
        let dates = DateParser(timeZone: site.config.timeZone)
        for index in site.posts.indices {
            Self.attach(to: &site.posts[index], siteFolder: siteFolder, dates: dates, log: log)
        }
        for index in site.pages.indices {
            Self.attach(to: &site.pages[index], siteFolder: siteFolder, dates: dates, log: log)
        }
    }

    func jobs(site: Site, pages: PageGenerator, log: DiagnosticLog) -> [OutputJob] { [] }

    private static func attach(
        to post: inout Post,
        siteFolder: URL,
        dates: DateParser,
        log: DiagnosticLog
    ) {
        let file = (post.sourcePath as NSString).deletingPathExtension + fileSuffix
        let url = siteFolder.appendingPathComponent(file)
        guard let data = FileManager.default.contents(atPath: url.path) else { return }

        let root: YAMLNode
        do {
            guard let parsed = try YAMLParser.parse(String(decoding: data, as: UTF8.self)) else {
                return
            }
            root = parsed
        } catch {
            log.error(
                "invalid YAML: \(error.message)",
                at: SourceLocation(file: file, line: error.line, column: error.column))
            return
        }
        guard let items = root.sequence else {
            log.error(
                "a comments file must be a list of comments (author, published, content)",
                at: SourceLocation(file: file, line: root.line, column: root.column))
            return
        }

        var comments: [YAMLNode] = []
        for item in items {
            guard let fields = item.mapping, let content = item["content"]?.scalar else {
                log.error(
                    "each comment must be a mapping with at least `content`",
                    at: SourceLocation(file: file, line: item.line, column: item.column))
                continue
            }
            // Every key the theme reads is set (empty ones to null), so none is looked up on
            // the post instead.
            let date = item["published"]?.scalar.flatMap(dates.parse)
            let values = [
                ("author", item["author"]?.scalar ?? "Anonymous"),
                ("author_url", item["author_url"]?.scalar ?? ""),
                ("posted", date?.longDate ?? ""),
                ("posted_iso", date?.iso8601 ?? ""),
                ("content", content),
            ]
            var pairs = fields.filter { field in !values.contains { $0.0 == field.key.scalar } }
            for (key, text) in values { pairs.append(pair(key, text, at: item)) }
            comments.append(YAMLNode(.mapping(pairs), line: item.line, column: item.column))
        }
        guard !comments.isEmpty else { return }

        let value = YAMLNode(
            .mapping([
                YAMLPair(
                    key: YAMLNode(.scalar("count", quoted: false), line: 1, column: 1),
                    value: YAMLNode(.scalar("\(comments.count)", quoted: false), line: 1, column: 1)
                ),
                YAMLPair(
                    key: YAMLNode(.scalar("one", quoted: false), line: 1, column: 1),
                    value: YAMLNode(
                        .scalar(comments.count == 1 ? "true" : "false", quoted: false), line: 1,
                        column: 1)),
                YAMLPair(
                    key: YAMLNode(.scalar("items", quoted: false), line: 1, column: 1),
                    value: YAMLNode(.sequence(comments), line: root.line, column: root.column)),
            ]), line: root.line, column: root.column)
        post.metadata.extra.removeAll { $0.key == "comments" }
        post.metadata.extra.append(
            MetadataBlock.Entry(
                key: "comments", value: value, location: SourceLocation(file: file, line: 1)))
    }

    private static func pair(_ key: String, _ text: String, at node: YAMLNode) -> YAMLPair {
        YAMLPair(
            key: YAMLNode(.scalar(key, quoted: false), line: node.line, column: node.column),
            value: YAMLNode(
                .scalar(text, quoted: !text.isEmpty), line: node.line, column: node.column))
    }
}
