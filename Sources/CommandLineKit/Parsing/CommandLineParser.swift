/// Turns a program's arguments into the command to run, help text, or an error worth reading.
///
/// The command tree is plain data, checked once here, so a mistake in it (two options
/// named alike, a default outside its choices) stops the first test run rather than a user.
public struct CommandLineParser: Sendable {
    /// The program's command tree; its name is the program name.
    public let root: CommandSpec

    /// The text returned for `--version`.
    public let version: String

    /// Makes a parser; stops with a list of problems if the command tree is inconsistent.
    public init(root: CommandSpec, version: String) {
        let problems = SpecValidator.problems(in: root)
        precondition(
            problems.isEmpty,
            "invalid command tree:\n" + problems.joined(separator: "\n")
        )
        self.root = root
        self.version = version
    }

    /// Parses arguments given without the program name, e.g. `CommandLine.arguments.dropFirst()`.
    public func parse(_ arguments: [String]) throws(CommandLineError) -> ParseOutcome {
        var session = ParseSession(root: root, arguments: arguments)

        switch try session.run() {
        case .help(let path):
            return .help(helpText(for: path))
        case .version:
            return .version(version)
        case nil:
            return .run(try session.finish())
        }
    }

    /// The help page of the command at `path`, given with or without the program name.
    ///
    /// Words that name no subcommand are ignored, so the page of the deepest command
    /// reached is returned.
    public func helpText(for path: [String]) -> String {
        HelpFormatter.text(for: chain(for: path))
    }

    /// The commands from the root down to the one `path` names.
    func chain(for path: [String]) -> [CommandSpec] {
        var names = path[...]
        if names.first == root.name { names = names.dropFirst() }

        var chain = [root]
        for name in names {
            guard let child = chain[chain.count - 1].subcommand(named: name) else { break }
            chain.append(child)
        }
        return chain
    }
}
