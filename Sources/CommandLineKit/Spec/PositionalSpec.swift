/// One positional argument of a command, such as `FILE` or `POST...`.
public struct PositionalSpec: Sendable, Equatable {
    /// The name shown in usage and help, and the key for `positional(_:)`.
    public let name: String

    /// One sentence for the ARGUMENTS column.
    public let help: String

    /// Whether the command runs without it.
    public let isOptional: Bool

    /// Whether it takes every remaining argument; only the last positional may be variadic.
    public let isVariadic: Bool

    /// The only values accepted; empty accepts any value.
    public let choices: [String]

    /// Declares a positional; an optional or variadic one must come after the required ones.
    public init(
        _ name: String,
        help: String,
        optional: Bool = false,
        variadic: Bool = false,
        choices: [String] = []
    ) {
        self.name = name
        self.help = help
        self.isOptional = optional
        self.isVariadic = variadic
        self.choices = choices
    }
}

extension PositionalSpec {
    /// How the argument is written in usage lines: `FILE`, `[FILE]`, `POST...`, `[POST...]`.
    public var synopsis: String {
        let base = isVariadic ? "\(name)..." : name
        return isOptional ? "[\(base)]" : base
    }
}
