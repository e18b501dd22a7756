import CLibXML2
import Foundation

/// The links, anchors and redirect of one output file, read with libxml2: pages with its
/// HTML parser (as a browser reads them), feeds and sitemaps with its XML parser, and the
/// HTML inside feed items with the HTML parser again.
///
/// The only file of the checker that sees libxml2 types. Nothing is fetched: no network, no
/// DTD, no entities.
struct PageScan: Sendable {
    struct Link: Sendable {
        var value: String
        var line: Int
    }

    var links: [Link] = []
    /// `id` values, and `name` values of `<a>`: what a `#fragment` may point at.
    var anchors: Set<String> = []
    /// The target of `<meta http-equiv="refresh">`: set only for redirect stubs.
    var refresh: String?
    /// Why a feed could not be read, with its line.
    var failure: (line: Int, message: String)?

    /// Reads an HTML page.
    static func html(_ bytes: [UInt8], name: String) -> PageScan {
        var scan = PageScan()
        scan.readHTML(bytes, name: name, line: nil)
        return scan
    }

    /// Reads an RSS feed or sitemap: item links, `atom:link`, `<loc>`, and the HTML bodies.
    static func xml(_ bytes: [UInt8], name: String) -> PageScan {
        var scan = PageScan()
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
                | XML_PARSE_NOWARNING.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlReadMemory($0, Int32(clamping: buffer.count), name, "UTF-8", options)
            }
        }
        guard let document, let root = xmlDocGetRootElement(document) else {
            let error = xmlGetLastError()?.pointee
            let message = error?.message.map { String(cString: $0) } ?? "not XML"
            scan.failure = (
                Int(error?.line ?? 0), message.trimmingCharacters(in: .whitespacesAndNewlines)
            )
            return scan
        }
        defer { xmlFreeDoc(document) }

        for node in Self.elements(under: root) {
            let line = Int(xmlGetLineNo(node))
            switch Self.name(node) {
            case "link", "loc":
                if let href = Self.attribute(node, "href") {
                    scan.links.append(Link(value: href, line: line))
                } else {
                    scan.links.append(Link(value: Self.text(node), line: line))
                }
            case "guid" where Self.attribute(node, "isPermaLink") != "false":
                scan.links.append(Link(value: Self.text(node), line: line))
            case "description", "encoded", "content":
                scan.readHTML(Array(Self.text(node).utf8), name: name, line: line)
            default:
                continue
            }
        }
        return scan
    }

    /// Adds the links and anchors of an HTML text; `line` replaces the lines of an embedded
    /// fragment by the line of the element that holds it.
    private mutating func readHTML(_ bytes: [UInt8], name: String, line: Int?) {
        guard !bytes.isEmpty else { return }
        let options = Int32(
            HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_RECOVER.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(clamping: buffer.count), name, "UTF-8", options)
            }
        }
        guard let document, let root = xmlDocGetRootElement(document) else { return }
        defer { xmlFreeDoc(document) }

        for node in [root] + Self.elements(under: root) {
            let element = Self.name(node).lowercased()
            let place = line ?? Int(xmlGetLineNo(node))
            if let id = Self.attribute(node, "id") { anchors.insert(id) }
            if element == "a", let anchor = Self.attribute(node, "name") { anchors.insert(anchor) }
            if element == "meta",
                Self.attribute(node, "http-equiv")?.lowercased() == "refresh",
                let content = Self.attribute(node, "content")
            {
                refresh = Self.refreshTarget(content)
                continue
            }
            guard let attribute = Self.linkAttributes[element],
                let value = Self.attribute(node, attribute)
            else { continue }
            links.append(Link(value: value, line: place))
        }
    }

    /// The attribute that names another file, for each element that has one.
    private static let linkAttributes = [
        "a": "href", "area": "href", "link": "href", "img": "src", "script": "src",
        "source": "src", "iframe": "src", "video": "src", "audio": "src", "embed": "src",
    ]

    /// `0; url=../x/` → `../x/`.
    private static func refreshTarget(_ content: String) -> String {
        guard let range = content.range(of: "url=", options: .caseInsensitive) else { return "" }
        var target = content[range.upperBound...].trimmingCharacters(in: .whitespaces)
        if let first = target.first, first == "'" || first == "\"" {
            target = String(target.dropFirst().prefix { $0 != first })
        }
        return target
    }

    /// Every element below `root`, in document order, without recursion.
    private static func elements(under root: xmlNodePtr) -> [xmlNodePtr] {
        var found: [xmlNodePtr] = []
        var stack: [xmlNodePtr] = []
        var child = root.pointee.children
        while true {
            while let node = child {
                if node.pointee.type == XML_ELEMENT_NODE {
                    found.append(node)
                    if let next = node.pointee.next { stack.append(next) }
                    child = node.pointee.children
                } else {
                    child = node.pointee.next
                }
            }
            guard let next = stack.popLast() else { return found }
            child = next
        }
    }

    private static func name(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    private static func text(_ node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { cardpress_xmlFree(content) }
        return String(cString: content).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { cardpress_xmlFree(value) }
        return String(cString: value)
    }
}
