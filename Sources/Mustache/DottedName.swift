/// A tag's name split on dots; no components means the implicit iterator `{{.}}`.
struct DottedName: Sendable, Equatable {
    var components: [String]

    var isImplicitIterator: Bool { components.isEmpty }

    /// The name as the template spelled it, for messages.
    var text: String {
        components.isEmpty ? "." : components.joined(separator: ".")
    }
}
