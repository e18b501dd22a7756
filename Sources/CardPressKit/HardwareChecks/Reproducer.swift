/// A check marked as a bug's reproducer and its latest recorded verdict, for the bug box.
public struct Reproducer: Sendable {
    /// The post holding the check, e.g. `posts/2023/09/sonoma/`.
    public var postPath: String
    public var checkID: String
    /// Nil when the check never ran.
    var state: CheckState?
    public var environment: String?
    public var ranAt: String?

    /// A short HTML line for the bug box: badge, where and when.
    var html: String {
        let link =
            "<a href=\"/\(postPath)#check-\(HTMLText.escape(checkID))\">"
            + "<code>\(HTMLText.escape(checkID))</code></a>"
        guard let state, let environment, let ranAt else {
            return "\(link): not run yet"
        }
        return "\(state.badge) \(link) on \(HTMLText.escape(environment)), "
            + CheckAppendix.displayDate(ranAt)
    }
}
