import Foundation
import PCSC

/// `pcsc-probe env`: what a check ran on, for the footer of a post.
enum EnvCommand {
    static func run(_ invocation: Invocation) throws -> ExitCode {
        let info = ProbeEnvironment.collect()
        var readers: [JSONValue] = []
        var readerLines: [String] = []
        var serviceError: PCSCError?
        do {
            let context = try PCSCContext()
            for name in try context.readers() {
                let attributes = ProbeEnvironment.attributes(of: name, on: context)
                readers.append(
                    .object(
                        [("name", .string(name))]
                            + attributes.map { ($0.0, JSONValue.string($0.1)) }))
                let details = attributes.map { "\($0.0)=\($0.1)" }.joined(separator: ", ")
                readerLines.append("  \(name)" + (details.isEmpty ? "" : " (\(details))"))
            }
        } catch {
            serviceError = error
        }

        if invocation.console.json {
            invocation.console.document(
                .object(
                    info.map { ($0.0, JSONValue.string($0.1)) } + [
                        ("readers", .array(readers)),
                        ("serviceError", serviceError?.json ?? .null),
                    ]))
            return .success
        }
        for (key, value) in info {
            invocation.console.line("\(key): \(value)")
        }
        if let serviceError {
            invocation.console.line("pcscd: not reachable (\(serviceError.name))")
        } else {
            invocation.console.line(readerLines.isEmpty ? "readers: none" : "readers:")
            readerLines.forEach { invocation.console.line($0) }
        }
        return .success
    }
}
