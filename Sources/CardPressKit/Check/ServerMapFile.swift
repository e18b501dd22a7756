import Foundation

/// One server redirect map of a built site read back: `_redirects`, the nginx `map` or the
/// `.htaccess` rules, as old path → target with the line each rule is on.
struct ServerMapFile: Sendable {
    struct Rule: Sendable {
        /// The decoded path on the host, `/2021/10/x.html`.
        var from: String
        /// As written: a root-relative path (percent-encoded) or an absolute URL.
        var to: String
        var line: Int
    }

    var name: String
    var rules: [Rule]

    /// Reads the maps the build writes that exist in `folder`; `basePath` is where the site
    /// sits on its host, for the `.htaccess` patterns that are relative to it.
    static func all(in folder: URL, basePath: String) -> [ServerMapFile] {
        let readers: [(String, (String) -> [Rule])] = [
            (ServerRedirectMaps.netlifyFile, netlify),
            (ServerRedirectMaps.nginxFile, nginx),
            (ServerRedirectMaps.apacheFile, { apache($0, basePath: basePath) }),
        ]
        return readers.compactMap { name, read in
            let url = folder.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
            return ServerMapFile(name: name, rules: read(String(decoding: data, as: UTF8.self)))
        }
    }

    /// `from to 301`, both percent-encoded.
    static func netlify(_ text: String) -> [Rule] {
        numberedLines(text).compactMap { number, line in
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count >= 2, !fields[0].hasPrefix("#") else { return nil }
            let from = String(fields[0])
            return Rule(
                from: from.removingPercentEncoding ?? from, to: String(fields[1]), line: number)
        }
    }

    /// `"from" "to";` lines inside `map ... { }`; `default` is not a rule.
    static func nginx(_ text: String) -> [Rule] {
        numberedLines(text).compactMap { number, line in
            let strings = quotedStrings(line)
            guard strings.count == 2, line.hasSuffix(";") else { return nil }
            return Rule(from: strings[0], to: strings[1], line: number)
        }
    }

    /// `RewriteRule "^pattern$" "target" [flags]`; the pattern is relative to the site.
    static func apache(_ text: String, basePath: String) -> [Rule] {
        numberedLines(text).compactMap { number, line in
            guard line.hasPrefix("RewriteRule ") else { return nil }
            let strings = quotedStrings(line)
            guard strings.count == 2 else { return nil }
            var pattern = Substring(strings[0])
            if pattern.hasPrefix("^") { pattern = pattern.dropFirst() }
            if pattern.hasSuffix("$") { pattern = pattern.dropLast() }
            var path = ""
            var escaped = false
            for character in pattern {
                if !escaped, character == "\\" {
                    escaped = true
                    continue
                }
                escaped = false
                path.append(character)
            }
            return Rule(from: basePath + path, to: strings[1], line: number)
        }
    }

    private static func numberedLines(_ text: String) -> [(Int, String)] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            ($0.offset + 1, $0.element.trimmingCharacters(in: .whitespaces))
        }
    }

    /// The double-quoted strings of a line, `\"` and `\\` unescaped.
    private static func quotedStrings(_ line: String) -> [String] {
        var strings: [String] = []
        var current: String?
        var escaped = false
        for character in line {
            guard var text = current else {
                if character == "\"" { current = "" }
                continue
            }
            if escaped {
                text.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                strings.append(text)
                current = nil
                continue
            } else {
                text.append(character)
            }
            current = text
        }
        return strings
    }
}
