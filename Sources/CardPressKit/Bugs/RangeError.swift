/// Why an `affected` text is not a range, for the author.
public struct RangeError: Error, Sendable, Equatable {
    public var text: String
    public var problem: String

    /// The whole message, with the forms that are accepted, so the author can fix it alone.
    public var message: String {
        "malformed range '\(text)': \(problem); write a release (14.0), a name (Sonoma), "
            + "bounds (>=14.0 <14.3) or a list (14.0, 14.1)"
    }
}
