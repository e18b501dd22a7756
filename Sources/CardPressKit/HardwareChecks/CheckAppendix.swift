import Foundation

/// The "Hardware checks" appendix of a post: every environment that ran its checks, with
/// its date and, per check, a verdict badge and the recorded output (collapsed, readable
/// without script). A result whose snippet changed since is shown as stale.
enum CheckAppendix {
    static func html(snippets: [ProbeSnippet], records: [CheckRecord]) -> String {
        var html = """

            <section class="hwcheck-appendix" id="hardware-checks" \
            aria-labelledby="hardware-checks-title">
            <h2 id="hardware-checks-title">Hardware checks</h2>
            <p>The checks above were run with <code>cardpress hwcheck</code> on these systems; \
            each result is what the probe saw there.</p>

            """
        for record in records {
            html += environmentHeader(record)

            // The post's checks in post order, then results of checks it no longer holds.
            for snippet in snippets {
                guard let result = record.checks.first(where: { $0.id == snippet.id }) else {
                    html += "<li><span class=\"badge badge-not-run\">not run</span> "
                    html += checkLink(id: snippet.id, command: snippet.commandLine)
                    html += " — added after this run</li>\n"
                    continue
                }
                html += item(result, state: CheckState(result: result, currentHash: snippet.hash))
            }
            let known = Set(snippets.map(\.id))
            for result in record.checks where !known.contains(result.id) {
                html += item(result, state: CheckState(result: result, currentHash: nil))
            }
            html += "</ul>\n</section>\n"
        }
        return html + "</section>\n"
    }

    /// `2026-12-03 22:10 UTC` from the record's ISO 8601 time.
    static func displayDate(_ iso: String) -> String {
        guard iso.count >= 16 else { return iso }
        let date = iso.prefix(10)
        let time = iso.dropFirst(11).prefix(5)
        return "\(date) \(time) UTC"
    }

    /// The environment's heading: label, date, system, stack, probe and readers with ATRs.
    private static func environmentHeader(_ record: CheckRecord) -> String {
        let environment = record.environment
        let readers = environment.readers.map { reader in
            HTMLText.escape(reader.name)
                + (reader.atr.map { " (ATR <code>\(HTMLText.escape($0))</code>)" } ?? "")
        }
        return """
            <section class="hwcheck-environment">
            <h3>\(HTMLText.escape(environment.label))</h3>
            <p class="post-meta">Ran <time datetime="\(HTMLText.escape(record.ranAt))">\
            \(HTMLText.escape(displayDate(record.ranAt)))</time> on \
            \(HTMLText.escape(environment.system)), \(HTMLText.escape(environment.pcsc)), \
            \(HTMLText.escape(environment.probe)). \
            Readers: \(readers.isEmpty ? "none" : readers.joined(separator: "; ")).</p>
            <ul class="hwcheck-results">

            """
    }

    private static func item(_ result: CheckResult, state: CheckState) -> String {
        var html = "<li>" + state.badge + " " + checkLink(id: result.id, command: result.command)
        if let note = state.note { html += " — " + HTMLText.escape(note) }
        return html + "\n" + outputDetails(result) + "</li>\n"
    }

    private static func checkLink(id: String, command: String) -> String {
        "<a href=\"#check-\(HTMLText.escape(id))\"><code>\(HTMLText.escape(id))</code></a> "
            + "<code>\(HTMLText.escape(command))</code>"
    }

    /// The command as run and its recorded output, pretty-printed, in a `<details>` element.
    private static func outputDetails(_ result: CheckResult) -> String {
        var text = ""
        if let output = result.output, let pretty = try? CheckRecordStore.encode(output) {
            text = pretty
        }
        if let errors = result.errorOutput { text += (text.isEmpty ? "" : "\n") + errors }
        guard !text.isEmpty else { return "" }
        if let arguments = result.arguments {
            text = "$ pcsc-probe " + CommandWords.join(arguments) + "\n" + text
        }
        var summary = "Recorded output"
        if let status = result.exitStatus { summary += ", exit status \(status)" }
        if let duration = result.durationMilliseconds { summary += ", \(duration) ms" }
        return "<details><summary>\(summary)</summary><pre><code>"
            + HTMLText.escape(text) + "</code></pre></details>\n"
    }
}
