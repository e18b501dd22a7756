import PCSC

/// A JSON value whose object keys keep the order they were written in, so output is stable
/// and diffs of `--json` runs stay readable.
enum JSONValue: Sendable, Equatable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.encoded() == rhs.encoded()
    }

    /// The text of a `.string`, nil for anything else.
    var text: String? {
        if case .string(let value) = self {
            return value
        }
        return nil
    }

    /// A string, or null for nil.
    static func optional(_ text: String?) -> JSONValue {
        text.map(JSONValue.string) ?? .null
    }

    /// Hex bytes as `"3B 88 80"`.
    static func hex(_ bytes: [UInt8]) -> JSONValue {
        .string(Hex.spaced(bytes))
    }

    /// The value as compact JSON text on one line.
    func encoded() -> String {
        var out = ""
        write(to: &out, indent: nil, level: 0)
        return out
    }

    /// The value as JSON indented by two spaces.
    func pretty() -> String {
        var out = ""
        write(to: &out, indent: "  ", level: 0)
        return out
    }

    private func write(to out: inout String, indent: String?, level: Int) {
        let newline = indent == nil ? "" : "\n"
        let pad = { (depth: Int) in indent.map { String(repeating: $0, count: depth) } ?? "" }
        switch self {
        case .object(let members):
            guard !members.isEmpty else {
                out += "{}"
                return
            }
            out += "{" + newline
            for (index, (key, value)) in members.enumerated() {
                out += pad(level + 1) + Self.quoted(key) + (indent == nil ? ":" : ": ")
                value.write(to: &out, indent: indent, level: level + 1)
                out += (index + 1 < members.count ? "," : "") + newline
            }
            out += pad(level) + "}"
        case .array(let items):
            guard !items.isEmpty else {
                out += "[]"
                return
            }
            out += "[" + newline
            for (index, item) in items.enumerated() {
                out += pad(level + 1)
                item.write(to: &out, indent: indent, level: level + 1)
                out += (index + 1 < items.count ? "," : "") + newline
            }
            out += pad(level) + "]"
        case .string(let text):
            out += Self.quoted(text)
        case .int(let number):
            out += String(number)
        case .double(let number):
            out += number.isFinite ? String(number) : "null"
        case .bool(let flag):
            out += flag ? "true" : "false"
        case .null:
            out += "null"
        }
    }

    private static func quoted(_ text: String) -> String {
        var out: [UInt8] = [0x22]
        for byte in text.utf8 {
            switch byte {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case 0x00..<0x20: out += Array("\\u00\(Hex.byte(byte))".utf8)
            default: out.append(byte)
            }
        }
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }
}
