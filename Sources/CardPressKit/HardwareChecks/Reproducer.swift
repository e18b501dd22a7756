/// A check marked as a bug's reproducer and the verdict its bug box shows.
///
/// A reproducer is written to pass where things work, so a fail means the bug showed. The
/// box shows the latest current result in which the check really ran: a later run that
/// skipped it (no such reader there) does not hide the evidence of an earlier one.
public struct Reproducer: Sendable {
    /// The post holding the check, e.g. `posts/2023/09/sonoma/`.
    public var postPath: String
    public var checkID: String
    /// Where the check's fenced block opens.
    public var location: SourceLocation
    /// Nil when the check never ran.
    var state: CheckState?
    public var environment: String?
    public var ranAt: String?

    init(post: Post, snippet: ProbeSnippet, records: [CheckRecord]) {
        postPath = post.sitePath
        checkID = snippet.id
        location = snippet.location
        let runs = records.compactMap { record -> (CheckRecord, CheckState)? in
            guard let result = record.checks.first(where: { $0.id == snippet.id }) else {
                return nil
            }
            return (record, CheckState(result: result, currentHash: snippet.hash))
        }
        let latest = runs.max { Self.rank($0) < Self.rank($1) }
        state = latest?.1
        environment = latest?.0.environment.label
        ranAt = latest?.0.ranAt
    }

    /// Current before stale, ran before skipped, then later before earlier.
    private static func rank(_ run: (CheckRecord, CheckState)) -> (Int, Int, String) {
        (run.1.isStale ? 0 : 1, run.1.verdict == .skipped ? 0 : 1, run.0.ranAt)
    }

    /// A short HTML line for the bug box: badge, where, when and what it means for the bug.
    var html: String {
        let link =
            "<a href=\"/\(postPath)#check-\(HTMLText.escape(checkID))\">"
            + "<code>\(HTMLText.escape(checkID))</code></a>"
        guard let state, let environment, let ranAt else {
            return "\(link): not run yet"
        }
        let meaning: String
        if state.isStale {
            meaning = "recorded before the check changed"
        } else {
            switch state.verdict {
            case .pass: meaning = "the bug did not show"
            case .fail: meaning = "the bug showed"
            case .skipped: meaning = "not run: " + (state.reason ?? "skipped")
            }
        }
        return "\(state.badge) \(link) on \(HTMLText.escape(environment)), "
            + CheckAppendix.displayDate(ranAt) + " — " + HTMLText.escape(meaning)
    }
}
