import Foundation

/// Which URLs belong to the site and which site path each names, from `base_url`.
struct SiteAddress: Sendable {
    /// `cards.example.org`, lower-case.
    var host: String
    /// `/` or `/blog/`.
    var basePath: String

    init(baseURL: String) {
        let url = URL(string: baseURL)
        host = url?.host?.lowercased() ?? ""
        var path = url?.path ?? "/"
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        basePath = path
    }

    /// The decoded site path and fragment a link names; nil for other hosts and schemes,
    /// `.some(nil)` for a path that leaves the site.
    func path(of link: String, in page: String) -> (String, String)?? {
        var rest = Substring(link)
        var fragment = ""
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let query = rest.firstIndex(of: "?") { rest = rest[..<query] }
        let decodedFragment = fragment.removingPercentEncoding ?? fragment

        if let colon = rest.firstIndex(of: ":"),
            rest[..<colon].allSatisfy({ $0.isLetter || $0 == "+" || $0 == "-" || $0 == "." })
        {
            let scheme = rest[..<colon].lowercased()
            guard scheme == "http" || scheme == "https" else { return nil }
            rest = rest[rest.index(after: colon)...]
        }
        if rest.hasPrefix("//") {
            let authority = rest.dropFirst(2).prefix { $0 != "/" }
            let name = authority.split(separator: ":").first.map { $0.lowercased() } ?? ""
            guard name == host else { return nil }
            rest = rest.dropFirst(2 + authority.count)
            if rest.isEmpty { rest = "/" }
        }

        var parts: [Substring]
        if rest.hasPrefix("/") {
            guard rest.hasPrefix(basePath) || rest + "/" == basePath else { return .some(nil) }
            parts = []
            rest = rest.dropFirst(min(rest.count, basePath.count))
        } else if rest.isEmpty {
            return .some((page, decodedFragment))
        } else {
            parts = page.split(separator: "/").dropLast()
        }
        let decoded = String(rest).removingPercentEncoding ?? String(rest)
        for part in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                guard !parts.isEmpty else { return .some(nil) }
                parts.removeLast()
                continue
            }
            parts.append(part)
        }
        let isFolder =
            decoded.isEmpty || decoded.hasSuffix("/") || decoded.hasSuffix("/.")
            || decoded.hasSuffix("/..") || decoded == "." || decoded == ".."
        let joined = parts.joined(separator: "/")
        return .some((joined + (isFolder && !joined.isEmpty ? "/" : ""), decodedFragment))
    }
}
