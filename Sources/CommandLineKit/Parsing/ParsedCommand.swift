/// The command a user chose and what they gave it, ready for the executable to act on.
///
/// Options of every command along the path are readable here, so a global `--json` given
/// to the root is read the same way as a subcommand's own `--reader`.
public struct ParsedCommand: Sendable, Equatable {
    /// The words that chose the command, program name first: `["cardpress", "import"]`.
    public var path: [String]

    /// The usage line of the chosen command, for errors the caller raises itself.
    public var usage: String

    /// Every option in scope by long name; a subcommand's option hides a parent's namesake.
    let declared: [String: OptionSpec]

    /// The values given to each value option, in command-line order.
    var givenValues: [String: [String]]

    /// How many times each flag was given.
    var flagCounts: [String: Int]

    /// The words given to each positional, in order.
    var positionalValues: [String: [String]]
}

extension ParsedCommand {
    /// Whether the flag was given at least once.
    public func flag(_ long: String) -> Bool {
        count(long) > 0
    }

    /// How many times a flag was given, for levels such as `-vvv`.
    public func count(_ long: String) -> Int {
        let name = checkedName(long)
        return flagCounts[name, default: 0]
    }

    /// The value given last, or the declared default when the option was not given.
    ///
    /// A non-repeatable option given twice keeps the last value, so a script can override
    /// an earlier value from an alias or wrapper by appending its own.
    public func value(_ long: String) -> String? {
        let name = checkedName(long)
        return givenValues[name]?.last ?? declared[name]?.defaultValue
    }

    /// Every value given, in order; the default alone when none was given.
    public func values(_ long: String) -> [String] {
        let name = checkedName(long)
        if let given = givenValues[name], !given.isEmpty { return given }
        return declared[name]?.defaultValue.map { [$0] } ?? []
    }

    /// Whether the user gave the option, as opposed to it taking its default.
    public func isGiven(_ long: String) -> Bool {
        let name = checkedName(long)
        return givenValues[name] != nil || flagCounts[name] != nil
    }

    /// The word given to a positional; for a variadic one, the first word.
    public func positional(_ name: String) -> String? {
        positionalValues[name]?.first
    }

    /// Every word given to a variadic positional (or the single word of a plain one).
    public func positionals(_ name: String) -> [String] {
        positionalValues[name] ?? []
    }

    /// The option's value as an integer; an error quoting the input when it is not one.
    public func int(_ long: String) throws(CommandLineError) -> Int? {
        guard let text = value(long) else { return nil }
        guard let number = Int(text) else {
            throw conversionError(text, long: long, expected: "an integer, e.g. 3")
        }
        return number
    }

    /// The option's value as a finite number; an error quoting the input when it is not one.
    public func double(_ long: String) throws(CommandLineError) -> Double? {
        guard let text = value(long) else { return nil }
        guard let number = Double(text), number.isFinite else {
            throw conversionError(text, long: long, expected: "a number, e.g. 2.5")
        }
        return number
    }

    /// An error in the same form as parse errors, for checks only the caller can make.
    public func error(_ message: String) -> CommandLineError {
        CommandLineError(.custom(message), usage: usage, commandPath: path)
    }
}

extension ParsedCommand {
    /// Strips dashes and, in debug builds, stops on names no command in scope declares,
    /// so a typo in an executable fails its first test instead of reading as "not given".
    private func checkedName(_ long: String) -> String {
        let name = OptionSpec.bareName(long)
        assert(declared[name] != nil, "'--\(name)' is not declared on \(path)")
        return name
    }

    private func conversionError(
        _ text: String,
        long: String,
        expected: String
    ) -> CommandLineError {
        let failure = ParseFailure.notConvertible(
            value: text,
            option: "--\(OptionSpec.bareName(long))",
            expected: expected
        )
        return CommandLineError(failure, usage: usage, commandPath: path)
    }
}
