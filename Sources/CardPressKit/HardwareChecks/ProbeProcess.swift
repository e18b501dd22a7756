import Foundation

/// Runs the bundled probe as a child process, never through a shell, with a time limit so a
/// stuck reader cannot hang a lab's CI.
struct ProbeProcess: Sendable {
    struct Outcome: Sendable {
        var exitStatus: Int
        var standardOutput: String
        var standardError: String
        var milliseconds: Int
        var timedOut: Bool
    }

    var executable: URL
    var timeoutSeconds: Double

    func run(_ arguments: [String]) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice

        let started = DispatchTime.now().uptimeNanoseconds
        try process.run()

        // Read both pipes while the child runs, so a large output cannot block it.
        let group = DispatchGroup()
        let collected = CollectedOutput()
        for (pipe, isError) in [(output, false), (errors, true)] {
            group.enter()
            DispatchQueue.global().async {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                collected.set(data, isError: isError)
                group.leave()
            }
        }
        let deadline = DispatchTime.now() + timeoutSeconds
        var timedOut = false
        if group.wait(timeout: deadline) == .timedOut {
            timedOut = true
            process.interrupt()
            if group.wait(timeout: .now() + 2) == .timedOut {
                process.terminate()
                group.wait()
            }
        }
        process.waitUntilExit()
        let elapsed = Int((DispatchTime.now().uptimeNanoseconds - started) / 1_000_000)
        return Outcome(
            exitStatus: Int(process.terminationStatus),
            standardOutput: collected.text(isError: false),
            standardError: collected.text(isError: true),
            milliseconds: elapsed, timedOut: timedOut)
    }
}

private final class CollectedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var output = Data()
    private var errors = Data()

    func set(_ data: Data, isError: Bool) {
        lock.lock()
        defer { lock.unlock() }
        if isError { errors = data } else { output = data }
    }

    func text(isError: Bool) -> String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: isError ? errors : output, as: UTF8.self)
    }
}
