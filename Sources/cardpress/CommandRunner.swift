import CardPressKit
import CommandLineKit
import Foundation

/// Runs the command the parser chose and returns the process exit status.
enum CommandRunner {
    static func run(_ command: ParsedCommand) throws(CommandLineError) -> Int32 {
        switch command.path.dropFirst().first {
        case "build": return try BuildCommand.run(command)
        case "hwcheck": return try HardwareCheckCommand.run(command)
        case "import": return try ImportCommand.run(command)
        case "check": return try CheckCommand.run(command)
        default: throw command.error("choose a command, e.g. 'cardpress build'")
        }
    }
}
