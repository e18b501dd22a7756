/// What the executable should do after parsing: run a command, or print text and exit 0.
public enum ParseOutcome: Sendable, Equatable {
    /// Run the chosen command.
    case run(ParsedCommand)
    /// Print this help text (asked for with `--help`, `-h` or `help SUBCOMMAND`), exit 0.
    case help(String)
    /// Print this version string (asked for with `--version` on the root), exit 0.
    case version(String)
}
