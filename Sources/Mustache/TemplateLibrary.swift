/// The templates of a theme by name, so partials and parents can find one another.
public struct TemplateLibrary: Sendable {
    let templates: [String: Template]

    /// Collects `templates`; when two share a name, the later one wins, which lets a child
    /// theme list its templates after its parent's to replace them.
    public init(templates: [Template]) {
        var byName: [String: Template] = [:]
        byName.reserveCapacity(templates.count)
        for template in templates {
            byName[template.name] = template
        }
        self.templates = byName
    }

    /// The template that `{{>name}}` would include, if the library has one.
    public func template(named name: String) -> Template? {
        templates[name]
    }

    /// Renders the named template with the others as partials/parents.
    public func render(_ name: String, context: MustacheValue) throws(MustacheError) -> String {
        guard let template = templates[name] else {
            throw MustacheError(
                file: name,
                line: 1,
                column: 1,
                message: "unknown template '\(name)'; the library has "
                    + templates.keys.sorted().joined(separator: ", ")
            )
        }
        return try template.render(context, partials: self)
    }
}
