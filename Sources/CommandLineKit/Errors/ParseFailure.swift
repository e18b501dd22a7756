/// What went wrong while reading the command line, as data; `message` words it for people.
///
/// Keeping the wording in one place keeps every message in the same voice, and lets tests
/// check the data without matching sentences.
enum ParseFailure: Equatable, Sendable {
    /// An option no command in scope declares; `owner` names a subcommand that declares it.
    case unknownOption(String, suggestion: String?, owner: String?)
    /// A single-letter option no command in scope declares, maybe inside a cluster `-dx`.
    case unknownShortOption(String, cluster: String?, owner: String?)
    /// An option that takes a value came last, or was followed by another option.
    case missingValue(option: String)
    /// A flag written as `--flag=value`.
    case flagGivenValue(option: String, value: String)
    /// A value outside the declared choices of an option or positional.
    case invalidChoice(value: String, name: String, choices: [String])
    /// A word that is not a subcommand of a command that needs one.
    case unknownSubcommand(String, suggestion: String?, available: [String])
    /// A command that needs a subcommand got none.
    case missingSubcommand(available: [String])
    /// A required positional was not given.
    case missingPositional(name: String)
    /// A required option was not given.
    case missingOption(synopsis: String)
    /// More positionals than the command declares.
    case unexpectedArgument(String)
    /// A typed accessor could not convert what was given.
    case notConvertible(value: String, option: String, expected: String)
    /// A caller's own check failed, worded by the caller.
    case custom(String)
}

extension ParseFailure {
    /// One sentence that quotes what the user typed and says what would be accepted.
    var message: String {
        switch self {
        case .unknownOption(let option, let suggestion, let owner):
            if let owner {
                return "unknown option '\(option)' here: it belongs to '\(owner)', "
                    + "so give it after the subcommand"
            }
            return "unknown option '\(option)'" + Self.hint(suggestion)
        case .unknownShortOption(let option, let cluster, let owner):
            if let owner {
                return "unknown option '\(option)' here: it belongs to '\(owner)', "
                    + "so give it after the subcommand"
            }
            guard let cluster else { return "unknown option '\(option)'" }
            return "unknown option '\(option)' in '\(cluster)'"
        case .missingValue(let option):
            return "missing value for '\(option)'"
        case .flagGivenValue(let option, let value):
            return "'\(option)' is a flag and takes no value (got '\(value)')"
        case .invalidChoice(let value, let name, let choices):
            return "invalid value '\(value)' for '\(name)' (expected one of: "
                + choices.joined(separator: ", ") + ")"
        case .unknownSubcommand(let word, let suggestion, let available):
            if suggestion != nil { return "unknown subcommand '\(word)'" + Self.hint(suggestion) }
            return "unknown subcommand '\(word)' (expected one of: "
                + available.joined(separator: ", ") + ")"
        case .missingSubcommand(let available):
            return "missing subcommand (expected one of: "
                + available.joined(separator: ", ") + ")"
        case .missingPositional(let name):
            return "missing argument '\(name)'"
        case .missingOption(let synopsis):
            return "missing required option '\(synopsis)'"
        case .unexpectedArgument(let word):
            return "unexpected argument '\(word)'"
        case .notConvertible(let value, let option, let expected):
            return "invalid value '\(value)' for '\(option)' (expected \(expected))"
        case .custom(let message):
            return message
        }
    }

    private static func hint(_ suggestion: String?) -> String {
        guard let suggestion else { return "" }
        return " (did you mean '\(suggestion)'?)"
    }
}
