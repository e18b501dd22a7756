import Foundation

/// The box at the top of a bug's post: status, platform and releases, fix, references,
/// workaround and history. Plain HTML without script, so it reads the same in a feed reader;
/// site links are root-relative and rewritten for the page and for the feed.
enum BugBox {
    static func html(
        _ bug: Bug,
        lines: [BugReleaseLine],
        reproducers: [Reproducer]
    ) -> String {
        var rows: [(String, String)] = []
        if let platform = bug.platform {
            let name = HTMLText.escape(PlatformReleases.displayName(platform))
            var text = "<a href=\"/bugs/\(PlatformReleases.slug(platform))/index.html\">\(name)</a>"
            if let component = bug.component { text += " · " + HTMLText.escape(component) }
            rows.append(("Platform", text))
        } else if let component = bug.component {
            rows.append(("Component", HTMLText.escape(component)))
        }
        if let affected = bug.affected {
            var text = "<code>\(HTMLText.escape(affected.text))</code>"
            if !lines.isEmpty {
                text +=
                    " — see "
                    + lines.map { line in
                        "<a href=\"/\(line.sitePath)index.html\">\(HTMLText.escape(line.name))</a>"
                    }.joined(separator: ", ")
            }
            rows.append(("Affected", text))
        }
        if let fix = bug.fixedIn { rows.append(("Fixed in", HTMLText.escape(fix.description))) }
        rows.append(contentsOf: codeRow("API", bug.api))
        rows.append(contentsOf: codeRow("Errors", bug.errors))
        if !bug.readers.isEmpty {
            rows.append(("Readers", bug.readers.map(HTMLText.escape).joined(separator: "; ")))
        }
        if !bug.refs.isEmpty {
            rows.append(("References", bug.refs.map(\.html).joined(separator: ", ")))
        }
        if let workaround = bug.workaround {
            rows.append(("Workaround", MarkdownRenderer.render(workaround).html))
        }
        if !bug.history.isEmpty {
            rows.append(("History", history(bug.history)))
        }
        if !reproducers.isEmpty {
            rows.append(("Checks", reproducers.map(\.html).joined(separator: "<br>\n")))
        }

        var html = "<aside class=\"bug-box\" id=\"\(bug.anchor)\" aria-label=\"Bug report\">\n"
        html +=
            "<p class=\"bug-box-title\">\(bug.status.badgeHTML) <strong>"
            + "\(HTMLText.escape(bug.title))</strong> <code>\(bug.id)</code></p>\n"
        if !bug.summary.isEmpty { html += "<p>\(HTMLText.escape(bug.summary))</p>\n" }
        html += "<dl>\n"
        for (term, description) in rows {
            html += "<dt>\(term)</dt>\n<dd>\(description)</dd>\n"
        }
        html +=
            "</dl>\n<p class=\"bug-box-more\"><a href=\"/bugs/index.html\">All known bugs"
            + "</a></p>\n</aside>\n"
        return html
    }

    /// The history as a list: date, status badge, note.
    static func history(_ events: [BugEvent]) -> String {
        var html = "<ol class=\"bug-history\">\n"
        for event in events {
            html += "<li><time datetime=\"\(event.day)\">\(event.day)</time>"
            if let status = event.status { html += " " + status.badgeHTML }
            if !event.note.isEmpty { html += " " + inlineMarkdown(event.note) }
            html += "</li>\n"
        }
        return html + "</ol>"
    }

    /// Markdown of one paragraph, without the paragraph element around it.
    static func inlineMarkdown(_ text: String) -> String {
        var html = MarkdownRenderer.render(text).html
        while html.hasSuffix("\n") { html.removeLast() }
        if html.hasPrefix("<p>"), html.hasSuffix("</p>"),
            html.components(separatedBy: "<p>").count == 2
        {
            html = String(html.dropFirst(3).dropLast(4))
        }
        return html
    }

    private static func codeRow(_ term: String, _ values: [String]) -> [(String, String)] {
        guard !values.isEmpty else { return [] }
        let codes = values.map { "<code>\(HTMLText.escape($0))</code>" }
        return [(term, codes.joined(separator: ", "))]
    }
}
