/// Picks the reader a check runs on, or says why it cannot run here: the reader its command
/// names, else the first its `requires-reader` pattern matches that also offers its
/// `requires-feature`, else the first this run may use.
///
/// A run only ever uses the readers the survey kept (after `hwcheck --reader`), so a check
/// whose command names another reader is skipped rather than sent to a reader the user left
/// out. A pattern in the command's `--reader` is resolved to a full name, because the probe
/// itself takes only names, unique prefixes and indices.
enum CheckReader {
    /// The outcome of the choice.
    enum Choice: Equatable {
        /// Run with these arguments, the chosen reader filled in.
        case run(arguments: [String])
        /// Do not run, for this reason.
        case skip(String)
    }

    /// Commands that work on one reader and take `--reader`.
    static let commands: Set<String> = ["status", "features", "transmit", "race-check", "wait"]

    /// Chooses among `readers` (already narrowed to `filter`, the run's own pattern);
    /// `offers` tells whether a reader offers the snippet's required feature.
    static func choose(
        for snippet: ProbeSnippet,
        among readers: [String],
        filter: String?,
        offers: (_ reader: String, _ feature: String) -> Bool
    ) -> Choice {
        var arguments = snippet.arguments
        var candidates = readers
        if let pattern = snippet.requiredReader {
            candidates = readers.filter { MachineSurvey.matches($0, pattern: pattern) }
            guard !candidates.isEmpty else { return .skip("no reader matches '\(pattern)'") }
        }
        let feature = snippet.requiredFeature
        guard let command = arguments.first, commands.contains(command) else {
            if let feature, !candidates.contains(where: { offers($0, feature) }) {
                return .skip("no reader offers \(feature)")
            }
            return .run(arguments: arguments)
        }

        if let option = readerOption(in: arguments) {
            guard let name = resolve(option.value, among: candidates) else {
                if Int(option.value) != nil, filter == nil, snippet.requiredReader == nil {
                    return .run(arguments: arguments)
                }
                return .skip("no reader matches '\(option.value)'")
            }
            if let feature, !offers(name, feature) {
                return .skip("\(name) does not offer \(feature)")
            }
            arguments[option.index] = option.isJoined ? "--reader=" + name : name
            return .run(arguments: arguments)
        }

        if let feature {
            candidates = candidates.filter { offers($0, feature) }
            guard !candidates.isEmpty else { return .skip("no reader offers \(feature)") }
        }
        if let first = candidates.first {
            return .run(arguments: arguments + ["--reader", first])
        }
        if command == "wait" { return .run(arguments: arguments) }
        return .skip(filter.map { "no reader matches '\($0)'" } ?? "no reader is connected")
    }

    /// The reader a name, a `*`/`?` pattern or a unique prefix stands for.
    static func resolve(_ wanted: String, among readers: [String]) -> String? {
        if readers.contains(wanted) { return wanted }
        if let match = readers.first(where: { MachineSurvey.matches($0, pattern: wanted) }) {
            return match
        }
        let prefixed = readers.filter { $0.hasPrefix(wanted) }
        return prefixed.count == 1 ? prefixed.first : nil
    }

    /// Where the command's `--reader` value is: `--reader X`, `-r X` or `--reader=X`.
    private static func readerOption(in arguments: [String])
        -> (index: Int, value: String, isJoined: Bool)?
    {
        for (index, word) in arguments.enumerated() {
            if word.hasPrefix("--reader=") {
                return (index, String(word.dropFirst("--reader=".count)), true)
            }
            if word == "--reader" || word == "-r", index + 1 < arguments.count {
                return (index + 1, arguments[index + 1], false)
            }
        }
        return nil
    }
}
