/// One hardware check embedded in a post: a fenced block whose info string names the probe,
/// holding one probe command and, in the info string, what the check expects and needs.
///
/// ````markdown
/// ```pcsc-probe id=gempc-features expect-exit=0 requires-reader="Gemalto*"
/// features --reader "Gemalto USB GemPCPinpad*"
/// ```
/// ````
public struct ProbeSnippet: Sendable, Hashable {
    /// Unique within its post; names the check in result files and on pages.
    public var id: String
    /// The command as written, without the probe's name: `features --reader "Gemalto*"`.
    public var commandLine: String
    /// The command split into arguments the way a shell would, without any shell.
    public var arguments: [String]
    public var expectations: [SnippetExpectation]
    /// A reader name pattern (`*` and `?` wildcards) that must be present, else skipped.
    public var requiredReader: String?
    /// A reader feature (`FEATURE_VERIFY_PIN_DIRECT`) the check needs, else skipped.
    public var requiredFeature: String?
    /// The id of the bug this check reproduces, shown in that bug's box.
    public var reproduces: String?
    /// A hash of the whole fenced block, so a recorded result of an edited snippet is stale.
    public var hash: String
    /// Where the fenced block opens.
    public var location: SourceLocation

    /// The fence language that marks a snippet.
    public static let fence = "pcsc-probe"
}

/// What a check must see to pass.
public enum SnippetExpectation: Sendable, Hashable {
    /// The probe's exit status.
    case exitStatus(Int)
    /// A value at a dotted path of the JSON output (`features.0.name=FEATURE_VERIFY_PIN_DIRECT`).
    case json(path: String, value: String)
    /// Text that must appear in the probe's text output.
    case text(String)
}

extension SnippetExpectation: CustomStringConvertible {
    /// The expectation as an author writes it in the info string.
    public var description: String {
        switch self {
        case .exitStatus(let status): return "exit status \(status)"
        case .json(let path, let value): return "\(path) = \(value)"
        case .text(let text): return "output contains “\(text)”"
        }
    }
}
