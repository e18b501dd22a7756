extension BugRecord {
    /// The `bug:` mapping as front matter lines; both tools read the same text.
    var yaml: String {
        var lines = [
            "bug:",
            "  id: \(YAMLText.quoted(id))",
            "  title: \(YAMLText.quoted(title))",
            "  summary: \(YAMLText.quoted(summary))",
            "  platform: \(YAMLText.quoted(platform))",
            "  component: \(YAMLText.quoted(component))",
            "  api: \(YAMLText.list(api))",
            "  affected: \(YAMLText.quoted(affected))",
        ]
        if let fixedIn {
            lines.append("  fixed_in: \(YAMLText.quoted(fixedIn))")
        }
        lines += [
            "  status: \(status)",
            "  refs: \(YAMLText.list(refs))",
            "  errors: \(YAMLText.list(errors))",
            "  readers: \(YAMLText.list(readers))",
            "  workaround: \(YAMLText.block(workaround, indent: 4))",
            "  history:",
        ]
        for entry in history {
            lines += [
                "    - date: \(entry.date.dayString)",
                "      status: \(entry.status)",
                "      note: \(YAMLText.quoted(entry.note))",
            ]
        }
        return lines.joined(separator: "\n")
    }
}
