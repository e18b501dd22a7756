/// One named option of a command: a flag such as `--drafts`, or an option taking a value such
/// as `--output DIR`.
///
/// Specs are plain values so a whole command tree can be written as one literal and checked
/// once when the parser is made.
public struct OptionSpec: Sendable, Equatable {
    /// The long name without dashes, e.g. `output` for `--output`.
    public let long: String

    /// The single-letter alias, e.g. `o` for `-o`.
    public let short: Character?

    /// The placeholder shown in help (`DIR`); `nil` makes the option a flag.
    public let value: String?

    /// One sentence for the OPTIONS column.
    public let help: String

    /// Whether every occurrence is kept (read them with `values(_:)`).
    public let repeatable: Bool

    /// The only values accepted; empty accepts any value.
    public let choices: [String]

    /// The value reported when the option is not given.
    public let defaultValue: String?

    /// Whether parsing fails when the option is absent.
    public let isRequired: Bool

    /// Declares an option; pass `value` to make it take an argument, leave it `nil` for a flag.
    ///
    /// `long` may be written with or without its leading `--`.
    public init(
        _ long: String,
        short: Character? = nil,
        value: String? = nil,
        help: String,
        repeatable: Bool = false,
        choices: [String] = [],
        defaultValue: String? = nil,
        required: Bool = false
    ) {
        self.long = OptionSpec.bareName(long)
        self.short = short
        self.value = value
        self.help = help
        self.repeatable = repeatable
        self.choices = choices
        self.defaultValue = defaultValue
        self.isRequired = required
    }
}

extension OptionSpec {
    /// Whether the option stands alone, without a value.
    public var isFlag: Bool { value == nil }

    /// How the option is written in usage lines and errors: `--output DIR` or `--drafts`.
    public var synopsis: String {
        guard let value else { return "--\(long)" }
        return "--\(long) \(value)"
    }

    /// Strips leading dashes so `--output` and `output` name the same option.
    static func bareName(_ name: String) -> String {
        String(name.drop { $0 == "-" })
    }
}
