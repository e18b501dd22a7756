/// A `{{>name}}` or `{{<name}}` tag: which template to include and how to find it again when
/// it is missing.
struct PartialReference: Sendable {
    /// The template name, or for a dynamic tag (`{{>*key}}`) the context key holding it.
    var name: String
    var isDynamic: Bool
    /// Whitespace before a standalone tag, prepended to every line of the included template.
    var indentation: [UInt8]
    var file: String
    var location: SourceLocation
}
