/// Builds the one-line synopsis of a command, e.g.
/// `pcsc-probe transmit --reader NAME APDU... [--allow-writes]`.
///
/// Required options come first, then positionals, then optional options, then the
/// subcommand slot, so the line reads in the order a user would type it.
enum UsageLine {
    /// The synopsis as one line, for errors.
    static func text(for chain: [CommandSpec]) -> String {
        groups(for: chain).joined(separator: " ")
    }

    /// The synopsis split into pieces a wrapper must not break apart.
    static func groups(for chain: [CommandSpec]) -> [String] {
        guard let command = chain.last else { return [] }
        var groups = chain.map(\.name)

        let required = command.options.filter(\.isRequired)
        let optional = command.options.filter { !$0.isRequired }
        groups += required.map(synopsis)
        groups += command.positionals.map(\.synopsis)
        groups += optional.map { "[\(synopsis($0))]" }

        if !command.subcommands.isEmpty {
            groups.append(command.defaultSubcommand == nil ? "<subcommand>" : "[<subcommand>]")
        }
        return groups
    }

    private static func synopsis(_ option: OptionSpec) -> String {
        option.repeatable ? "\(option.synopsis) ..." : option.synopsis
    }
}
