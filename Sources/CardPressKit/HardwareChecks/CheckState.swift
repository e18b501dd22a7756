/// A recorded result as it stands today: its verdict, or stale when the snippet changed or
/// left the post since the run, so an old result is never shown as current.
struct CheckState: Sendable, Equatable {
    var verdict: CheckVerdict
    var isStale: Bool
    /// The check is no longer in the post at all.
    var isRemoved: Bool
    var reason: String?

    /// `currentHash` is the snippet's hash today, nil when the post no longer holds it.
    init(result: CheckResult, currentHash: String?) {
        verdict = result.verdict
        isStale = currentHash != result.snippetHash
        isRemoved = currentHash == nil
        reason = result.reason
    }

    /// The word on the badge.
    var label: String { isStale ? "stale" : verdict.rawValue }

    var badge: String {
        let title =
            isStale ? " title=\"recorded \(verdict.rawValue) before the check changed\"" : ""
        return "<span class=\"badge badge-\(label)\"\(title)>\(label)</span>"
    }

    /// Why the result reads as it does, in a sentence, when there is more to say.
    var note: String? {
        if isRemoved {
            return "the post no longer holds this check (it then said \(verdict.rawValue))"
        }
        if isStale {
            return
                "the check changed since this run (it then said \(verdict.rawValue)); run it again"
        }
        return reason
    }
}
