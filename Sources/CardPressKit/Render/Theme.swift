import Foundation
import Mustache

/// A theme: Mustache templates and static assets, optionally on top of a parent theme whose
/// templates and assets it overrides one by one.
public struct Theme: Sendable {
    /// The theme's name and its ancestors', child first.
    public var chain: [String]
    public var library: TemplateLibrary
    /// Asset files: path in the output (`assets/style.css`) → absolute source path.
    public var assets: [String: String]

    /// The templates every theme must provide (its own or its parent's).
    public static let requiredTemplates = [
        "post", "page", "index", "archive", "list", "categories", "notfound",
    ]
}

extension Theme {
    /// Loads `themes/NAME/` and its parents; problems go to `log` with the theme file.
    public static func load(named name: String, siteFolder: URL, log: DiagnosticLog) -> Theme? {
        var chain: [String] = []
        var current: String? = name
        while let themeName = current {
            guard !chain.contains(themeName) else {
                log.error(
                    "themes/\(themeName) is its own ancestor; fix 'parent' in theme.yaml",
                    at: SourceLocation(file: "themes/\(themeName)/theme.yaml"))
                return nil
            }
            let folder = siteFolder.appendingPathComponent("themes/\(themeName)")
            guard FileManager.default.fileExists(atPath: folder.path) else {
                let place = chain.last.map { "themes/\($0)/theme.yaml" } ?? SiteConfig.fileName
                log.error(
                    "theme '\(themeName)' not found: there is no themes/\(themeName)/",
                    at: SourceLocation(file: place))
                return nil
            }
            chain.append(themeName)
            current = parentName(of: themeName, folder: folder, log: log)
        }

        var sources: [String: (path: String, url: URL)] = [:]
        var assets: [String: String] = [:]
        for themeName in chain.reversed() {
            let folder = siteFolder.appendingPathComponent("themes/\(themeName)")
            for file in files(in: folder.appendingPathComponent("templates"))
            where file.hasSuffix(".mustache") {
                let templateName = String(file.dropLast(".mustache".count))
                sources[templateName] = (
                    "themes/\(themeName)/templates/\(file)",
                    folder.appendingPathComponent("templates/\(file)")
                )
            }
            for file in files(in: folder.appendingPathComponent("assets")) {
                assets["assets/\(file)"] = folder.appendingPathComponent("assets/\(file)").path
            }
        }

        var templates: [Template] = []
        for name in sources.keys.sorted() {
            guard let source = sources[name] else { continue }
            guard let data = FileManager.default.contents(atPath: source.url.path) else {
                log.error("cannot read the template", at: SourceLocation(file: source.path))
                continue
            }
            do {
                templates.append(
                    try Template(
                        source: String(decoding: data, as: UTF8.self), name: name,
                        path: source.path))
            } catch {
                log.report(error.diagnostic)
            }
        }
        let library = TemplateLibrary(templates: templates)
        for problem in library.validate() { log.report(problem.diagnostic) }
        for required in requiredTemplates where library.template(named: required) == nil {
            log.error(
                "the theme has no '\(required).mustache' template (nor its parents)",
                at: SourceLocation(file: "themes/\(name)/templates"))
        }
        return Theme(chain: chain, library: library, assets: assets)
    }

    private static func parentName(of name: String, folder: URL, log: DiagnosticLog) -> String? {
        let file = "themes/\(name)/theme.yaml"
        guard
            let data = FileManager.default.contents(
                atPath: folder.appendingPathComponent("theme.yaml").path)
        else { return nil }
        do {
            let node = try YAMLParser.parse(String(decoding: data, as: UTF8.self))
            guard let parent = node?["parent"] else { return nil }
            guard let value = parent.scalar, !parent.isNull else {
                log.error(
                    "'parent' must be a theme name",
                    at: SourceLocation(file: file, line: parent.line, column: parent.column))
                return nil
            }
            return value
        } catch {
            log.error(
                "invalid YAML: \(error.message)",
                at: SourceLocation(file: file, line: error.line, column: error.column))
            return nil
        }
    }

    /// Relative paths of the regular files under `folder`, sorted.
    private static func files(in folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else {
            return []
        }
        var found: [String] = []
        while let next = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            let full = folder.appendingPathComponent(next).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder),
                !isFolder.boolValue, !(next as NSString).lastPathComponent.hasPrefix(".")
            {
                found.append(next)
            }
        }
        return found.sorted()
    }
}

extension MustacheError {
    /// The template error as a build diagnostic at the template's file, line and column.
    var diagnostic: Diagnostic {
        .error(message, at: SourceLocation(file: file, line: line, column: column))
    }
}
