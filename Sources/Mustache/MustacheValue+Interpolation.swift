extension MustacheValue {
    /// The text `{{name}}` writes: numbers as written, booleans as words, nothing for null,
    /// lists and objects (there is no sensible single text for them).
    var interpolationText: String? {
        switch self {
        case .null, .array, .object: return nil
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .string(let value): return value
        case .double(let value): return Self.shortest(value)
        }
    }

    /// Swift's shortest round-trip form, without the `.0` a whole number would gain.
    private static func shortest(_ value: Double) -> String {
        let text = value.description
        if text.hasSuffix(".0") {
            return String(text.dropLast(2))
        }
        return text
    }
}
