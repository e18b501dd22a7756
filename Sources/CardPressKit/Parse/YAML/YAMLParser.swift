import CYAML

/// Reads YAML with libyaml into `YAMLNode` trees, anchors and aliases included.
public enum YAMLParser {
    /// A syntax error with its 1-based place in the text that was parsed.
    public struct SyntaxError: Error, Sendable {
        public var message: String
        public var line: Int
        public var column: Int
    }

    /// Parses the first document of `text`; an empty text gives nil.
    public static func parse(_ text: String) throws(SyntaxError) -> YAMLNode? {
        var bytes = Array(text.utf8)
        if bytes.isEmpty { return nil }
        bytes.append(0)

        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw SyntaxError(message: "the YAML parser could not start", line: 1, column: 1)
        }
        defer { yaml_parser_delete(&parser) }

        return try bytes.withUnsafeBufferPointer { buffer throws(SyntaxError) -> YAMLNode? in
            guard let base = buffer.baseAddress else { return nil }
            yaml_parser_set_input_string(&parser, base, buffer.count - 1)
            var builder = TreeBuilder()
            return try builder.run(&parser)
        }
    }
}

/// Turns libyaml's event stream into a tree.
private struct TreeBuilder {
    private enum Frame {
        case sequence(items: [YAMLNode], line: Int, column: Int, anchor: String?)
        case mapping(
            pairs: [YAMLPair], pendingKey: YAMLNode?, line: Int, column: Int,
            anchor: String?)
    }

    private var stack: [Frame] = []
    private var anchors: [String: YAMLNode] = [:]
    private var root: YAMLNode?

    mutating func run(_ parser: inout yaml_parser_t) throws(YAMLParser.SyntaxError) -> YAMLNode? {
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else {
                throw syntaxError(parser)
            }
            defer { yaml_event_delete(&event) }

            let line = Int(event.start_mark.line) + 1
            let column = Int(event.start_mark.column) + 1
            switch event.type {
            case YAML_STREAM_END_EVENT, YAML_DOCUMENT_END_EVENT:
                return root
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let text = string(scalar.value, Int(scalar.length))
                let quoted =
                    scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE
                    || scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE
                    || scalar.style == YAML_LITERAL_SCALAR_STYLE
                    || scalar.style == YAML_FOLDED_SCALAR_STYLE
                let node = YAMLNode(.scalar(text, quoted: quoted), line: line, column: column)
                remember(node, anchor: cString(scalar.anchor))
                try add(node, line: line, column: column)
            case YAML_ALIAS_EVENT:
                let name = cString(event.data.alias.anchor) ?? ""
                guard let node = anchors[name] else {
                    throw YAMLParser.SyntaxError(
                        message: "unknown alias '*\(name)'", line: line, column: column)
                }
                try add(node, line: line, column: column)
            case YAML_SEQUENCE_START_EVENT:
                let anchor = cString(event.data.sequence_start.anchor)
                stack.append(.sequence(items: [], line: line, column: column, anchor: anchor))
            case YAML_MAPPING_START_EVENT:
                let anchor = cString(event.data.mapping_start.anchor)
                stack.append(
                    .mapping(
                        pairs: [], pendingKey: nil, line: line, column: column,
                        anchor: anchor))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                try closeCollection()
            default:
                continue
            }
        }
    }

    private mutating func closeCollection() throws(YAMLParser.SyntaxError) {
        guard let frame = stack.popLast() else { return }
        switch frame {
        case .sequence(let items, let line, let column, let anchor):
            let node = YAMLNode(.sequence(items), line: line, column: column)
            remember(node, anchor: anchor)
            try add(node, line: line, column: column)
        case .mapping(let pairs, _, let line, let column, let anchor):
            let node = YAMLNode(.mapping(pairs), line: line, column: column)
            remember(node, anchor: anchor)
            try add(node, line: line, column: column)
        }
    }

    private mutating func add(
        _ node: YAMLNode,
        line: Int,
        column: Int
    ) throws(YAMLParser.SyntaxError) {
        guard let top = stack.popLast() else {
            root = node
            return
        }
        switch top {
        case .sequence(var items, let seqLine, let seqColumn, let anchor):
            items.append(node)
            stack.append(.sequence(items: items, line: seqLine, column: seqColumn, anchor: anchor))
        case .mapping(var pairs, let pendingKey, let mapLine, let mapColumn, let anchor):
            if let key = pendingKey {
                if let text = key.scalar, pairs.contains(where: { $0.key.scalar == text }) {
                    throw YAMLParser.SyntaxError(
                        message: "key '\(text)' appears twice in the same mapping",
                        line: key.line, column: key.column)
                }
                pairs.append(YAMLPair(key: key, value: node))
                stack.append(
                    .mapping(
                        pairs: pairs, pendingKey: nil, line: mapLine, column: mapColumn,
                        anchor: anchor))
            } else {
                stack.append(
                    .mapping(
                        pairs: pairs, pendingKey: node, line: mapLine, column: mapColumn,
                        anchor: anchor))
            }
        }
    }

    private mutating func remember(_ node: YAMLNode, anchor: String?) {
        if let anchor { anchors[anchor] = node }
    }

    private func syntaxError(_ parser: yaml_parser_t) -> YAMLParser.SyntaxError {
        var message = cString(parser.problem) ?? "invalid YAML"
        if let context = cString(parser.context) { message = "\(message) \(context)" }
        let mark = parser.problem_mark
        return YAMLParser.SyntaxError(
            message: message, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private func string(_ pointer: UnsafeMutablePointer<UInt8>?, _ length: Int) -> String {
        guard let pointer, length > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    private func cString(_ pointer: UnsafeMutablePointer<UInt8>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private func cString(_ pointer: UnsafePointer<CChar>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }
}
