import Foundation

/// Turns what authors write in `aliases` and `redirects` into site paths and targets, and
/// refuses what a browser or server must never be sent to.
public enum RedirectAddress {
    /// Why an address cannot be used; the text is the message shown to the author.
    public struct Problem: Error, Sendable, Equatable {
        public var message: String
    }

    /// The decoded site path of an old address: full URLs of any host, root paths and
    /// relative paths are accepted; the query (`?m=1`) and fragment are dropped, since a
    /// static file answers for every query.
    public static func source(_ text: String) throws(Problem) -> String {
        var rest = Substring(text.trimmingWhitespace())
        if let scheme = schemeEnd(rest) {
            let name = rest[..<scheme].lowercased()
            guard name == "http" || name == "https" else {
                throw Problem(
                    message: "old address '\(text)' must be a site path or an "
                        + "http(s) URL of the old host")
            }
            rest = rest[rest.index(after: scheme)...]
            while rest.hasPrefix("/") { rest = rest.dropFirst() }
            rest = rest.drop { $0 != "/" && $0 != "?" && $0 != "#" }
        }
        rest = rest.prefix { $0 != "?" && $0 != "#" }
        let path = try normalized(rest, original: text)
        guard !path.isEmpty else {
            throw Problem(
                message: "old address '\(text)' is the site root; "
                    + "a redirect cannot replace the home page")
        }
        return path
    }

    /// The target as written in a stub and map: a site path without the leading slash
    /// (fragment kept) or an http(s) URL.
    public static func target(_ text: String) throws(Problem) -> String {
        let trimmed = text.trimmingWhitespace()
        if let scheme = schemeEnd(Substring(trimmed)) {
            let name = trimmed[..<scheme].lowercased()
            guard name == "http" || name == "https" else {
                throw Problem(
                    message: "redirect target '\(text)' uses '\(name):'; "
                        + "use a site path such as /posts/2023/10/x/ or an http(s) URL")
            }
            guard URL(string: trimmed)?.host?.isEmpty == false else {
                throw Problem(message: "redirect target '\(text)' has no host")
            }
            return trimmed
        }
        if trimmed.hasPrefix("//") {
            throw Problem(
                message: "redirect target '\(text)' has no scheme; "
                    + "write https://\(trimmed.dropFirst(2))")
        }
        let hashIndex = trimmed.firstIndex(of: "#") ?? trimmed.endIndex
        let queryIndex = trimmed[..<hashIndex].firstIndex(of: "?") ?? hashIndex
        let path = try normalized(trimmed[..<queryIndex], original: text)
        let keepsSlash = trimmed[..<queryIndex].hasSuffix("/") && !path.isEmpty
        return path + (keepsSlash && !path.hasSuffix("/") ? "/" : "")
            + trimmed[queryIndex...]
    }

    /// Percent-encodes a decoded site path for places that need URL text (`_redirects`).
    public static func encoded(_ path: String) -> String {
        var text = ""
        for byte in path.utf8 {
            if isUnreserved(byte) {
                text.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                text +=
                    "%"
                    + String(byte, radix: 16, uppercase: true)
                    .leftPadded(to: 2)
            }
        }
        return text
    }

    /// `https:` → the index of `:` when the text starts with a scheme followed by `//`.
    private static func schemeEnd(_ text: Substring) -> String.Index? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let scheme = text[..<colon]
        guard !scheme.isEmpty, scheme.allSatisfy({ $0.isLetter || $0 == "+" || $0 == "-" })
        else { return nil }
        return colon
    }

    /// Decodes `%XX`, resolves `.` and `..`, and refuses paths that climb above the root.
    private static func normalized(
        _ path: Substring,
        original: String
    ) throws(Problem) -> String {
        guard let decoded = String(path).removingPercentEncoding else {
            throw Problem(message: "'\(original)' has a broken %-escape")
        }
        guard !decoded.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0x5C }) else {
            throw Problem(message: "'\(original)' holds control characters or a backslash")
        }
        var parts: [Substring] = []
        for part in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                guard !parts.isEmpty else {
                    throw Problem(message: "'\(original)' leads outside the output folder")
                }
                parts.removeLast()
                continue
            }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        let isFolder =
            decoded.hasSuffix("/") || decoded.hasSuffix("/.")
            || decoded.hasSuffix("/..")
        return joined.isEmpty ? "" : joined + (isFolder ? "/" : "")
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-._~/".utf8.contains(byte)
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
