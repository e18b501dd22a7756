import Foundation

/// A reference to the bug elsewhere: a vendor ticket, a bug tracker entry, a page.
public struct BugReference: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// `FB12779458`: Apple's Feedback Assistant, not public, so shown without a link.
        case appleFeedback = "apple-feedback"
        /// `rdar://12345678` or `rdar://problem/12345678`.
        case radar
        /// `Debian #123456`.
        case debian
        /// `https://github.com/owner/repo/issues/12` or `/pull/12`.
        case github
        case url
        /// Anything else, shown as written.
        case text
    }

    public var kind: Kind
    /// As written.
    public var text: String
    /// What pages show.
    public var label: String
    public var url: String?
}

extension BugReference {
    /// Recognises the forms authors write; anything unrecognised is kept as text.
    public init(_ written: String) {
        let text = written.trimmingCharacters(in: .whitespaces)
        self.init(kind: .text, text: text, label: text, url: nil)
        let lower = text.lowercased()

        if text.hasPrefix("FB"), text.count > 2, text.dropFirst(2).allSatisfy(\.isASCIIDigit) {
            kind = .appleFeedback
            label = "Apple Feedback \(text)"
        } else if lower.hasPrefix("rdar://") {
            kind = .radar
            label = "Radar \(text.dropFirst("rdar://".count))"
            url = text
        } else if let number = Self.debianNumber(lower) {
            kind = .debian
            label = "Debian #\(number)"
            url = "https://bugs.debian.org/\(number)"
        } else if let (repository, number) = Self.gitHubIssue(text) {
            kind = .github
            label = "\(repository)#\(number)"
            url = text
        } else if lower.hasPrefix("https://") || lower.hasPrefix("http://") {
            kind = .url
            url = text
        }
    }

    /// The number in `Debian #123456`, `debian #123456`, `Debian bug #123456`, `Closes: #1`.
    private static func debianNumber(_ lower: String) -> String? {
        for prefix in ["debian bug #", "debian #", "debian bug ", "debian "]
        where lower.hasPrefix(prefix) {
            let number = lower.dropFirst(prefix.count)
            if !number.isEmpty, number.allSatisfy(\.isASCIIDigit) { return String(number) }
        }
        return nil
    }

    /// `owner/repo` and the number of a GitHub issue or pull request URL.
    private static func gitHubIssue(_ text: String) -> (String, String)? {
        let prefix = "https://github.com/"
        guard text.lowercased().hasPrefix(prefix) else { return nil }
        let parts = text.dropFirst(prefix.count).split(separator: "/")
        guard parts.count >= 4, parts[2] == "issues" || parts[2] == "pull" else { return nil }
        let number = parts[3].prefix { $0.isASCIIDigit }
        guard !number.isEmpty else { return nil }
        return ("\(parts[0])/\(parts[1])", String(number))
    }

    /// The reference as HTML: a link where there is a public page.
    var html: String {
        guard let url else { return HTMLText.escape(label) }
        return "<a href=\"\(HTMLText.escape(url))\">\(HTMLText.escape(label))</a>"
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
