extension ImportReport {
    /// The report as printed by `cardpress import blogger`: counts first, then every file
    /// kept, entry skipped, image still on Blogger, link rewritten and comment cleaned.
    public var lines: [String] {
        var lines: [String] = []
        let kinds = counts.keys.sorted().map { "\(counts[$0] ?? 0) \($0)" }
        lines.append("read: " + (kinds.isEmpty ? "no entries" : kinds.joined(separator: ", ")))
        lines.append(
            "files: \(written.count) written, \(unchanged.count) unchanged, "
                + "\(keptEdited.count) kept; \(redirectRules) redirect rules")
        for file in keptEdited {
            lines.append("kept \(file): changed since the last import, not overwritten")
        }
        for skip in skipped {
            lines.append("skipped \(skip.entry): \(skip.reason)")
        }
        if !hotlinkedImages.isEmpty {
            lines.append(
                "\(hotlinkedImages.count) images still load from Blogger's servers; "
                    + "copy them into the site before Blogger removes them:")
            for image in hotlinkedImages { lines.append("  \(image.file): \(image.from)") }
        }
        if !rewrittenLinks.isEmpty {
            lines.append("\(rewrittenLinks.count) links to the old blog now point at new pages:")
            for link in rewrittenLinks {
                lines.append("  \(link.file): \(link.from) -> \(link.to)")
            }
        }
        if !cleanedComments.isEmpty {
            let names = Set(cleanedComments.flatMap(\.removed.keys)).sorted()
            lines.append(
                "comments: \(cleanedComments.count) cleaned (\(names.joined(separator: ", ")))")
            for comment in cleanedComments {
                let removed = comment.removed.keys.sorted().map { name in
                    let count = comment.removed[name] ?? 0
                    return count > 1 ? "\(count) \(name)" : name
                }
                lines.append(
                    "  \(comment.file): \(comment.author): \(removed.joined(separator: ", "))")
            }
        }
        return lines
    }
}
