/// One `<entry>` of a Blogger export, in either format, as plain Swift values.
public struct BloggerEntry: Sendable {
    public enum Kind: Sendable, Hashable {
        case post
        case page
        case comment
        case settings
        case template
        case other(String)
    }

    public enum Status: Sendable, Hashable {
        case live
        case draft
        case trashed
        /// Any other state the newer format names (`SPAM_COMMENT`, `PENDING`): not public.
        case hidden(String)
    }

    public var id: String
    public var kind: Kind
    public var status: Status
    public var title: String
    /// The body as Blogger stored it (HTML).
    public var content: String
    public var published: String?
    public var updated: String?
    public var labels: [String]
    public var author: String?
    /// The author's web page, when the export gives one.
    public var authorURL: String?
    /// The old path of the entry, `/2023/10/slug.html` or `/p/about.html`; nil for drafts.
    public var permalink: String?
    /// For comments: the id of the post they answer.
    public var parentID: String?
    /// The line of `<entry>` in the export, for messages.
    public var line: Int
}

extension BloggerEntry {
    /// The `post-123` part that both formats share, so a comment finds its post whichever
    /// way its parent is written.
    static func postKey(_ id: String) -> String {
        if let range = id.range(of: "post-", options: .backwards) {
            return String(id[range.lowerBound...])
        }
        return id
    }
}
