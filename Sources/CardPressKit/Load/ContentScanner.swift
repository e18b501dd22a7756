import Foundation

/// Finds the post files of a site: `.md` and `.html` files under `posts/`, at any depth,
/// each with its `.meta` sidecar when there is one.
public enum ContentScanner {
    public struct SourceEntry: Sendable, Hashable {
        /// Relative to the site folder, with `/`: `posts/2023/sonoma.md`.
        public var path: String
        /// The sidecar's relative path, when a `.meta` file with the same stem exists.
        public var sidecar: String?
        public var format: Format
    }

    public enum Format: String, Sendable {
        case markdown
        case html
    }

    /// The sources in path order, so every build sees them the same way.
    public static func scan(siteFolder: URL, contentFolder: String = "posts") -> [SourceEntry] {
        let root = siteFolder.appendingPathComponent(contentFolder)
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else {
            return []
        }
        var files: Set<String> = []
        while let next = enumerator.nextObject() as? String {
            let name = (next as NSString).lastPathComponent
            if name.hasPrefix(".") { continue }
            files.insert(next)
        }

        var entries: [SourceEntry] = []
        for file in files {
            let format: Format
            if file.hasSuffix(".md") || file.hasSuffix(".markdown") {
                format = .markdown
            } else if file.hasSuffix(".html") || file.hasSuffix(".htm") {
                format = .html
            } else {
                continue
            }
            let stem = (file as NSString).deletingPathExtension
            let sidecar = files.contains(stem + ".meta") ? "\(contentFolder)/\(stem).meta" : nil
            entries.append(
                SourceEntry(
                    path: "\(contentFolder)/\(file)", sidecar: sidecar, format: format))
        }
        return entries.sorted { $0.path < $1.path }
    }
}
