/// A post's `bug:` mapping, as /work/notes/metadata.md describes it.
struct BugRecord {
    /// One dated step in the bug's life.
    struct HistoryEntry {
        let date: PostDate
        let status: String
        let note: String
    }

    let id: String
    let title: String
    let summary: String
    let platform: String
    let component: String
    let api: [String]
    let affected: String
    let fixedIn: String?
    let status: String
    let refs: [String]
    let errors: [String]
    let readers: [String]
    let workaround: String
    let history: [HistoryEntry]
}
