import Mustache

/// The display name of each tag and category slug, for posts that spell them otherwise.
struct TermNames: Sendable {
    var tags: [String: String]
    var categories: [String: String]

    init(site: Site) {
        tags = Dictionary(site.tags.map { ($0.slug, $0.name) }, uniquingKeysWith: { $1 })
        categories = Dictionary(
            site.categories.map { ($0.slug, $0.name) }, uniquingKeysWith: { $1 })
    }
}

/// How a post looks to templates.
enum PostValues {
    /// Everything but the body: used in lists, and as the base of the full post.
    static func summary(of post: Post, in site: Site, names: TermNames) -> MustacheValue {
        let metadata = post.metadata
        var value: [String: MustacheValue] = [
            "title": .string(post.title),
            "url": .string(post.outputFile),
            "permalink": .string(site.config.absoluteURL(post.sitePath)),
            "description": .string(metadata.description),
            "author": .string(metadata.author ?? site.config.author),
            "source": .string(post.sourcePath),
            "is_draft": .bool(metadata.status == .draft),
            "has_teaser": .bool(post.teaserHTML != nil),
        ]
        if let date = post.date {
            value["date"] = .string(date.longDate)
            value["date_iso"] = .string(date.iso8601)
        }
        if let updated = metadata.updated {
            value["updated"] = .string(updated.longDate)
            value["updated_iso"] = .string(updated.iso8601)
        }
        value["tags"] = .array(
            metadata.tags.map { tag in
                let slug = Slug.make(tag)
                return [
                    "name": .string(names.tags[slug] ?? tag),
                    "url": .string("categories/\(slug)/index.html"),
                ]
            })
        if let category = metadata.category {
            let slug = Slug.make(category)
            value["category"] = [
                "name": .string(names.categories[slug] ?? category),
                "url": .string("categories/cat_\(slug)/index.html"),
            ]
        }
        if !metadata.extra.isEmpty {
            var meta: [String: MustacheValue] = [:]
            for entry in metadata.extra { meta[entry.key] = MustacheValue(yaml: entry.value) }
            value["meta"] = .object(meta)
        }
        return .object(value)
    }

    /// The full post for its own page: body with links relative to the page, series links.
    static func full(
        _ post: Post,
        index: Int?,
        summary: MustacheValue,
        site: Site,
        root: String
    ) -> MustacheValue {
        guard case .object(var value) = summary else { return summary }
        value["content"] = .string(LinkRewriter.relativize(post.contentHTML, root: root))
        if let index, let (seriesIndex, position) = site.seriesOfPost[index] {
            let series = site.series[seriesIndex]
            var seriesValue: [String: MustacheValue] = [
                "name": .string(series.name),
                "url": .string(series.sitePath + "index.html"),
                "position": .int(position + 1),
                "count": .int(series.postIndexes.count),
            ]
            if position > 0 {
                let previous = site.posts[series.postIndexes[position - 1]]
                seriesValue["previous"] = link(previous)
            }
            if position + 1 < series.postIndexes.count {
                let next = site.posts[series.postIndexes[position + 1]]
                seriesValue["next"] = link(next)
            }
            value["series"] = .object(seriesValue)
        }
        return .object(value)
    }

    /// A teaser (or the whole body when there is no marker) for the index pages at the root.
    static func teaser(_ post: Post, summary: MustacheValue) -> MustacheValue {
        guard case .object(var value) = summary else { return summary }
        let html = post.teaserHTML ?? post.contentHTML
        value["teaser"] = .string(LinkRewriter.relativize(html, root: ""))
        return .object(value)
    }

    private static func link(_ post: Post) -> MustacheValue {
        ["title": .string(post.title), "url": .string(post.outputFile)]
    }
}

extension MustacheValue {
    /// Metadata the engine does not interpret, as templates see it: `true`/`false` and whole
    /// numbers typed, everything else as written.
    init(yaml node: YAMLNode) {
        switch node.value {
        case .scalar(let text, let quoted):
            if node.isNull {
                self = .null
            } else if !quoted, let bool = node.bool {
                self = .bool(bool)
            } else if !quoted, let number = Int(text) {
                self = .int(number)
            } else {
                self = .string(text)
            }
        case .sequence(let items):
            self = .array(items.map(MustacheValue.init(yaml:)))
        case .mapping(let pairs):
            var object: [String: MustacheValue] = [:]
            for pair in pairs { object[pair.key.scalar ?? ""] = MustacheValue(yaml: pair.value) }
            self = .object(object)
        }
    }
}
