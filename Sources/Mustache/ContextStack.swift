/// The values sections have entered, innermost last; names resolve from the innermost out.
struct ContextStack {
    private var values: [MustacheValue]

    init(_ root: MustacheValue) {
        values = [root]
        values.reserveCapacity(16)
    }

    mutating func push(_ value: MustacheValue) {
        values.append(value)
    }

    mutating func pop() {
        values.removeLast()
    }

    /// Finds the first key up the stack, then follows the remaining keys (or list positions)
    /// from that value only: a broken chain renders nothing rather than falling back to outer
    /// contexts.
    func resolve(_ name: DottedName) -> MustacheValue {
        guard let first = name.components.first else {
            return values.last ?? .null
        }

        var current: MustacheValue?
        var index = values.count
        while index > 0 {
            index -= 1
            if case .object(let object) = values[index], let value = object[first] {
                current = value
                break
            }
        }
        guard var found = current else { return .null }

        for component in name.components.dropFirst() {
            guard let next = Self.member(component, of: found) else { return .null }
            found = next
        }
        return found
    }

    /// A key of an object, or a position in a list (`tags.0`, so a theme can test "has any").
    private static func member(_ component: String, of value: MustacheValue) -> MustacheValue? {
        switch value {
        case .object(let object):
            return object[component]
        case .array(let items):
            guard let position = Int(component), items.indices.contains(position) else {
                return nil
            }
            return items[position]
        default:
            return nil
        }
    }
}
