import Foundation

/// `/bugs.json`: the whole bug database for other tools, in a versioned schema.
///
/// Schema version 1. `schema` is an integer; version 1 may gain keys, and a key that changes
/// meaning or goes away means a new version, so readers should ignore keys they do not know.
/// Optional values are absent rather than `null`; lists are always present. Bugs are sorted by
/// id and keys by name, so the file changes only when the bugs do. Dates are ISO 8601.
///
/// - top level: `schema` (1), `generator` (`CardPress <version>`), `site` (base URL),
///   `bugs` (array of bug).
/// - bug: `id` (`[a-z0-9_-]+`, unique), `title`, `summary`?, `status` (`open`, `workaround`,
///   `fixed`, `wontfix`, `cannot-reproduce`), `platform`? (`macOS` spelled as Apple does),
///   `component`?, `api` [string], `affected`? (as written: `>=14.0 <14.3`, `Sonoma`),
///   `releases` [string] (release lines whose page lists the bug: `14`, `10.15`), `fixed_in`?
///   (only with status `fixed`), `refs` [reference], `errors` [string], `readers` [string],
///   `workaround`? (Markdown), `history` [event] oldest first, `url` (the bug box on its
///   post, absolute), `post` {`title`, `source`, `url`}, `last_change`? (newest entry, else
///   the post's date).
/// - reference: `kind` (`apple-feedback`, `radar`, `debian`, `github`, `url`, `text`),
///   `text` as written, `url`? (absent where nothing public exists, as for Apple Feedback).
/// - event: `date` (`YYYY-MM-DD`), `status`? (absent for a note), `note`? (Markdown), `guid`
///   (the entry's guid in the bug feeds, `tag:<host>,<date>:bug/<id>/<n>`).
struct BugJSON: Sendable {
    static let schemaVersion = 1

    let database: BugDatabase

    func job(config: SiteConfig) -> OutputJob {
        let database = self.database
        return OutputJob(path: "bugs.json", origin: "the bug database") {
            () throws(Diagnostic) -> OutputJob.Contents in
            do {
                return .text(try Self.encode(database, config: config) + "\n")
            } catch {
                throw Diagnostic.error("cannot encode bugs.json: \(error)")
            }
        }
    }

    static func encode(_ database: BugDatabase, config: SiteConfig) throws -> String {
        let document = Document(
            schema: schemaVersion,
            generator: RSSFeed.generator,
            site: config.baseURL,
            bugs: database.bugs.map { bug in
                BugRecord(bug, releases: database.releaseLines(of: bug), config: config)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }

    private struct Document: Encodable {
        var schema: Int
        var generator: String
        var site: String
        var bugs: [BugRecord]
    }

    private struct BugRecord: Encodable {
        var id: String
        var title: String
        var summary: String?
        var status: String
        var platform: String?
        var component: String?
        var api: [String]
        var affected: String?
        var releases: [String]
        var fixedIn: String?
        var refs: [Reference]
        var errors: [String]
        var readers: [String]
        var workaround: String?
        var history: [Event]
        var url: String
        var post: PostLink
        var lastChange: String?

        enum CodingKeys: String, CodingKey {
            case id, title, summary, status, platform, component, api, affected, releases
            case refs, errors, readers, workaround, history, url, post
            case fixedIn = "fixed_in"
            case lastChange = "last_change"
        }

        init(_ bug: Bug, releases: [BugReleaseLine], config: SiteConfig) {
            id = bug.id
            title = bug.title
            summary = bug.summary.isEmpty ? nil : bug.summary
            status = bug.status.rawValue
            platform = bug.platform.map(PlatformReleases.displayName)
            component = bug.component
            api = bug.api
            affected = bug.affected?.text
            self.releases = releases.map(\.version.description)
            fixedIn = bug.fixedIn?.description
            refs = bug.refs.map { Reference(kind: $0.kind.rawValue, text: $0.text, url: $0.url) }
            errors = bug.errors
            readers = bug.readers
            workaround = bug.workaround
            history = bug.history.map { event in
                Event(
                    date: event.day, status: event.status?.rawValue,
                    note: event.note.isEmpty ? nil : event.note,
                    guid: BugFeed.guid(bug: bug, event: event, baseURL: config.baseURL))
            }
            url = config.absoluteURL(bug.post.sitePath) + "#" + bug.anchor
            post = PostLink(
                title: bug.post.title, source: bug.post.sourcePath,
                url: config.absoluteURL(bug.post.sitePath))
            lastChange = bug.lastChange?.iso8601
        }
    }

    private struct Reference: Encodable {
        var kind: String
        var text: String
        var url: String?
    }

    private struct Event: Encodable {
        var date: String
        var status: String?
        var note: String?
        var guid: String
    }

    private struct PostLink: Encodable {
        var title: String
        var source: String
        var url: String
    }
}
