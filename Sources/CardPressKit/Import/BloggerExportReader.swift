import CLibXML2
import Foundation

/// Reads a Blogger export with libxml2, safely: no network, no DTD, no entity declarations at
/// all (so no expansion bombs), and every parse error, namespace errors included, with its
/// line and column.
///
/// The only file here that sees libxml2 types; the rest of the importer works on
/// `BloggerExport`.
public enum BloggerExportReader {
    static let atom = "http://www.w3.org/2005/Atom"
    static let app = "http://purl.org/atom/app#"
    static let thread = "http://purl.org/syndication/thread/1.0"
    static let kindScheme = "http://schemas.google.com/g/2005#kind"
    static let labelScheme = "http://www.blogger.com/atom/ns#"

    /// Parses `data`; `file` names the export in messages.
    public static func read(_ data: [UInt8], file: String) throws(ImportError) -> BloggerExport {
        if let place = doctypePosition(data) {
            throw ImportError([
                .error(
                    "the export declares a DOCTYPE; Blogger exports have none, and CardPress "
                        + "reads no DTD or entity declarations (export the blog again)",
                    at: SourceLocation(file: file, line: place.line, column: place.column))
            ])
        }

        xmlInitParser()
        let collector = ParseErrorCollector(file: file)
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(collector).toOpaque()) {
            context, error in
            guard let context, let error else { return }
            Unmanaged<ParseErrorCollector>.fromOpaque(context).takeUnretainedValue()
                .add(error.pointee)
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }

        let options = Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_NOCDATA.rawValue)
        let document: xmlDocPtr? = data.withUnsafeBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlReadMemory($0, Int32(clamping: buffer.count), file, nil, options)
            }
        }
        defer { if let document { xmlFreeDoc(document) } }

        guard let document, collector.diagnostics.isEmpty else {
            let found = collector.diagnostics
            throw ImportError(
                found.isEmpty
                    ? [.error("the file is not XML", at: SourceLocation(file: file))] : found)
        }
        guard document.pointee.intSubset == nil else {
            throw ImportError([
                .error(
                    "the export declares a DOCTYPE; CardPress reads none",
                    at: SourceLocation(file: file, line: 1))
            ])
        }
        guard let root = xmlDocGetRootElement(document),
            name(root) == "feed", namespace(root) == atom
        else {
            throw ImportError([
                .error(
                    "not a Blogger export: the root element must be an Atom <feed>",
                    at: SourceLocation(file: file, line: 1))
            ])
        }

        var export = BloggerExport(blogURL: nil, entries: [])
        for child in elements(root) {
            switch (namespace(child), name(child)) {
            case (atom, "link") where attribute(child, "rel") == "alternate":
                export.blogURL = attribute(child, "href")
            case (atom, "entry"):
                export.entries.append(entry(child))
            default:
                continue
            }
        }
        return export
    }

    private static func entry(_ node: xmlNodePtr) -> BloggerEntry {
        var entry = BloggerEntry(
            id: "", kind: .other(""), status: .live, title: "", content: "",
            published: nil, updated: nil, labels: [], author: nil, authorURL: nil, permalink: nil,
            parentID: nil, line: Int(xmlGetLineNo(node)))
        var newKind: String?
        var newStatus: String?
        for child in elements(node) {
            let space = namespace(child) ?? ""
            let local = name(child)
            if space.hasPrefix("http://schemas.google.com/blogger/") {
                switch local {
                case "type": newKind = text(child)
                case "status": newStatus = text(child)
                case "filename": entry.permalink = nonEmpty(text(child))
                case "parent": entry.parentID = nonEmpty(text(child))
                default: break
                }
                continue
            }
            if space == app, local == "control" {
                let draft = elements(child).contains {
                    name($0) == "draft" && text($0).lowercased() == "yes"
                }
                if draft { entry.status = .draft }
                continue
            }
            if space == thread, local == "in-reply-to" {
                entry.parentID = attribute(child, "ref")
                continue
            }
            guard space == atom else { continue }
            switch local {
            case "id": entry.id = text(child)
            case "title": entry.title = text(child)
            case "content": entry.content = text(child)
            case "published": entry.published = nonEmpty(text(child))
            case "updated": entry.updated = nonEmpty(text(child))
            case "author":
                entry.author = elements(child).first { name($0) == "name" }
                    .map(text).flatMap(nonEmpty)
                entry.authorURL = elements(child).first { name($0) == "uri" }
                    .map(text).flatMap(nonEmpty)
            case "category":
                let term = attribute(child, "term") ?? ""
                switch attribute(child, "scheme") {
                case kindScheme:
                    let kind = term.split(separator: "#").last.map(String.init) ?? term
                    entry.kind = kindNamed(kind)
                case labelScheme, nil, "":
                    if !term.isEmpty { entry.labels.append(term) }
                default:
                    break
                }
            case "link":
                if attribute(child, "rel") == "alternate",
                    attribute(child, "type") == "text/html",
                    let href = attribute(child, "href")
                {
                    entry.permalink = URL(string: href)?.path ?? href
                }
            default:
                break
            }
        }
        if let newKind { entry.kind = kindNamed(newKind.lowercased()) }
        switch newStatus?.uppercased() {
        case nil, "LIVE"?, ""?: break
        case "DRAFT"?, "SCHEDULED"?: entry.status = .draft
        case "DELETED"?, "SOFT_TRASHED"?, "TRASHED"?: entry.status = .trashed
        case let other?: entry.status = .hidden(other)
        }
        return entry
    }

    private static func kindNamed(_ name: String) -> BloggerEntry.Kind {
        switch name {
        case "post": return .post
        case "page": return .page
        case "comment": return .comment
        case "settings": return .settings
        case "template": return .template
        default: return .other(name)
        }
    }

    private static func elements(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var found: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { found.append(current) }
            child = current.pointee.next
        }
        return found
    }

    private static func name(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    private static func namespace(_ node: xmlNodePtr) -> String? {
        node.pointee.ns?.pointee.href.map { String(cString: $0) }
    }

    private static func text(_ node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { cardpress_xmlFree(content) }
        return String(cString: content)
    }

    private static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { cardpress_xmlFree(value) }
        return String(cString: value)
    }

    private static func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Where a `<!DOCTYPE` stands before the root element, found before libxml2 sees it.
    private static func doctypePosition(_ bytes: [UInt8]) -> (line: Int, column: Int)? {
        let marker = Array("<!DOCTYPE".utf8)
        var line = 1
        var column = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), index + 1 < bytes.count {
                let next = bytes[index + 1]
                if (next | 0x20) >= UInt8(ascii: "a") && (next | 0x20) <= UInt8(ascii: "z") {
                    return nil
                }
                if bytes[index...].starts(with: marker) { return (line, column) }
            }
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return nil
    }
}

/// Collects libxml2's errors as diagnostics while one document is parsed.
private final class ParseErrorCollector {
    let file: String
    var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    func add(_ error: xmlError) {
        guard error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let message = error.message.map { String(cString: $0) } ?? "malformed XML"
        let place = SourceLocation(file: file, line: Int(error.line), column: Int(error.int2))
        diagnostics.append(
            .error(
                message.trimmingCharacters(in: .whitespacesAndNewlines)
                    + "; fix the export or export the blog again", at: place))
    }
}
