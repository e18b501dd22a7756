import Foundation

/// Follows every local link and resource of every HTML page of a built site, so a test can
/// say "no link is broken" rather than check a few by hand.
enum SiteLinks {
    struct Broken: CustomStringConvertible {
        var page: String
        var link: String
        var description: String { "\(page) -> \(link)" }
    }

    static func broken(in output: URL) throws -> [Broken] {
        var broken: [Broken] = []
        let pages =
            (FileManager.default.enumerator(atPath: output.path)?.allObjects as? [String]
            ?? []).filter { $0.hasSuffix(".html") }
        for page in pages.sorted() {
            let text = try String(
                contentsOf: output.appendingPathComponent(page), encoding: .utf8)
            let document = try ParsedDocument(text, kind: .html, name: page)
            let links = document.strings("//a/@href | //link/@href | //img/@src | //script/@src")
            let folder = output.appendingPathComponent(page).deletingLastPathComponent()
            for link in links where isLocal(link) {
                let path = String(link.prefix { $0 != "#" && $0 != "?" })
                guard !path.isEmpty else { continue }
                var target = folder.appendingPathComponent(path).standardizedFileURL
                if path.hasSuffix("/") { target = target.appendingPathComponent("index.html") }
                if !FileManager.default.fileExists(atPath: target.path) {
                    broken.append(Broken(page: page, link: link))
                }
            }
        }
        return broken
    }

    private static func isLocal(_ link: String) -> Bool {
        !(link.contains("://") || link.hasPrefix("mailto:") || link.hasPrefix("//"))
    }
}
