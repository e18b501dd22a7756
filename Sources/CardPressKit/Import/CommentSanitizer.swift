import CLibXML2

/// Makes the HTML of a reader's comment safe to show on the site: comments are third-party
/// text, and the theme prints them unescaped.
///
/// libxml2's HTML parser reads the comment as a browser would, and the tree is written back by
/// hand: only the tags of the allow-list come out, every text node is escaped again, and a link
/// keeps nothing but a checked `href`. Nothing the parser read can reach the output as markup.
/// With `CommentSanitizer+Writer.swift`, the only code of the importer that uses libxml2's
/// HTML parser.
enum CommentSanitizer {
    /// The comment as it will be stored, and what was taken out of it.
    struct Cleaned: Equatable {
        var html: String
        /// What was removed (`script`, `onclick`, `href javascript:`), with how many times.
        var removed: [String: Int] = [:]
    }

    /// Tags written back as they are, without any attribute.
    static let keptElements: Set<String> = [
        "p", "br", "b", "strong", "i", "em", "u", "s", "code", "pre", "blockquote", "ul", "ol",
        "li",
    ]

    /// Tags dropped with everything inside them: code, styles, frames, plug-ins and forms.
    ///
    /// `<embed>` is not here: browsers give it no content, but libxml2's older HTML rules
    /// let it hold what follows, so it is unwrapped instead and the text after it survives.
    static let droppedElements: Set<String> = [
        "script", "style", "iframe", "frame", "frameset", "object", "applet", "form",
    ]

    /// The wrapper the parser sees: an explicit `<body>`, so nothing in the comment is moved
    /// into a `<head>` and lost.
    private static let prefix = Array("<!DOCTYPE html><html><body>".utf8)
    private static let suffix = Array("</body></html>".utf8)

    /// libxml2 is made ready for threads once, before the first comment.
    private static let parserReady: Void = xmlInitParser()

    static func clean(_ html: String) -> Cleaned {
        // Plain text, the common case, needs no parser: nothing in it can become markup.
        let needsParser = html.utf8.contains {
            $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: ">")
        }
        guard needsParser else { return Cleaned(html: html) }
        Self.parserReady

        guard let context = htmlNewParserCtxt() else { return asText(html) }
        defer { htmlFreeParserCtxt(context) }
        let bytes = prefix + keepingBodyOpen(Array(html.utf8)) + suffix
        let options = Int32(
            HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_RECOVER.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlCtxtReadMemory(
                    context, $0, Int32(clamping: buffer.count), "comment", "UTF-8", options)
            }
        }
        defer { if let document { xmlFreeDoc(document) } }

        // libxml2 stops reading past 256 nested tags or a 10 MB text: what it has read is
        // not the whole comment, so the whole comment is kept as text instead.
        guard let document, let root = xmlDocGetRootElement(document),
            context.pointee.disableSAX == 0
        else { return asText(html) }

        var writer = Writer()
        writer.walk(root)
        return Cleaned(
            html: String(decoding: writer.output, as: UTF8.self), removed: writer.removed)
    }

    /// What to do with one element of the comment.
    enum Action: Equatable {
        /// Written back with this start tag (`<a href="…" rel="nofollow ugc">`).
        case keep(String)
        /// The tag is dropped, its text and children are kept.
        case unwrap
        /// Dropped with everything inside it.
        case drop
    }

    /// Text escaped for an element's content or a double-quoted attribute.
    static func escaped(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"): output += Array("&amp;".utf8)
            case UInt8(ascii: "<"): output += Array("&lt;".utf8)
            case UInt8(ascii: ">"): output += Array("&gt;".utf8)
            case UInt8(ascii: "\""): output += Array("&quot;".utf8)
            default: output.append(byte)
            }
        }
        return output
    }
}

extension CommentSanitizer {
    /// The comment shown as its own source: nothing lost, nothing run.
    private static func asText(_ html: String) -> Cleaned {
        let text = String(decoding: escaped(Array(html.utf8)), as: UTF8.self)
        return Cleaned(html: text, removed: ["markup (unreadable, kept as text)": 1])
    }

    /// `</body>` and `</html>` in a comment renamed so libxml2 ignores them.
    ///
    /// Browsers ignore them inside a page's body and go on showing what follows; libxml2
    /// would close the document there and drop the rest of the comment. Safety does not rest
    /// on this: whatever the parser makes of the bytes, only the allow-list is written.
    private static func keepingBodyOpen(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            output.append(bytes[index])
            if bytes[index] == UInt8(ascii: "/"), index > 0, bytes[index - 1] == UInt8(ascii: "<"),
                closesDocument(bytes, at: index + 1)
            {
                output += Array("cardpress-ignored-".utf8)
            }
            index += 1
        }
        return output
    }

    /// True when `body` or `html`, in any case, is the whole tag name starting at `start`.
    private static func closesDocument(_ bytes: [UInt8], at start: Int) -> Bool {
        guard start + 4 <= bytes.count else { return false }
        let name = String(decoding: bytes[start..<start + 4], as: UTF8.self).lowercased()
        guard name == "body" || name == "html" else { return false }
        guard start + 4 < bytes.count else { return true }
        let next = bytes[start + 4]
        return
            !((0x30...0x39).contains(next) || (0x41...0x5A).contains(next)
            || (0x61...0x7A).contains(next) || next == UInt8(ascii: "-"))
    }
}
