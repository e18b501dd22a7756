import Foundation

/// The "Hardware checks" appendix of a post: every environment that ran its checks, with
/// its date and, per check, a verdict badge and the recorded output (collapsed, readable
/// without script). A result whose snippet changed since is shown as stale.
enum CheckAppendix {
    static func html(snippets: [ProbeSnippet], records: [CheckRecord]) -> String {
        let current = Dictionary(snippets.map { ($0.id, $0.hash) }, uniquingKeysWith: { a, _ in a })
        var html = """

            <section class="hwcheck-appendix" id="hardware-checks" aria-labelledby="hardware-checks-title">
            <h2 id="hardware-checks-title">Hardware checks</h2>
            <p>The checks above were run with <code>cardpress hwcheck</code> on these systems; \
            each result is what the probe saw there.</p>

            """
        for record in records {
            let environment = record.environment
            let readers = environment.readers.map { HTMLText.escape($0.name) }
                .joined(separator: "; ")
            html += """
                <section class="hwcheck-environment">
                <h3>\(HTMLText.escape(environment.label))</h3>
                <p class="post-meta">Ran <time datetime="\(HTMLText.escape(record.ranAt))">\
                \(HTMLText.escape(displayDate(record.ranAt)))</time> on \
                \(HTMLText.escape(environment.system)), \(HTMLText.escape(environment.pcsc)), \
                \(HTMLText.escape(environment.probe)). Readers: \(readers.isEmpty ? "none" : readers).</p>
                <ul class="hwcheck-results">

                """
            for result in record.checks {
                let state = CheckState(result: result, currentHash: current[result.id])
                html +=
                    "<li>" + state.badge + " <a href=\"#check-\(HTMLText.escape(result.id))\">"
                    + "<code>\(HTMLText.escape(result.id))</code></a> "
                    + "<code>\(HTMLText.escape(result.command))</code>"
                if let note = state.note { html += " — " + HTMLText.escape(note) }
                html += "\n" + outputDetails(result) + "</li>\n"
            }
            html += "</ul>\n</section>\n"
        }
        return html + "</section>\n"
    }

    /// The recorded output, pretty-printed, in a `<details>` element.
    private static func outputDetails(_ result: CheckResult) -> String {
        var text = ""
        if let output = result.output, let pretty = try? CheckRecordStore.encode(output) {
            text = pretty
        }
        if let errors = result.errorOutput { text += (text.isEmpty ? "" : "\n") + errors }
        guard !text.isEmpty else { return "" }
        var summary = "Recorded output"
        if let status = result.exitStatus { summary += ", exit status \(status)" }
        if let duration = result.durationMilliseconds { summary += ", \(duration) ms" }
        return "<details><summary>\(summary)</summary><pre><code>"
            + HTMLText.escape(text) + "</code></pre></details>\n"
    }

    /// `2026-12-03 22:10 UTC` from the record's ISO 8601 time.
    static func displayDate(_ iso: String) -> String {
        guard iso.count >= 16 else { return iso }
        let date = iso.prefix(10)
        let time = iso.dropFirst(11).prefix(5)
        return "\(date) \(time) UTC"
    }
}

/// A recorded result as it stands today: its verdict, or stale when the snippet changed.
struct CheckState: Sendable, Equatable {
    var verdict: CheckVerdict
    var isStale: Bool
    var reason: String?

    init(result: CheckResult, currentHash: String?) {
        verdict = result.verdict
        isStale = currentHash != result.snippetHash
        reason = result.reason
    }

    /// The word on the badge.
    var label: String { isStale ? "stale" : verdict.rawValue }

    var badge: String {
        let title =
            isStale ? " title=\"recorded \(verdict.rawValue) before the check changed\"" : ""
        return "<span class=\"badge badge-\(label)\"\(title)>\(label)</span>"
    }

    var note: String? {
        if isStale {
            return
                "the check changed since this run (it then said \(verdict.rawValue)); run it again"
        }
        return reason
    }
}
