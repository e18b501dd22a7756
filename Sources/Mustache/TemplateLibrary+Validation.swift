/// Static checks run once when a theme loads, so a broken theme fails before any page renders.
extension TemplateLibrary {
    /// Every static problem: a partial or parent naming a template that does not exist,
    /// a parent chain cycle. Empty when the library is sound.
    public func validate() -> [MustacheError] {
        var problems: [MustacheError] = []
        var edges: [String: [IncludeEdge]] = [:]

        for name in templates.keys.sorted() {
            guard let template = templates[name] else { continue }
            var found: [IncludeEdge] = []
            collect(template.nodes, unconditional: true, into: &found)
            for edge in found where templates[edge.reference.name] == nil {
                problems.append(
                    edge.reference.location.error(
                        in: edge.reference.file,
                        "unknown \(edge.isParent ? "parent" : "partial")"
                            + " '\(edge.reference.name)': no template of that name in the theme"
                    )
                )
            }
            edges[name] = found.filter { $0.unconditional }
        }

        problems += cycles(in: edges)
        return problems
    }

    private func collect(_ nodes: [Node], unconditional: Bool, into edges: inout [IncludeEdge]) {
        for node in nodes {
            switch node {
            case .text, .variable:
                break
            case .section(_, let children, _):
                collect(children, unconditional: false, into: &edges)
            case .block(_, let defaultContent):
                collect(defaultContent, unconditional: false, into: &edges)
            case .partial(let reference):
                if !reference.isDynamic {
                    edges.append(IncludeEdge(reference, false, unconditional))
                }
            case .parent(let reference, let overrides):
                if !reference.isDynamic {
                    edges.append(IncludeEdge(reference, true, unconditional))
                }
                for name in overrides.keys.sorted() {
                    collect(overrides[name] ?? [], unconditional: false, into: &edges)
                }
            }
        }
    }

    /// Templates that include one another unconditionally never finish rendering.
    private func cycles(in edges: [String: [IncludeEdge]]) -> [MustacheError] {
        var problems: [MustacheError] = []
        var finished: Set<String> = []
        var path: [String] = []

        func visit(_ name: String) {
            if finished.contains(name) { return }
            path.append(name)
            for edge in edges[name] ?? [] {
                let target = edge.reference.name
                if let start = path.firstIndex(of: target) {
                    let chain = (path[start...] + [target]).joined(separator: " -> ")
                    problems.append(
                        edge.reference.location.error(
                            in: edge.reference.file,
                            "template cycle \(chain): each includes the next unconditionally,"
                                + " so rendering never ends"
                        )
                    )
                } else if edges[target] != nil {
                    visit(target)
                }
            }
            path.removeLast()
            finished.insert(name)
        }

        for name in edges.keys.sorted() {
            visit(name)
        }
        return problems
    }
}
