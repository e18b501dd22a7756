extension MustacheValue {
    /// Whether a section skips this value: only null, false and the empty list, as the
    /// Mustache specification says (an empty string or zero still renders the section).
    var isFalsey: Bool {
        switch self {
        case .null: return true
        case .bool(let value): return !value
        case .array(let items): return items.isEmpty
        default: return false
        }
    }
}
