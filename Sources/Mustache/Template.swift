/// A template parsed once into a node tree, so rendering thousands of pages never re-reads
/// the source; immutable and therefore safe to render from many threads at once.
public struct Template: Sendable {
    /// The name partials and parents use to include it: `{{>post}}`, `{{<base}}`.
    public let name: String
    /// The file it came from, quoted in every error about it.
    public let path: String
    let nodes: [Node]
    let sourceSize: Int

    /// Parses `source`, reporting the first syntax problem with its line and column.
    public init(source: String, name: String, path: String) throws(MustacheError) {
        var parser = Parser(source: source, file: path)
        self.nodes = try parser.parse()
        self.name = name
        self.path = path
        self.sourceSize = source.utf8.count
    }

    /// Renders against `context`; `partials` supplies the templates that `{{>name}}` and
    /// `{{<name}}` tags include, and a missing one is an error rather than silent emptiness.
    public func render(
        _ context: MustacheValue,
        partials: TemplateLibrary? = nil
    ) throws(MustacheError) -> String {
        var renderer = Renderer(library: partials, context: context, capacity: sourceSize)
        try renderer.render(nodes)
        return renderer.result
    }
}
