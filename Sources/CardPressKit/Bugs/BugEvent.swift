/// One dated entry of a bug's history: what happened, and the status it left the bug in.
public struct BugEvent: Sendable {
    /// The day as written, `2024-02-05`, for guids and pages.
    public var day: String
    public var date: PostDate
    /// Nil for an entry that only adds a note.
    public var status: BugStatus?
    /// Markdown.
    public var note: String
    /// 1-based position among the bug's entries of the same day, part of the event's guid
    /// so that adding an earlier entry does not change it.
    public var ordinal: Int
    public var location: SourceLocation
}
