import CLibXML2

extension CommentSanitizer {
    /// Walks the parsed tree in document order without recursion (a comment may nest
    /// thousands of tags) and writes the cleaned HTML.
    struct Writer {
        var output: [UInt8] = []
        var removed: [String: Int] = [:]
        /// The end tag of each element entered, nil for those unwrapped.
        private var closers: [String?] = []

        mutating func walk(_ root: xmlNodePtr) {
            var node = root.pointee.children
            var depth = 0
            while let current = node {
                if enter(current), let child = current.pointee.children {
                    depth += 1
                    node = child
                    continue
                }
                if current.pointee.type == XML_ELEMENT_NODE { leave() }

                // Climb until an ancestor has a next sibling, closing what is left.
                var climbing = current
                while climbing.pointee.next == nil, depth > 0, let parent = climbing.pointee.parent
                {
                    leave()
                    depth -= 1
                    climbing = parent
                }
                node = climbing.pointee.next
            }
        }

        /// Writes the start of a node; true when its children are to be walked.
        private mutating func enter(_ node: xmlNodePtr) -> Bool {
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                output += CommentSanitizer.escaped(content(node))
                return false
            case XML_ELEMENT_NODE:
                break
            case XML_COMMENT_NODE:
                removed["HTML comment", default: 0] += 1
                return false
            default:
                return false
            }

            let name = Self.name(node)
            switch Self.action(for: node, name: name, removed: &removed) {
            case .drop:
                removed[name, default: 0] += 1
                closers.append(nil)
                return false
            case .unwrap:
                if !Self.unreported.contains(name) { removed[name, default: 0] += 1 }
                closers.append(nil)
                return true
            case .keep(let tag):
                output += Array(tag.utf8)
                closers.append(name == "br" ? nil : "</\(name)>")
                return true
            }
        }

        private mutating func leave() {
            guard let closer = closers.popLast() else { return }
            if let closer { output += Array(closer.utf8) }
        }

        private func content(_ node: xmlNodePtr) -> [UInt8] {
            guard let text = node.pointee.content else { return [] }
            return Array(UnsafeBufferPointer(start: text, count: Int(xmlStrlen(text))))
        }

        /// Tags unwrapped without a word: the wrapper's own, and links, whose refused `href`
        /// is reported instead.
        private static let unreported: Set<String> = ["html", "head", "body", "a"]

        /// Decides what becomes of an element and counts the attributes it loses.
        private static func action(
            for node: xmlNodePtr,
            name: String,
            removed: inout [String: Int]
        ) -> Action {
            if CommentSanitizer.droppedElements.contains(name) { return .drop }

            var href: String?
            var attribute = node.pointee.properties
            while let current = attribute {
                attribute = current.pointee.next
                let key = current.pointee.name.map { String(cString: $0) } ?? ""
                if name == "a", key == "href" {
                    href = value(of: current)
                } else if !(name == "a" && key == "rel") {
                    // `rel` is replaced by our own, not taken away.
                    removed[key, default: 0] += 1
                }
            }

            if name == "a" {
                guard let href else { return .unwrap }
                switch CommentLink.check(href) {
                case .allowed(let address):
                    let quoted = String(
                        decoding: CommentSanitizer.escaped(Array(address.utf8)), as: UTF8.self)
                    return .keep("<a href=\"\(quoted)\" rel=\"nofollow ugc\">")
                case .refused(let reason):
                    removed["href " + reason, default: 0] += 1
                    return .unwrap
                }
            }
            return CommentSanitizer.keptElements.contains(name) ? .keep("<\(name)>") : .unwrap
        }

        private static func name(_ node: xmlNodePtr) -> String {
            (node.pointee.name.map { String(cString: $0) } ?? "").lowercased()
        }

        private static func value(of attribute: xmlAttrPtr) -> String {
            guard let owner = attribute.pointee.parent, let name = attribute.pointee.name,
                let value = xmlGetProp(owner, name)
            else { return "" }
            defer { cardpress_xmlFree(value) }
            return String(cString: value)
        }
    }
}
