import CLibXML2

/// Writes an XML document with libxml2's text writer, which escapes every text and attribute
/// value, so feeds and maps are well-formed whatever the posts contain.
public final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr?

    public init(indent: Bool = true) {
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        if indent, let writer {
            xmlTextWriterSetIndent(writer, 1)
            Self.withXMLString("  ") { xmlTextWriterSetIndentString(writer, $0) }
        }
        Self.withXMLString("1.0") { version in
            _ = xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)
            _ = version
        }
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
        xmlBufferFree(buffer)
    }

    public func start(_ name: String) {
        Self.withXMLString(name) { _ = xmlTextWriterStartElement(writer, $0) }
    }

    public func end() {
        _ = xmlTextWriterEndElement(writer)
    }

    public func attribute(_ name: String, _ value: String) {
        Self.withXMLString(name) { namePointer in
            Self.withXMLString(XMLText.clean(value)) { valuePointer in
                _ = xmlTextWriterWriteAttribute(writer, namePointer, valuePointer)
            }
        }
    }

    public func text(_ value: String) {
        Self.withXMLString(XMLText.clean(value)) { _ = xmlTextWriterWriteString(writer, $0) }
    }

    /// `<name attributes...>text</name>` in one call.
    public func element(_ name: String, _ value: String, attributes: [(String, String)] = []) {
        start(name)
        for (key, attributeValue) in attributes { attribute(key, attributeValue) }
        text(value)
        end()
    }

    /// An element with attributes and no content: `<atom:link href=... />`.
    public func empty(_ name: String, attributes: [(String, String)]) {
        start(name)
        for (key, value) in attributes { attribute(key, value) }
        end()
    }

    /// Ends the document and returns its text.
    public func finish() -> String {
        _ = xmlTextWriterEndDocument(writer)
        _ = xmlTextWriterFlush(writer)
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    static func withXMLString<Result>(
        _ text: String,
        _ body: (UnsafePointer<xmlChar>) -> Result
    ) -> Result {
        text.withCString { pointer in
            pointer.withMemoryRebound(to: xmlChar.self, capacity: text.utf8.count + 1, body)
        }
    }
}

/// Text that XML 1.0 can carry: control characters other than tab and line breaks are
/// dropped (an HTML body may hold a stray form feed that would break the feed).
enum XMLText {
    static func clean(_ text: String) -> String {
        let needsWork = text.utf8.contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        guard needsWork else { return text }
        let kept = text.utf8.filter { $0 >= 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        return String(decoding: kept, as: UTF8.self)
    }
}
