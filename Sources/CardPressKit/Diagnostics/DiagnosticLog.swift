import Synchronization

/// Collects every message of a run, from any thread, so the build reports all errors at once.
public final class DiagnosticLog: Sendable {
    private let entries = Mutex<[Diagnostic]>([])

    public init() {}

    public func report(_ diagnostic: Diagnostic) {
        entries.withLock { $0.append(diagnostic) }
    }

    public func report(_ diagnostics: some Sequence<Diagnostic>) {
        entries.withLock { $0.append(contentsOf: diagnostics) }
    }

    public func error(_ message: String, at location: SourceLocation? = nil) {
        report(.error(message, at: location))
    }

    public func warning(_ message: String, at location: SourceLocation? = nil) {
        report(.warning(message, at: location))
    }

    /// Every message so far, sorted by place so the output is the same on every run.
    public var all: [Diagnostic] {
        entries.withLock { $0 }.sorted { lhs, rhs in
            let left = lhs.location ?? SourceLocation(file: "")
            let right = rhs.location ?? SourceLocation(file: "")
            if left != right { return left < right }
            return lhs.message < rhs.message
        }
    }

    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }
    public var hasErrors: Bool { entries.withLock { $0.contains { $0.severity == .error } } }
}
