/// The one error a command line can cause: what went wrong, and how the command is used.
///
/// Executables print `description` to stderr and exit with `exitCode`, the status shells
/// and CI scripts read as "called wrongly" rather than "the work failed".
public struct CommandLineError: Error, Sendable, CustomStringConvertible, Equatable {
    /// One sentence quoting the input, e.g. `unknown option '--outptu' (did you mean ...)`.
    public var message: String

    /// The usage line of the command that failed, without a `usage:` prefix.
    public var usage: String

    /// The command that failed, e.g. `["cardpress", "build"]`.
    public var commandPath: [String]

    /// Builds an error for a failure found in the command at `commandPath`.
    public init(message: String, usage: String, commandPath: [String]) {
        self.message = message
        self.usage = usage
        self.commandPath = commandPath
    }

    /// The exit status for a command line the program cannot run: 2, as Bash builtins and
    /// most Unix tools use for wrong usage, so scripts can tell it from a failed build (1).
    public var exitCode: Int32 { 2 }

    /// The message, the usage line and where to read more, ready for stderr.
    public var description: String {
        let command = commandPath.joined(separator: " ")
        return "error: \(message)\nusage: \(usage)\nSee '\(command) --help' for more."
    }
}

extension CommandLineError {
    init(_ failure: ParseFailure, usage: String, commandPath: [String]) {
        self.init(message: failure.message, usage: usage, commandPath: commandPath)
    }
}
