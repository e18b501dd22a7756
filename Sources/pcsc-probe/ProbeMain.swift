import CommandLineKit
import PCSC

/// Parses, dispatches to a command, and turns every failure into a message and exit code.
enum ProbeMain {
    static func run(_ parser: CommandLineParser, _ arguments: [String]) -> Int32 {
        let parsed: ParsedCommand
        do {
            switch try parser.parse(arguments) {
            case .help(let text), .version(let text):
                print(text)
                return ExitCode.success.rawValue
            case .run(let command):
                parsed = command
            }
        } catch {
            Console(json: false).error(error.description)
            return error.exitCode
        }

        let console = Console(json: parsed.flag("json"))
        let invocation = Invocation(
            parsed: parsed, console: console, session: ProbeSession(console: console))
        do {
            return try dispatch(invocation).rawValue
        } catch let failure as ProbeFailure {
            report(failure, console)
            return failure.exitCode.rawValue
        } catch let error as CommandLineError {
            console.error(error.description)
            return error.exitCode
        } catch {
            console.error("error: \(error)")
            return ExitCode.failure.rawValue
        }
    }

    private static func dispatch(_ invocation: Invocation) throws -> ExitCode {
        switch invocation.parsed.path.last ?? "" {
        case "readers": try ReadersCommand.run(invocation)
        case "status": try StatusCommand.run(invocation)
        case "atr": try ATRCommand.run(invocation)
        case "features": try FeaturesCommand.run(invocation)
        case "transmit": try TransmitCommand.run(invocation)
        case "wait": try WaitCommand.run(invocation)
        case "scan": try ScanCommand.run(invocation)
        case "race-check": try RaceCheckCommand.run(invocation)
        case "env": try EnvCommand.run(invocation)
        default: throw invocation.parsed.error("choose a command; see 'pcsc-probe --help'")
        }
    }

    /// Errors to stderr; with `--json` also a JSON error document to stdout.
    private static func report(_ failure: ProbeFailure, _ console: Console) {
        console.error("error: \(failure.message)")
        if let advice = failure.advice {
            console.error(advice)
        }
        if console.json {
            console.document(.object([("error", failure.json)]))
        }
    }
}
