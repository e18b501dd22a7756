/// Walks a node tree once, writing into a single byte buffer.
///
/// A renderer lives for one render call on one thread; templates and contexts are shared
/// read-only, so concurrent renders need no locks.
struct Renderer {
    static let maximumDepth = 100

    let library: TemplateLibrary?
    var output: [UInt8] = []
    var context: ContextStack
    /// Block overrides of the parents being rendered, outermost first: the outermost wins.
    var overrides: [[String: [Node]]] = []
    /// Prepended to each template line while a standalone partial is rendered.
    var indentation: [UInt8] = []
    var atLineStart = false
    var depth = 0

    init(library: TemplateLibrary?, context: MustacheValue, capacity: Int) {
        self.library = library
        self.context = ContextStack(context)
        output.reserveCapacity(capacity + capacity / 2 + 64)
    }

    var result: String {
        String(decoding: output, as: UTF8.self)
    }

    mutating func render(_ nodes: [Node]) throws(MustacheError) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                writeText(bytes)
            case .variable(let name, let escaped):
                writeValue(context.resolve(name), escaped: escaped)
            case .section(let name, let children, let inverted):
                try renderSection(context.resolve(name), children: children, inverted: inverted)
            case .partial(let reference):
                try include(reference, overrides: nil)
            case .parent(let reference, let blockOverrides):
                try include(reference, overrides: blockOverrides)
            case .block(let name, let defaultContent):
                try render(overrideContent(for: name) ?? defaultContent)
            }
        }
    }

    private mutating func renderSection(
        _ value: MustacheValue,
        children: [Node],
        inverted: Bool
    ) throws(MustacheError) {
        if inverted {
            if value.isFalsey {
                try render(children)
            }
            return
        }
        if value.isFalsey {
            return
        }

        if case .array(let items) = value {
            for item in items {
                context.push(item)
                try render(children)
                context.pop()
            }
        } else {
            context.push(value)
            try render(children)
            context.pop()
        }
    }

    private func overrideContent(for name: String) -> [Node]? {
        for level in overrides {
            if let content = level[name] {
                return content
            }
        }
        return nil
    }

    private mutating func writeText(_ bytes: [UInt8]) {
        if indentation.isEmpty {
            output.append(contentsOf: bytes)
            return
        }

        for byte in bytes {
            if atLineStart {
                output.append(contentsOf: indentation)
                atLineStart = false
            }
            output.append(byte)
            if byte == UInt8(ascii: "\n") {
                atLineStart = true
            }
        }
    }

    private mutating func writeValue(_ value: MustacheValue, escaped: Bool) {
        if atLineStart && !indentation.isEmpty {
            output.append(contentsOf: indentation)
            atLineStart = false
        }
        guard let text = value.interpolationText else { return }

        if escaped {
            HTMLEscape.append(text, to: &output)
        } else {
            output.append(contentsOf: text.utf8)
        }
    }
}
