import Foundation

extension SiteConfig {
    /// Reads the config file; a missing file gives the defaults, a wrong type is an error and
    /// an unknown key a warning, both with the line they are on.
    public static func load(siteFolder: URL, log: DiagnosticLog) -> SiteConfig {
        let url = siteFolder.appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            log.warning(
                "no \(fileName) found; using the default settings",
                at: SourceLocation(file: fileName))
            return SiteConfig()
        }
        return parse(String(decoding: data, as: UTF8.self), file: fileName, log: log)
    }

    /// Reads config text; errors and warnings go to `log`, pointing into `file`.
    public static func parse(_ text: String, file: String, log: DiagnosticLog) -> SiteConfig {
        var config = SiteConfig()
        let root: YAMLNode
        do {
            guard let parsed = try YAMLParser.parse(text) else { return config }
            root = parsed
        } catch {
            log.error(
                "invalid YAML: \(error.message)",
                at: SourceLocation(file: file, line: error.line, column: error.column))
            return config
        }
        guard let pairs = root.mapping else {
            log.error(
                "the config must be a mapping of `key: value` lines",
                at: SourceLocation(file: file, line: root.line, column: root.column))
            return config
        }

        var reader = ConfigReader(file: file, log: log)
        for pair in pairs {
            let key = pair.key.scalar ?? ""
            let node = pair.value
            switch key {
            case "title": reader.string(node, key).map { config.title = $0 }
            case "description": reader.string(node, key).map { config.description = $0 }
            case "author": reader.string(node, key).map { config.author = $0 }
            case "language": reader.string(node, key).map { config.language = $0 }
            case "copyright": reader.string(node, key).map { config.copyright = $0 }
            case "theme": reader.string(node, key).map { config.theme = $0 }
            case "output": reader.string(node, key).map { config.outputFolder = $0 }
            case "base_url":
                reader.baseURL(node).map { config.baseURL = $0 }
            case "timezone":
                reader.timeZone(node).map { config.timeZone = $0 }
            case "posts_per_page":
                reader.positiveInt(node, key).map { config.postsPerPage = $0 }
            case "feed_length":
                reader.positiveInt(node, key).map { config.feedLength = $0 }
            case "redirects":
                config.redirects = reader.redirects(node)
            default:
                log.warning(
                    "unknown config key '\(key)' "
                        + "(known keys: \(knownKeys.joined(separator: ", ")))",
                    at: SourceLocation(file: file, line: pair.key.line, column: pair.key.column))
            }
        }
        return config
    }

    static let knownKeys = [
        "title", "base_url", "description", "author", "language", "timezone",
        "posts_per_page", "feed_length", "theme", "output", "copyright", "redirects",
    ]
}

/// Typed reads of config values, each reporting a wrong type where it was written.
private struct ConfigReader {
    let file: String
    let log: DiagnosticLog

    func location(_ node: YAMLNode) -> SourceLocation {
        SourceLocation(file: file, line: node.line, column: node.column)
    }

    func string(_ node: YAMLNode, _ key: String) -> String? {
        guard let text = node.scalar, !node.isNull else {
            log.error("'\(key)' must be text, not \(node.kindName)", at: location(node))
            return nil
        }
        return text
    }

    func positiveInt(_ node: YAMLNode, _ key: String) -> Int? {
        guard let value = node.int ?? node.scalar.flatMap({ Int($0) }), value > 0 else {
            log.error(
                "'\(key)' must be a whole number above 0, not '\(node.scalar ?? node.kindName)'",
                at: location(node))
            return nil
        }
        return value
    }

    func baseURL(_ node: YAMLNode) -> String? {
        guard var text = string(node, "base_url") else { return nil }
        guard text.hasPrefix("https://") || text.hasPrefix("http://") else {
            log.error(
                "'base_url' must start with https:// or http://, not '\(text)'",
                at: location(node))
            return nil
        }
        if !text.hasSuffix("/") { text += "/" }
        return text
    }

    func timeZone(_ node: YAMLNode) -> TimeZone? {
        guard let name = string(node, "timezone") else { return nil }
        guard let zone = TimeZone(identifier: name) else {
            log.error(
                "unknown time zone '\(name)' (use an IANA name such as Europe/Paris)",
                at: location(node))
            return nil
        }
        return zone
    }

    func redirects(_ node: YAMLNode) -> [RedirectRule] {
        guard let pairs = node.mapping else {
            if !node.isNull {
                log.error(
                    "'redirects' must be a mapping of old path: new path",
                    at: location(node))
            }
            return []
        }
        return pairs.compactMap { pair in
            guard let from = pair.key.scalar, let to = pair.value.scalar else {
                log.error(
                    "each redirect must map an old path to a new path or URL",
                    at: location(pair.key))
                return nil
            }
            return RedirectRule(from: from, to: to, location: location(pair.key))
        }
    }
}
