import CommandLineKit
import Foundation
import PCSC

let parser = CommandLineParser(root: ProbeCommands.root, version: ProbeEnvironment.probeVersion)
Interrupt.shared.install()
exit(ProbeMain.run(parser, Array(CommandLine.arguments.dropFirst())))
