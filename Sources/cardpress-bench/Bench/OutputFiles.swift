import Foundation

/// A count of a built site's files, to show both tools wrote a comparable page set.
struct OutputFiles: Codable {
    var html = 0
    var xml = 0
    var other = 0
    var bytes = 0
}

extension OutputFiles {
    /// Counts the files under `folder`; an absent folder counts as empty.
    static func count(in folder: URL) -> OutputFiles {
        var files = OutputFiles()
        let keys: [URLResourceKey] = [.isRegularFileKey, .fileSizeKey]
        guard
            let walker = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: keys
            )
        else { return files }

        for case let url as URL in walker {
            guard let values = try? url.resourceValues(forKeys: Set(keys)),
                values.isRegularFile == true
            else { continue }
            files.bytes += values.fileSize ?? 0
            switch url.pathExtension {
            case "html": files.html += 1
            case "xml": files.xml += 1
            default: files.other += 1
            }
        }
        return files
    }
}
