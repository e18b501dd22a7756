/// Partials and parents: finding the template, indenting it, and guarding against loops.
extension Renderer {
    mutating func include(
        _ reference: PartialReference,
        overrides blockOverrides: [String: [Node]]?
    ) throws(MustacheError) {
        guard let name = resolveName(reference) else { return }

        let noun = blockOverrides == nil ? "partial" : "parent"
        guard let template = library?.template(named: name) else {
            let shown = reference.isDynamic ? "'\(name)' (from '*\(reference.name)')" : "'\(name)'"
            throw reference.location.error(
                in: reference.file,
                "unknown \(noun) \(shown): no template of that name in the theme"
            )
        }
        guard depth < Self.maximumDepth else {
            throw reference.location.error(
                in: reference.file,
                "\(noun) '\(name)' nested deeper than \(Self.maximumDepth) levels;"
                    + " a template probably includes itself without a stopping condition"
            )
        }

        let savedIndentation = indentation
        let standalone = !reference.indentation.isEmpty
        if standalone {
            indentation += reference.indentation
            atLineStart = true
        }
        if let blockOverrides {
            overrides.append(blockOverrides)
        }
        depth += 1

        try render(template.nodes)

        depth -= 1
        if blockOverrides != nil {
            overrides.removeLast()
        }
        if standalone {
            indentation = savedIndentation
            atLineStart = true
        }
    }

    /// The template name a tag means; a dynamic name that resolves to no string includes
    /// nothing, as the specification asks.
    private func resolveName(_ reference: PartialReference) -> String? {
        guard reference.isDynamic else { return reference.name }

        let key = DottedName(
            components: reference.name.split(separator: ".").map(String.init)
        )
        if case .string(let name) = context.resolve(key) {
            return name
        }
        return nil
    }
}
