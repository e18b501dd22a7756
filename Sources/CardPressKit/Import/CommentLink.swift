/// The rule for an address a reader's comment may link to: the web, mail, or a page of this
/// site. Anything else (`javascript:`, `data:`, `vbscript:`, `//other.host`) could run code or
/// pass for a local link.
///
/// The address is read the way a browser reads it: tabs and line breaks inside it are ignored,
/// spaces and control characters around it are trimmed, and character references have already
/// been decoded by the HTML parser, so `java&#x09;script:` is seen as `javascript:`.
enum CommentLink {
    enum Verdict: Equatable {
        /// The address as it will be written.
        case allowed(String)
        /// Why the link was refused, for the report: `javascript:`, `protocol-relative`, ...
        case refused(String)
    }

    static let schemes: Set<String> = ["http", "https", "mailto"]

    static func check(_ value: String) -> Verdict {
        let bytes = normalized(Array(value.utf8))
        guard let first = bytes.first else { return .refused("empty") }

        if let scheme = scheme(bytes) {
            return schemes.contains(scheme) ? .allowed(text(bytes)) : .refused(scheme + ":")
        }

        // No scheme: only a path on this site or a fragment of the page.
        let second = bytes.count > 1 ? bytes[1] : nil
        if first == UInt8(ascii: "/"), second == UInt8(ascii: "/") || second == backslash {
            return .refused("protocol-relative")
        }
        guard first == UInt8(ascii: "/") || first == UInt8(ascii: "#") else {
            return .refused("relative")
        }
        return .allowed(text(bytes))
    }

    private static let backslash = UInt8(ascii: "\\")

    /// Tab, line feed and carriage return removed everywhere; other controls and spaces
    /// trimmed at both ends.
    private static func normalized(_ bytes: [UInt8]) -> [UInt8] {
        let kept = bytes.filter { $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        guard let start = kept.firstIndex(where: { $0 > 0x20 }),
            let end = kept.lastIndex(where: { $0 > 0x20 })
        else { return [] }
        return Array(kept[start...end])
    }

    /// The scheme in lower case, when the address starts with one (`JavaScript:` → `javascript`).
    private static func scheme(_ bytes: [UInt8]) -> String? {
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0,
            isLetter(bytes[0])
        else { return nil }
        let name = bytes[..<colon]
        let valid = name.allSatisfy { byte in
            isLetter(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        }
        guard valid else { return nil }
        return String(decoding: name.prefix(24), as: UTF8.self).lowercased()
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    private static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
