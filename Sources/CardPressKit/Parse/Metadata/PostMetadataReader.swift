/// Interprets a `MetadataBlock`; every problem is reported with its file and line, and the
/// reader goes on so the author sees all of them at once.
public struct PostMetadataReader: Sendable {
    public var dateParser: DateParser

    public init(dateParser: DateParser) {
        self.dateParser = dateParser
    }

    /// Returns nil when a problem makes the post unusable; the problems are in `log`.
    public func read(
        _ block: MetadataBlock,
        fileStem: String,
        sourceFile: String,
        log: DiagnosticLog
    ) -> PostMetadata? {
        let failuresBefore = log.errors.count
        let head = SourceLocation(file: sourceFile, line: 1, column: 1)

        let kind = readKind(block, log: log)
        let title = text(block, "title", log: log) ?? ""
        if title.isEmpty {
            log.error("missing 'title'; add `title: ...` to the metadata", at: head)
        }

        var slug = text(block, "slug", log: log) ?? ""
        if slug.isEmpty { slug = Slug.make(fileStem) }
        if slug.isEmpty || slug.contains("/") || slug == "." || slug == ".." {
            let place = block["slug"]?.location ?? head
            log.error(
                "slug '\(slug)' cannot be used in a URL; use letters, digits and -",
                at: place)
        }

        let date = readDate(block, "date", log: log)
        if date == nil && kind == .post && block["date"] == nil {
            log.error(
                "missing 'date' (write one as \(DateParser.acceptedForms), "
                    + "or mark a standalone page with `type: page`)", at: head)
        }

        let metadata = PostMetadata(
            title: title,
            slug: slug,
            date: date,
            updated: readDate(block, "updated", log: log),
            tags: list(block, "tags", log: log),
            category: text(block, "category", log: log).flatMap { $0.isEmpty ? nil : $0 },
            description: text(block, "description", log: log) ?? "",
            author: text(block, "author", log: log),
            status: readStatus(block, log: log),
            kind: kind,
            aliases: readAliases(block, log: log),
            template: text(block, "template", log: log),
            series: text(block, "series", log: log),
            guid: text(block, "guid", log: log),
            extra: block.entries.filter { !PostMetadata.knownKeys.contains($0.key) },
            block: block)
        return log.errors.count > failuresBefore ? nil : metadata
    }

    private func text(_ block: MetadataBlock, _ key: String, log: DiagnosticLog) -> String? {
        guard let entry = block[key] else { return nil }
        if entry.value.isNull { return nil }
        guard let value = entry.value.scalar else {
            log.error(
                "'\(key)' must be text, not \(entry.value.kindName)",
                at: block.location(of: entry.value))
            return nil
        }
        return value.trimmingWhitespace()
    }

    /// A YAML list, or a comma-separated string (Nikola's form).
    private func list(_ block: MetadataBlock, _ key: String, log: DiagnosticLog) -> [String] {
        guard let entry = block[key], !entry.value.isNull else { return [] }
        if let items = entry.value.sequence {
            return items.compactMap { item in
                guard let value = item.scalar else {
                    log.error(
                        "each entry of '\(key)' must be text, not \(item.kindName)",
                        at: block.location(of: item))
                    return nil
                }
                return value.trimmingWhitespace()
            }.filter { !$0.isEmpty }
        }
        if let value = entry.value.scalar {
            return value.split(separator: ",").map { String($0).trimmingWhitespace() }
                .filter { !$0.isEmpty }
        }
        log.error(
            "'\(key)' must be a list or comma-separated text",
            at: block.location(of: entry.value))
        return []
    }

    private func readDate(
        _ block: MetadataBlock,
        _ key: String,
        log: DiagnosticLog
    ) -> PostDate? {
        guard let entry = block[key], let value = entry.value.scalar, !entry.value.isNull else {
            return nil
        }
        guard let date = dateParser.parse(value) else {
            log.error(
                "cannot read \(key) '\(value)' (write it as \(DateParser.acceptedForms))",
                at: block.location(of: entry.value))
            return nil
        }
        return date
    }

    private func readStatus(_ block: MetadataBlock, log: DiagnosticLog) -> PostMetadata.Status {
        guard let entry = block["status"], let value = entry.value.scalar,
            !value.isEmpty
        else { return .published }
        guard let status = PostMetadata.Status(rawValue: value.lowercased()) else {
            let allowed = PostMetadata.Status.allCases.map(\.rawValue).joined(separator: ", ")
            log.error(
                "unknown status '\(value)' (expected \(allowed))",
                at: block.location(of: entry.value))
            return .published
        }
        return status
    }

    private func readKind(_ block: MetadataBlock, log: DiagnosticLog) -> PostMetadata.Kind {
        guard let entry = block["type"], let value = entry.value.scalar else { return .post }
        switch value.lowercased() {
        case "page": return .page
        // Nikola's `type` names the text flavour (text, micro); those are ordinary posts.
        case "post", "text", "micro", "": return .post
        default:
            log.error(
                "unknown type '\(value)' (expected post or page)",
                at: block.location(of: entry.value))
            return .post
        }
    }

    private func readAliases(
        _ block: MetadataBlock,
        log: DiagnosticLog
    ) -> [PostMetadata.Alias] {
        guard let entry = block["aliases"], !entry.value.isNull else { return [] }
        let nodes = entry.value.sequence ?? [entry.value]
        var aliases: [PostMetadata.Alias] = []
        for node in nodes {
            guard let value = node.scalar else {
                log.error(
                    "each alias must be a path or URL, not \(node.kindName)",
                    at: block.location(of: node))
                continue
            }
            let parts =
                node.sequence == nil && entry.value.sequence == nil
                ? value.split(separator: ",").map { String($0).trimmingWhitespace() }
                : [value.trimmingWhitespace()]
            for part in parts where !part.isEmpty {
                aliases.append(.init(path: part, location: block.location(of: node)))
            }
        }
        return aliases
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }
}
