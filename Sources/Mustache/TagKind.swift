/// What a tag does, read from the sigil after the opening delimiter.
enum TagKind: Sendable {
    case variable
    case unescaped
    case section
    case inverted
    case close
    case partial
    case parent
    case block
    case comment
    case delimiters

    /// Tags that leave no output of their own, so a line holding only one of them vanishes.
    var canStandalone: Bool {
        switch self {
        case .variable, .unescaped: return false
        default: return true
        }
    }

    /// How the kind reads in messages.
    var noun: String {
        switch self {
        case .section: return "section"
        case .inverted: return "inverted section"
        case .parent: return "parent"
        case .block: return "block"
        case .partial: return "partial"
        default: return "tag"
        }
    }
}
