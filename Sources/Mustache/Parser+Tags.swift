/// What each kind of tag adds to the tree.
extension Parser {
    mutating func handle(_ tag: Tag, indentation: [UInt8]) throws(MustacheError) {
        switch tag.kind {
        case .comment:
            return
        case .delimiters:
            delimiters = try parseDelimiters(tag)
        case .variable, .unescaped:
            let name = try dottedName(tag)
            append(.variable(name, escaped: tag.kind == .variable))
        case .section, .inverted, .block:
            let name = try dottedName(tag)
            frames.append(
                ParseFrame(
                    kind: tag.kind,
                    name: tag.contentText,
                    dottedName: name,
                    location: locator.location(of: tag.start)
                )
            )
        case .partial, .parent:
            let reference = try partialReference(tag, indentation: indentation)
            if tag.kind == .partial {
                append(.partial(reference))
            } else {
                frames.append(
                    ParseFrame(
                        kind: .parent,
                        name: tag.contentText,
                        dottedName: DottedName(components: []),
                        reference: reference,
                        location: reference.location
                    )
                )
            }
        case .close:
            try close(tag)
        }
    }

    private mutating func close(_ tag: Tag) throws(MustacheError) {
        let name = tag.contentText
        guard frames.count > 1, let open = frames.last else {
            throw locator.location(of: tag.start).error(
                in: file,
                "closing tag '\(name)' has no open section to close; remove it"
            )
        }
        guard open.name == name else {
            throw locator.location(of: tag.start).error(
                in: file,
                "closing tag '\(name)' does not match open \(open.kind.noun) '\(open.name)'"
                    + " opened at line \(open.location.line)"
            )
        }

        frames.removeLast()
        switch open.kind {
        case .block:
            append(.block(open.name, defaultContent: open.nodes))
        case .parent:
            var overrides: [String: [Node]] = [:]
            for node in open.nodes {
                if case .block(let blockName, let content) = node {
                    overrides[blockName] = content
                }
            }
            if let reference = open.reference {
                append(.parent(reference, overrides: overrides))
            }
        default:
            append(
                .section(open.dottedName, children: open.nodes, inverted: open.kind == .inverted)
            )
        }
    }

    private mutating func append(_ node: Node) {
        frames[frames.count - 1].nodes.append(node)
    }

    private mutating func dottedName(_ tag: Tag) throws(MustacheError) -> DottedName {
        let text = try checkedName(tag)
        if text == "." {
            return DottedName(components: [])
        }

        let components = text.split(separator: ".", omittingEmptySubsequences: false)
        if components.contains(where: \.isEmpty) {
            throw locator.location(of: tag.start).error(
                in: file,
                "bad name '\(text)': dotted names need a key between every pair of dots"
            )
        }
        return DottedName(components: components.map(String.init))
    }

    private mutating func partialReference(
        _ tag: Tag,
        indentation: [UInt8]
    ) throws(MustacheError) -> PartialReference {
        var name = try checkedName(tag)
        let isDynamic = name.hasPrefix("*")
        if isDynamic {
            name.removeFirst()
            if name.isEmpty {
                throw locator.location(of: tag.start).error(
                    in: file,
                    "empty dynamic name after '*'; write the key that holds the template name"
                )
            }
        }
        return PartialReference(
            name: name,
            isDynamic: isDynamic,
            indentation: indentation,
            file: file,
            location: locator.location(of: tag.start)
        )
    }

    private mutating func checkedName(_ tag: Tag) throws(MustacheError) -> String {
        if tag.content.isEmpty {
            throw locator.location(of: tag.start).error(
                in: file,
                "empty tag name; write the name between the delimiters"
            )
        }
        if tag.content.contains(where: Self.isWhitespace) {
            throw locator.location(of: tag.start).error(
                in: file,
                "tag name '\(tag.contentText)' contains whitespace"
            )
        }
        return tag.contentText
    }

    private mutating func parseDelimiters(_ tag: Tag) throws(MustacheError) -> Delimiters {
        let parts = tag.content.split(whereSeparator: Self.isWhitespace)
        guard parts.count == 2,
            !parts.contains(where: { $0.contains(UInt8(ascii: "=")) })
        else {
            throw locator.location(of: tag.start).error(
                in: file,
                "bad set-delimiter tag '=\(tag.contentText)=': write two delimiters"
                    + " separated by a space, like {{=<% %>=}}"
            )
        }
        return Delimiters(open: Array(parts[0]), close: Array(parts[1]))
    }
}
