import CommandLineKit
import Foundation

// Thin on purpose: parse the arguments, hand the work to CardPressKit, map the outcome to an
// exit status (0 done, 1 the content or the run failed, 2 the command line was wrong).
let parser = CommandLineParser(root: CommandTree.root, version: CommandTree.version)
do {
    switch try parser.parse(Array(CommandLine.arguments.dropFirst())) {
    case .help(let text):
        print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
    case .version(let text):
        print(text)
    case .run(let command):
        exit(try CommandRunner.run(command))
    }
} catch {
    FileHandle.standardError.write(Data((error.description + "\n").utf8))
    exit(error.exitCode)
}
