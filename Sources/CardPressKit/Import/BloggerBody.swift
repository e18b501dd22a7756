/// A Blogger post body made ready for the site: Blogger's wrapper markup removed, links to
/// old posts pointed at the new pages, and images still on Blogger's servers listed.
struct BloggerBody {
    /// Old paths (`/2023/10/x.html`, `/search/label/X`) → new root-relative paths.
    var addresses: [String: String]
    /// Hosts of the old blog; links to them are internal. A blogspot blog is named once, as
    /// `x.blogspot.com`.
    var oldHosts: Set<String>

    struct Result {
        var html: String
        var rewritten: [(from: String, to: String)]
        var hotlinked: [String]
    }

    func clean(_ html: String) -> Result {
        var rewritten: [(from: String, to: String)] = []
        var hotlinked: [String] = []
        let unwrapped = Self.unwrapped(html)
        let linked = LinkRewriter.rewrite(unwrapped) { value in
            if Self.isBloggerImage(value) {
                hotlinked.append(value)
                return nil
            }
            guard let target = newAddress(value) else { return nil }
            rewritten.append((value, target))
            return target
        }
        return Result(html: linked, rewritten: rewritten, hotlinked: hotlinked)
    }

    /// The new address of a link to the old blog, fragment kept and `?m=1` dropped.
    func newAddress(_ value: String) -> String? {
        var rest = Substring(value)
        var fragment = ""
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[hash...])
            rest = rest[..<hash]
        }
        if let query = rest.firstIndex(of: "?") { rest = rest[..<query] }
        if rest.hasPrefix("http://") || rest.hasPrefix("https://") || rest.hasPrefix("//") {
            let afterScheme = rest.drop { $0 != "/" }.drop { $0 == "/" }
            let host = afterScheme.prefix { $0 != "/" }.lowercased()
            guard isOldHost(host) else { return nil }
            rest = afterScheme.drop { $0 != "/" }
        }
        guard rest.hasPrefix("/") else { return nil }
        let path = String(rest)
        let decoded = path.removingPercentEncoding ?? path
        guard let target = addresses[path] ?? addresses[decoded] else { return nil }
        return target + fragment
    }

    /// The old hosts, and Blogger's country variants of them (`x.blogspot.fr`).
    func isOldHost(_ host: String) -> Bool {
        if oldHosts.contains(host) { return true }
        guard let blogspot = host.range(of: ".blogspot.") else { return false }
        return oldHosts.contains(host[..<blogspot.lowerBound] + ".blogspot.com")
    }

    static func isBloggerImage(_ value: String) -> Bool {
        guard value.hasPrefix("http://") || value.hasPrefix("https://") || value.hasPrefix("//")
        else { return false }
        let host = value.drop { $0 != "/" }.drop { $0 == "/" }.prefix { $0 != "/" }.lowercased()
        return host.hasSuffix("bp.blogspot.com") || host.hasSuffix("googleusercontent.com")
            || host == "img.blogger.com" || host.hasSuffix(".ggpht.com")
    }

    /// Removes the `<div dir="ltr" ... trbidi="on">` Blogger wrapped whole posts in, when it
    /// wraps the whole body; everything inside is kept.
    static func unwrapped(_ html: String) -> String {
        let bytes = Array(html.utf8)
        var start = 0
        while start < bytes.count, isSpace(bytes[start]) { start += 1 }
        var end = bytes.count
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        guard bytes[start..<end].starts(with: Array("<div".utf8)),
            let openEnd = bytes[start..<end].firstIndex(of: UInt8(ascii: ">"))
        else { return html }
        let openTag = String(decoding: bytes[start...openEnd], as: UTF8.self).lowercased()
        guard openTag.contains("trbidi=\"on\"") || openTag.contains("trbidi='on'") else {
            return html
        }
        let close = Array("</div>".utf8)
        guard end - start >= close.count,
            Array(bytes[(end - close.count)..<end]).map({ $0 | 0x20 }) == close.map({ $0 | 0x20 })
        else { return html }
        guard closingDiv(bytes, from: openEnd + 1, to: end) == end - close.count else {
            return html
        }
        return String(decoding: bytes[(openEnd + 1)..<(end - close.count)], as: UTF8.self)
    }

    /// The index of the `</div>` that closes a div opened just before `from`.
    private static func closingDiv(_ bytes: [UInt8], from: Int, to end: Int) -> Int? {
        var depth = 1
        var index = from
        while index < end {
            if bytes[index] == UInt8(ascii: "<") {
                if matches(bytes, index, "<div") {
                    depth += 1
                } else if matches(bytes, index, "</div") {
                    depth -= 1
                    if depth == 0 { return index }
                }
            }
            index += 1
        }
        return nil
    }

    private static func matches(_ bytes: [UInt8], _ index: Int, _ word: String) -> Bool {
        let pattern = Array(word.utf8)
        guard index + pattern.count < bytes.count else { return false }
        for offset in 0..<pattern.count where bytes[index + offset] | 0x20 != pattern[offset] | 0x20
        {
            return false
        }
        let next = bytes[index + pattern.count]
        return next == UInt8(ascii: ">") || isSpace(next)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
