import CLibXML2
import Foundation

/// A page or feed parsed by libxml2, queried with XPath, so tests check structure rather than
/// substrings.
final class ParsedDocument {
    private let document: xmlDocPtr
    /// Parse errors libxml2 reported (strict XML) or nil for HTML.
    let errors: [String]

    enum Kind { case xml, html }

    struct ParseError: Error, CustomStringConvertible {
        var description: String
    }

    init(_ text: String, kind: Kind, name: String = "document") throws {
        let collector = ErrorCollector()
        xmlSetStructuredErrorFunc(
            Unmanaged.passUnretained(collector).toOpaque(),
            { context, error in
                guard let context, let error else { return }
                let collector = Unmanaged<ErrorCollector>.fromOpaque(context)
                    .takeUnretainedValue()
                let message = error.pointee.message.map { String(cString: $0) } ?? "?"
                collector.messages.append(
                    "line \(error.pointee.line): \(message.trimmingCharacters(in: .newlines))")
            })
        defer { xmlSetStructuredErrorFunc(nil, nil) }

        let bytes = Array(text.utf8)
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                switch kind {
                case .xml:
                    return xmlReadMemory(
                        $0, Int32(bytes.count), name, "UTF-8",
                        Int32(XML_PARSE_NONET.rawValue))
                case .html:
                    return htmlReadMemory(
                        $0, Int32(bytes.count), name, "UTF-8",
                        Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue))
                }
            }
        }
        guard let parsed else {
            throw ParseError(description: "\(name): \(collector.messages.joined(separator: "; "))")
        }
        if kind == .xml, !collector.messages.isEmpty {
            xmlFreeDoc(parsed)
            throw ParseError(description: "\(name): \(collector.messages.joined(separator: "; "))")
        }
        document = parsed
        errors = collector.messages
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// The text of every node the XPath expression selects.
    func strings(_ expression: String, namespaces: [String: String] = [:]) -> [String] {
        guard let context = xmlXPathNewContext(document) else { return [] }
        defer { xmlXPathFreeContext(context) }
        for (prefix, uri) in namespaces {
            xmlXPathRegisterNs(context, prefix, uri)
        }
        guard let result = xmlXPathEvalExpression(expression, context) else { return [] }
        defer { xmlXPathFreeObject(result) }
        guard let set = result.pointee.nodesetval else { return [] }
        var values: [String] = []
        for index in 0..<Int(set.pointee.nodeNr) {
            guard let node = set.pointee.nodeTab[index] else { continue }
            let content = xmlNodeGetContent(node)
            values.append(content.map { String(cString: $0) } ?? "")
            cardpress_xmlFree(content)
        }
        return values
    }

    func string(_ expression: String, namespaces: [String: String] = [:]) -> String? {
        strings(expression, namespaces: namespaces).first
    }
}

private final class ErrorCollector {
    var messages: [String] = []
}
