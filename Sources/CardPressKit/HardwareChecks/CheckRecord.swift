/// One recorded run of a post's checks on one machine: the file `cardpress hwcheck` writes
/// and `cardpress build` reads. Its JSON is stable (sorted keys, checks in post order) so
/// results from several machines live side by side in git and diff well.
public struct CheckRecord: Sendable, Codable, Equatable {
    /// Bumped when the file's shape changes incompatibly.
    public var schema: Int = 1
    /// The post's source path, relative to the site folder.
    public var post: String
    public var environment: CheckEnvironment
    /// When the run started, ISO 8601 in UTC.
    public var ranAt: String
    public var checks: [CheckResult]

    enum CodingKeys: String, CodingKey {
        case schema, post, environment, checks
        case ranAt = "ran_at"
    }
}

/// What the checks ran on, as the probe saw it.
public struct CheckEnvironment: Sendable, Codable, Equatable {
    /// A file-name-safe id made from the label; a run replaces only records of its own id.
    public var id: String
    /// What the user called the machine: "macOS 14.3, Gemalto Prox DU".
    public var label: String
    /// Operating system and version.
    public var system: String
    /// The PC/SC stack and its version: "pcsc-lite 1.9.9".
    public var pcsc: String
    public var probe: String
    public var readers: [Reader]

    public struct Reader: Sendable, Codable, Equatable {
        public var name: String
        /// The ATR of the card in the reader, hex, when a card is present.
        public var atr: String?
    }
}

/// One snippet's outcome in a run.
public struct CheckResult: Sendable, Codable, Equatable {
    public var id: String
    public var command: String
    /// The snippet's hash when it ran; a different hash today means the result is stale.
    public var snippetHash: String
    public var verdict: CheckVerdict
    /// Why the check failed or was skipped, in a sentence.
    public var reason: String?
    public var exitStatus: Int?
    public var durationMilliseconds: Int?
    /// The probe's `--json` output, when it printed JSON.
    public var output: JSONValue?
    /// The probe's error output, when it printed any.
    public var errorOutput: String?
    /// The arguments the probe ran with: the command as written, with the reader this
    /// machine offered and `--json` added, so a reader of the file can repeat the run.
    public var arguments: [String]?

    enum CodingKeys: String, CodingKey {
        case id, command, verdict, reason, output, arguments
        case snippetHash = "snippet_hash"
        case exitStatus = "exit_status"
        case durationMilliseconds = "duration_ms"
        case errorOutput = "stderr"
    }
}

/// How a check ended.
public enum CheckVerdict: String, Sendable, Codable, CaseIterable {
    case pass
    case fail
    case skipped
}
