import Foundation

/// `redirects.yaml` at the site's root: a table of old path → new path, the same form as
/// the config's `redirects`, kept apart because `cardpress import` writes and rewrites it.
enum RedirectRulesFile {
    static let fileName = "redirects.yaml"

    /// The rules of the file, or none when the site has no such file.
    static func load(siteFolder: URL, log: DiagnosticLog) -> [RedirectRule] {
        let url = siteFolder.appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else { return [] }
        return parse(String(decoding: data, as: UTF8.self), file: fileName, log: log)
    }

    static func parse(_ text: String, file: String, log: DiagnosticLog) -> [RedirectRule] {
        let root: YAMLNode
        do {
            guard let parsed = try YAMLParser.parse(text) else { return [] }
            root = parsed
        } catch {
            log.error(
                "invalid YAML: \(error.message)",
                at: SourceLocation(file: file, line: error.line, column: error.column))
            return []
        }
        guard let pairs = root.mapping else {
            log.error(
                "\(file) must be a mapping of `old path: new path` lines",
                at: SourceLocation(file: file, line: root.line, column: root.column))
            return []
        }
        return pairs.compactMap { pair in
            let place = SourceLocation(file: file, line: pair.key.line, column: pair.key.column)
            guard let from = pair.key.scalar, let to = pair.value.scalar else {
                log.error("each redirect must map an old path to a new path or URL", at: place)
                return nil
            }
            return RedirectRule(from: from, to: to, location: place)
        }
    }

    /// The file's text for `rules`, one quoted `old: new` line each, sorted.
    static func render(_ rules: [(from: String, to: String)], header: String) -> String {
        var text = header.split(separator: "\n").map { "# \($0)\n" }.joined()
        for rule in rules.sorted(by: { $0.from < $1.from }) {
            text += "\(YAMLText.quoted(rule.from)): \(YAMLText.quoted(rule.to))\n"
        }
        return text
    }
}
