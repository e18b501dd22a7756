import Foundation

/// `cardpress hwcheck`: runs the checks posts embed through the bundled probe on this
/// machine's PC/SC stack, offline, and records one result file per post and environment.
public enum HardwareCheckRun {
    public struct Options: Sendable {
        public var siteFolder: URL
        /// Source paths or slugs of the posts to check; all posts with checks when empty.
        public var posts: [String]
        /// Only readers whose name matches this pattern (`*`, `?`) take part.
        public var readerPattern: String?
        /// What to call this machine in the results; made from the system and stack otherwise.
        public var label: String?
        /// The `pcsc-probe` executable.
        public var probe: URL
        /// The longest a single check may run.
        public var timeoutSeconds: Double

        public init(
            siteFolder: URL,
            posts: [String] = [],
            readerPattern: String? = nil,
            label: String? = nil,
            probe: URL,
            timeoutSeconds: Double = 60
        ) {
            self.siteFolder = siteFolder
            self.posts = posts
            self.readerPattern = readerPattern
            self.label = label
            self.probe = probe
            self.timeoutSeconds = timeoutSeconds
        }
    }

    public struct Summary: Sendable {
        public var passed = 0
        public var failed = 0
        public var skipped = 0
        /// Result files written, relative to the site folder.
        public var files: [String] = []
    }

    /// Runs every selected check; `progress` receives one line per check. Throws the
    /// content errors (bad snippets, unknown posts) before anything runs.
    public static func run(
        _ options: Options,
        log: DiagnosticLog,
        progress: (String) -> Void
    ) throws(BuildFailure) -> Summary {
        var clock = StageClock()
        let sources = SiteSources.load(siteFolder: options.siteFolder, log: log, clock: &clock)
        let selected = select(sources.posts, names: options.posts, log: log)
        let checks = selected.map { ($0, SnippetParser.snippets(of: $0, log: log)) }
            .filter { !$0.1.isEmpty }
        guard !log.hasErrors else { throw BuildFailure(log.errors) }
        if checks.isEmpty {
            progress("no checks found: embed a ```pcsc-probe block in a post")
            return Summary()
        }

        let probe = ProbeProcess(executable: options.probe, timeoutSeconds: options.timeoutSeconds)
        let machine = MachineSurvey.survey(
            probe: probe, readerPattern: options.readerPattern, label: options.label)
        let count = checks.reduce(0) { $0 + $1.1.count }
        progress(
            "\(count) check\(count == 1 ? "" : "s") in \(checks.count) "
                + "post\(checks.count == 1 ? "" : "s")")
        progress("environment: \(machine.environment.label)")
        for reader in machine.environment.readers {
            progress("  reader: \(reader.name)" + (reader.atr.map { " (ATR \($0))" } ?? ""))
        }
        if let problem = machine.unavailable { progress("  \(problem): every check is skipped") }

        var summary = Summary()
        let ranAt = ISO8601DateFormatter().string(from: Date())
        for (post, snippets) in checks {
            progress(post.sourcePath)
            var results: [CheckResult] = []
            for snippet in snippets {
                let result = SnippetRunner(probe: probe, machine: machine).run(snippet)
                switch result.verdict {
                case .pass: summary.passed += 1
                case .fail: summary.failed += 1
                case .skipped: summary.skipped += 1
                }
                let time = result.durationMilliseconds.map { " (\($0) ms)" } ?? ""
                let why = result.reason.map { ": \($0)" } ?? ""
                progress("  \(result.verdict.rawValue.uppercased()) \(snippet.id)\(time)\(why)")
                results.append(result)
            }
            let record = CheckRecord(
                post: post.sourcePath, environment: machine.environment, ranAt: ranAt,
                checks: results)
            do {
                try CheckRecordStore.write(record, siteFolder: options.siteFolder)
                summary.files.append(
                    CheckRecordStore.folder(forPost: post.sourcePath) + "/"
                        + machine.environment.id + ".json")
            } catch {
                log.error(
                    "cannot write the results: \(error.localizedDescription)",
                    at: SourceLocation(file: CheckRecordStore.folder(forPost: post.sourcePath)))
            }
        }
        guard !log.hasErrors else { throw BuildFailure(log.errors) }
        return summary
    }

    /// The posts the user named (by path or slug), or every post.
    private static func select(_ posts: [Post], names: [String], log: DiagnosticLog) -> [Post] {
        guard !names.isEmpty else { return posts.sorted { $0.sourcePath < $1.sourcePath } }
        var selected: [Post] = []
        for name in names {
            let trimmed = name.hasPrefix("./") ? String(name.dropFirst(2)) : name
            let matches = posts.filter {
                $0.sourcePath == trimmed || $0.metadata.slug == trimmed
            }
            if matches.isEmpty {
                log.error(
                    "no post is at '\(name)' or has that slug; name a file under posts/",
                    at: SourceLocation(file: name))
            }
            selected += matches
        }
        return selected
    }
}
