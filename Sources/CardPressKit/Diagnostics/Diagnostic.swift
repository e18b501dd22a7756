/// One message for the author: an error stops the build, a warning does not.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
        case note
    }

    public var severity: Severity
    public var location: SourceLocation?
    public var message: String

    public init(_ severity: Severity, _ message: String, at location: SourceLocation? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    public static func error(_ message: String, at location: SourceLocation? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: location)
    }

    public static func warning(
        _ message: String,
        at location: SourceLocation? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, message, at: location)
    }

    /// `posts/x.md:3:7: error: unknown status 'fixd'`.
    public var description: String {
        if let location {
            return "\(location.prefix): \(severity.rawValue): \(message)"
        }
        return "\(severity.rawValue): \(message)"
    }
}
