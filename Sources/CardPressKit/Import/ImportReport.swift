/// What an import did, for the command to print and tests to check.
public struct ImportReport: Sendable {
    /// Entries read, by kind: `post`, `draft`, `page`, `comment`, `trashed`, `settings`, ...
    public var counts: [String: Int] = [:]
    /// Files written or rewritten, relative to the site folder.
    public var written: [String] = []
    /// Files that already held exactly what the import would write.
    public var unchanged: [String] = []
    /// Files the author changed since the last import: left alone.
    public var keptEdited: [String] = []
    /// Entries not imported, with the reason.
    public var skipped: [Skip] = []
    /// Images still loaded from Blogger's servers, by the file that shows them.
    public var hotlinkedImages: [Link] = []
    /// Links to the old blog turned into links to the new pages.
    public var rewrittenLinks: [Link] = []
    /// Rules written to `redirects.yaml`.
    public var redirectRules = 0
    /// Comments whose HTML lost markup on the way in: the site shows them unescaped, so what
    /// could run (scripts, event handlers, `javascript:` links) is taken out.
    public var cleanedComments: [CleanedComment] = []

    public struct Skip: Sendable, Hashable {
        public var entry: String
        public var reason: String
    }

    public struct CleanedComment: Sendable, Hashable {
        /// The comments file that holds it.
        public var file: String
        public var author: String
        /// What was taken out (`script`, `onclick`, `href javascript:`) and how many times.
        public var removed: [String: Int]
    }

    public struct Link: Sendable, Hashable {
        public var file: String
        public var from: String
        public var to: String
    }
}
