/// A YAML document as a tree that remembers where each value was written, so metadata errors
/// can name the line and column the author must fix.
public struct YAMLNode: Sendable, Hashable {
    public enum Value: Sendable, Hashable {
        /// A scalar, kept as written; `quoted` tells `"14.10"` apart from a plain `14.10`.
        case scalar(String, quoted: Bool)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var value: Value
    /// 1-based line of the node's first character.
    public var line: Int
    /// 1-based column of the node's first character.
    public var column: Int

    public init(_ value: Value, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }
}

/// One `key: value` entry of a mapping, in the order written.
public struct YAMLPair: Sendable, Hashable {
    public var key: YAMLNode
    public var value: YAMLNode
}

extension YAMLNode {
    /// The text of a scalar; nil for lists and mappings.
    public var scalar: String? {
        if case .scalar(let text, _) = value { return text }
        return nil
    }

    /// True for `~`, `null`, an empty plain scalar.
    public var isNull: Bool {
        guard case .scalar(let text, let quoted) = value, !quoted else { return false }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = value { return pairs }
        return nil
    }

    /// The value of a string key in a mapping.
    public subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key.scalar == key }?.value
    }

    /// A plain `true`/`false` (and YAML 1.1's yes/no/on/off) as a Bool.
    public var bool: Bool? {
        guard case .scalar(let text, let quoted) = value, !quoted else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    /// A plain integer scalar.
    public var int: Int? {
        guard case .scalar(let text, let quoted) = value, !quoted else { return nil }
        return Int(text)
    }

    /// What kind of value this is, in words for error messages.
    public var kindName: String {
        switch value {
        case .scalar: return isNull ? "nothing" : "a single value"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}
