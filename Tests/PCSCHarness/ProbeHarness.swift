import Foundation
import Testing

/// Runs the `pcsc-probe` binary and drives the harness that `scripts/pcsc/start` launched.
///
/// Tests that need pcscd run when the harness answers, and must run (failing, not
/// skipping) when `CARDPRESS_PCSC_TESTS=1`, as the project's test command sets.
public enum ProbeHarness {
    /// The package root, found from this file's path.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Whether the environment demands the pcscd tests.
    public static var required: Bool {
        ProcessInfo.processInfo.environment["CARDPRESS_PCSC_TESTS"] == "1"
    }

    /// Whether the tests that need pcscd should run.
    public static let shouldRun: Bool = required || reachable

    /// Whether the harness's control socket answers.
    public static var reachable: Bool {
        let socket = stateDirectory + "/control.sock"
        guard FileManager.default.fileExists(atPath: socket) else {
            return false
        }
        return (try? control("ping"))?.hasPrefix("ok") ?? false
    }

    public static var stateDirectory: String {
        ProcessInfo.processInfo.environment["CARDPRESS_PCSC_DIR"] ?? "/tmp/cardpress-pcsc"
    }

    /// The probe binary: `CARDPRESS_PROBE`, or next to the test bundle in the build folder.
    public static var probePath: String {
        ProcessInfo.processInfo.environment["CARDPRESS_PROBE"] ?? builtProduct("pcsc-probe")
    }

    /// An executable the same build made (`pcsc-probe`, `cardpress`), beside the test bundle.
    public static func builtProduct(_ name: String) -> String {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let besideBundle = bundle.appendingPathComponent(name).path
        if FileManager.default.isExecutableFile(atPath: besideBundle) {
            return besideBundle
        }
        return Bundle.main.bundleURL.appendingPathComponent(name).path
    }

    /// Fails the test with what to do when the harness is not there.
    public static func requireHarness() throws {
        try #require(
            reachable,
            """
            pcscd test harness not reachable at \(stateDirectory)/control.sock; \
            run scripts/pcsc/install && scripts/pcsc/start
            """)
        try #require(
            FileManager.default.isExecutableFile(atPath: probePath),
            "pcsc-probe not built at \(probePath); run swift build --product pcsc-probe")
    }

    /// Sends one command to the harness (`scripts/pcsc/ctl`) and returns its answer.
    @discardableResult
    public static func control(_ command: String) throws -> String {
        let run = try Run.execute(
            root.appendingPathComponent("scripts/pcsc/ctl").path,
            command.split(separator: " ")
                .map(String.init), timeout: 30)
        guard run.status == 0 else {
            throw HarnessError(message: "harness refused '\(command)': \(run.stdout)\(run.stderr)")
        }
        return run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs the probe to completion.
    public static func probe(_ arguments: [String], timeout: Double = 20) throws -> Run {
        try Run.execute(probePath, arguments, timeout: timeout)
    }

    /// Takes the virtual card out and puts it back, waiting until pcscd has seen both, so
    /// the next test starts from a card pcscd knows is present.
    public static func reinsertVirtualCard() throws {
        let reader = "Virtual PCD 00 00"
        try control("remove")
        try awaitCard(reader, present: false)
        try control("insert")
        try awaitCard(reader)
    }

    /// Waits until pcscd reports the card in `reader` present (or absent).
    public static func awaitCard(_ reader: String, present: Bool = true) throws {
        let event = present ? "card" : "removal"
        let run = try probe(["wait", event, "--reader", reader, "--timeout", "5"])
        guard run.status == 0 else {
            throw HarnessError(message: "\(reader): no \(event) within 5 s: \(run.stderr)")
        }
    }
}

/// A failure of the harness itself, not of the code under test.
public struct HarnessError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }

    public init(message: String) {
        self.message = message
    }
}

/// One finished (or started) process, with its output read from temporary files.
public final class Run: @unchecked Sendable {
    public let process = Process()
    private let outURL: URL
    private let errURL: URL
    public private(set) var status: Int32 = -1
    public private(set) var stdout = ""
    public private(set) var stderr = ""
    public private(set) var seconds = 0.0
    private let started = Date()

    private init(_ path: String, _ arguments: [String]) throws {
        let folder = FileManager.default.temporaryDirectory
        outURL = folder.appendingPathComponent("probe-\(UUID().uuidString).out")
        errURL = folder.appendingPathComponent("probe-\(UUID().uuidString).err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
    }

    /// Starts a process and returns at once; call `finish` to collect it.
    public static func start(_ path: String, _ arguments: [String]) throws -> Run {
        try Run(path, arguments)
    }

    /// Runs a process to its end, killing it after `timeout` seconds.
    public static func execute(_ path: String, _ arguments: [String], timeout: Double) throws -> Run
    {
        let run = try Run(path, arguments)
        run.finish(timeout: timeout)
        return run
    }

    /// The probe started with `arguments`, still running.
    public static func startProbe(_ arguments: [String]) throws -> Run {
        try Run(ProbeHarness.probePath, arguments)
    }

    /// Waits for the end (SIGKILL after `timeout`) and reads the output.
    public func finish(timeout: Double) {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline {
            usleep(10_000)
        }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        seconds = Date().timeIntervalSince(started)
        status = process.terminationStatus
        stdout = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
        stderr = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: outURL)
        try? FileManager.default.removeItem(at: errURL)
    }

    /// Standard output parsed as one JSON object.
    public func json() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8))
        guard let dictionary = object as? [String: Any] else {
            throw HarnessError(message: "not a JSON object: \(stdout)")
        }
        return dictionary
    }

    /// Standard output parsed as JSON Lines.
    public func jsonLines() throws -> [[String: Any]] {
        try stdout.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            guard let dictionary = object as? [String: Any] else {
                throw HarnessError(message: "not a JSON object: \(line)")
            }
            return dictionary
        }
    }
}
