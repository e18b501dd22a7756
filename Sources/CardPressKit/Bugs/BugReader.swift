/// Reads the `bug:` mapping and the `bugs:` list of a post into `Bug` values, reporting every
/// problem at the line of the value to fix and going on, so the author sees them all at once.
struct BugReader {
    let dateParser: DateParser
    let log: DiagnosticLog

    /// The keys a bug mapping may hold, in the order the contract lists them.
    static let keys = [
        "id", "title", "summary", "platform", "component", "api", "affected", "fixed_in",
        "status", "refs", "errors", "readers", "workaround", "history",
    ]

    /// The bugs a post tracks, in the order written; bugs with errors are left out.
    func bugs(of post: Post) -> [Bug] {
        let metadata = post.metadata
        var bugs: [Bug] = []
        for entry in metadata.extra {
            switch entry.key {
            case "bug":
                guard entry.value.mapping != nil else {
                    log.error(
                        "'bug' must be a mapping (id, title, status, ...), not "
                            + "\(entry.value.kindName); list several bugs under 'bugs:'",
                        at: entry.location)
                    continue
                }
                if let bug = read(entry.value, post: post, defaultID: metadata.slug) {
                    bugs.append(bug)
                }
            case "bugs":
                guard let items = entry.value.sequence else {
                    log.error(
                        "'bugs' must be a list of bug mappings, not \(entry.value.kindName)",
                        at: entry.location)
                    continue
                }
                for item in items {
                    guard item.mapping != nil else {
                        log.error(
                            "each item of 'bugs' must be a mapping (id, title, status, ...), "
                                + "not \(item.kindName)", at: location(item, post))
                        continue
                    }
                    if let bug = read(item, post: post, defaultID: nil) { bugs.append(bug) }
                }
            default:
                continue
            }
        }
        return bugs
    }

    /// One bug mapping; nil when it has an error.
    private func read(_ node: YAMLNode, post: Post, defaultID: String?) -> Bug? {
        let errorsBefore = log.errors.count
        let fields = BugFields(node: node, post: post, log: log)
        fields.rejectUnknownKeys()

        let id = readID(fields, defaultID: defaultID)
        let platform = fields.text("platform")
        let history = readHistory(fields)
        let status = readStatus(fields, history: history)
        let fixedIn = readFixedIn(fields, platform: platform)
        let affected = readAffected(fields, platform: platform)
        checkFix(fields, status: status, fixedIn: fixedIn, affected: affected)

        guard log.errors.count == errorsBefore, let id, let status else { return nil }
        let metadata = post.metadata
        return Bug(
            id: id,
            title: fields.text("title") ?? metadata.title,
            summary: fields.text("summary") ?? "",
            platform: platform,
            component: fields.text("component"),
            api: fields.list("api"),
            affected: affected,
            fixedIn: fixedIn,
            status: status,
            refs: fields.list("refs").map(BugReference.init),
            errors: fields.list("errors"),
            readers: fields.list("readers"),
            workaround: fields.text("workaround"),
            history: history,
            post: Bug.BugPost(
                title: metadata.title, sourcePath: post.sourcePath, sitePath: post.sitePath,
                date: metadata.date, updated: metadata.updated),
            location: fields.location(of: "id") ?? location(node, post))
    }

    private func readID(_ fields: BugFields, defaultID: String?) -> String? {
        guard let id = fields.text("id") ?? defaultID else {
            log.error(
                "a bug in a 'bugs:' list needs an 'id' (only a single 'bug:' defaults to the "
                    + "post's slug)", at: fields.nodeLocation)
            return nil
        }
        let allowed = id.utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        }
        guard !id.isEmpty, allowed else {
            log.error(
                "bug id '\(id)' may only hold lower-case letters, digits, - and _ (it names "
                    + "the bug's anchor and feed entries)",
                at: fields.place("id"))
            return nil
        }
        return id
    }

    private func readStatus(_ fields: BugFields, history: [BugEvent]) -> BugStatus? {
        let latest = history.last { $0.status != nil }?.status
        guard let text = fields.text("status") else { return latest ?? .open }
        guard let status = BugStatus(rawValue: text) else {
            log.error(
                "unknown status '\(text)' (expected \(BugStatus.allowedText))",
                at: fields.place("status"))
            return nil
        }
        if let latest, latest != status {
            log.warning(
                "status is '\(status.rawValue)' but the last history entry with a status says "
                    + "'\(latest.rawValue)'; add a dated entry for the change",
                at: fields.place("status"))
        }
        return status
    }

    private func readFixedIn(_ fields: BugFields, platform: String?) -> ReleaseVersion? {
        guard let text = fields.text("fixed_in") else { return nil }
        guard let version = ReleaseRange.version(Substring(text), platform: platform ?? "")
        else {
            log.error(
                "fixed_in '\(text)' is not a release number (write the release that shipped "
                    + "the fix, such as 14.3)", at: fields.place("fixed_in"))
            return nil
        }
        return version
    }

    private func readAffected(_ fields: BugFields, platform: String?) -> ReleaseRange? {
        let written = fields.list("affected", splittingCommas: false)
        guard !written.isEmpty else { return nil }
        switch ReleaseRange.parse(written.joined(separator: ", "), platform: platform ?? "") {
        case .success(let range):
            return range
        case .failure(let problem):
            log.error(problem.message, at: fields.place("affected"))
            return nil
        }
    }

    /// A fixed bug names its fix release, only a fixed bug does, and the affected releases
    /// end before it.
    private func checkFix(
        _ fields: BugFields,
        status: BugStatus?,
        fixedIn: ReleaseVersion?,
        affected: ReleaseRange?
    ) {
        if status == .fixed, fixedIn == nil, fields.text("fixed_in") == nil {
            log.error(
                "status 'fixed' needs 'fixed_in: <release>', the release that shipped the fix",
                at: fields.place("status"))
        }
        if let status, status != .fixed, let written = fields.text("fixed_in") {
            log.error(
                "fixed_in '\(written)' is only for status 'fixed', but status is "
                    + "'\(status.rawValue)'; set 'status: fixed' or remove fixed_in",
                at: fields.place("fixed_in"))
        }
        if let fixedIn, let affected, let contradiction = affected.contradiction(fixedIn: fixedIn) {
            log.error(
                "affected range '\(affected.text)' \(contradiction)",
                at: fields.place("affected"))
        }
    }

    private func location(_ node: YAMLNode, _ post: Post) -> SourceLocation {
        post.metadata.block.location(of: node)
    }
}
