import Foundation

/// The files of a built site and how a server answers for a path: a file, a folder's
/// `index.html`, or nothing.
struct OutputTree: Sendable {
    /// Files relative to the output folder, `/`-separated.
    let files: Set<String>
    let folders: Set<String>

    /// What a link or address leads to, once the site's own part of it is known.
    enum Target: Equatable {
        /// A file of the site, and the `#fragment` asked for (decoded, may be empty).
        case file(String, fragment: String)
        /// A path of the site that holds nothing.
        case missing(String)
        /// A relative link that climbs above the site root.
        case outside
        /// Another host, `mailto:` and the like: not checked.
        case elsewhere
    }

    init(folder: URL) {
        var files: Set<String> = []
        var folders: Set<String> = []
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let next = enumerator?.nextObject() as? String {
            files.insert(next)
            var parent = Substring(next)
            while let slash = parent.lastIndex(of: "/") {
                parent = parent[..<slash]
                guard folders.insert(String(parent)).inserted else { break }
            }
        }
        self.files = files.subtracting(folders)
        self.folders = folders
    }

    /// The file a decoded site path is answered with: `x/` and `x` (a folder) give
    /// `x/index.html`, `` the home page.
    func file(for path: String) -> String? {
        if path.isEmpty || path.hasSuffix("/") {
            let index = path + "index.html"
            return files.contains(index) ? index : nil
        }
        if files.contains(path) { return path }
        if folders.contains(path), files.contains(path + "/index.html") {
            return path + "/index.html"
        }
        return nil
    }

    /// Resolves `link` as written in `page` (a file of the site); `site` tells which
    /// absolute URLs are the site's own.
    func resolve(_ link: String, in page: String, site: SiteAddress) -> Target {
        let value = link.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let sitePath = site.path(of: value, in: page) else { return .elsewhere }
        guard let (path, fragment) = sitePath else { return .outside }
        guard let file = file(for: path) else { return .missing(path) }
        return .file(file, fragment: fragment)
    }
}
