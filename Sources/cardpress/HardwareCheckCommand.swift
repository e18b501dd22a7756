import CardPressKit
import CommandLineKit
import Foundation

/// `cardpress hwcheck`: runs the posts' probe snippets on this machine and records results.
enum HardwareCheckCommand {
    static let spec = CommandSpec(
        "hwcheck",
        abstract: "Run the hardware checks posts embed, on this machine's readers.",
        discussion: """
            Finds every ```pcsc-probe block in the posts (or in the POSTs named), runs each \
            through the bundled pcsc-probe against this machine's PC/SC stack, offline, and \
            records the results in a folder beside each post (posts/x.md → posts/x.checks/\
            ENVIRONMENT.json). A run replaces only the results of its own environment, so \
            runs from several machines add up. The next build shows them as an appendix.

            Exit status: 0 when no check failed, 1 when a check failed or a snippet is \
            invalid, 2 when the command line is wrong.
            """,
        options: [
            CommandTree.site,
            OptionSpec(
                "reader", value: "PATTERN",
                help: "Use only readers whose name matches PATTERN (* and ? wildcards)."),
            OptionSpec(
                "label", value: "NAME",
                help: "Name this environment in the results, "
                    + "e.g. \"macOS 14.3, Gemalto Prox DU\"."),
            OptionSpec(
                "probe", value: "PATH",
                help: "The pcsc-probe executable (default: the one beside cardpress)."),
            OptionSpec(
                "timeout", value: "SECONDS", help: "Stop a check that runs longer than this.",
                defaultValue: "60"),
        ],
        positionals: [
            PositionalSpec(
                "POST", help: "Posts to check, by path or slug; all posts by default.",
                optional: true, variadic: true)
        ],
        examples: [
            "cardpress hwcheck --label \"Debian 12, virtual reader\"",
            "cardpress hwcheck posts/2023/macos-sonoma-bug-scardcontrol.md --reader \"Gemalto*\"",
        ]
    )

    static func run(_ command: ParsedCommand) throws(CommandLineError) -> Int32 {
        let console = Console()
        guard let timeout = try command.double("timeout"), timeout > 0 else {
            throw command.error("'--timeout' must be a number of seconds above 0")
        }
        let probe = try probeExecutable(command)
        let options = HardwareCheckRun.Options(
            siteFolder: URL(fileURLWithPath: command.value("site") ?? "."),
            posts: command.positionals("POST"),
            readerPattern: command.value("reader"),
            label: command.value("label"),
            probe: probe,
            timeoutSeconds: timeout)

        let log = DiagnosticLog()
        do {
            let summary = try HardwareCheckRun.run(options, log: log) { console.say($0) }
            console.report(log.all)
            console.say(
                "\(summary.passed) passed, \(summary.failed) failed, \(summary.skipped) skipped; "
                    + "results in \(summary.files.count) file\(summary.files.count == 1 ? "" : "s")"
            )
            return summary.failed > 0 ? 1 : 0
        } catch {
            console.report(log.all)
            return 1
        }
    }

    /// `--probe`, else `pcsc-probe` beside this executable, else on the PATH.
    private static func probeExecutable(_ command: ParsedCommand) throws(CommandLineError) -> URL {
        if let path = command.value("probe") {
            guard FileManager.default.isExecutableFile(atPath: path) else {
                throw command.error(
                    "'\(path)' is not an executable; build it with "
                        + "`swift build --product pcsc-probe`")
            }
            return URL(fileURLWithPath: path)
        }
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("pcsc-probe")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(
                "pcsc-probe")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw command.error(
            "cannot find pcsc-probe beside cardpress or on the PATH; build it with "
                + "`swift build --product pcsc-probe` or pass --probe PATH")
    }
}
