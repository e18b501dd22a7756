import Foundation

/// `.blogger-import` at the site's root: the digest of every file the importer wrote, as
/// `DIGEST  path` lines.
///
/// A file whose digest still matches was not touched since the import and may be rewritten;
/// any other file belongs to the author and is left alone.
struct ImportLedger: Equatable {
    static let fileName = ".blogger-import"

    /// Path relative to the site folder → digest of what was written there.
    var digests: [String: String] = [:]

    /// The ledger of `siteFolder`, or an empty one before the first import.
    static func load(siteFolder: URL) -> ImportLedger {
        let url = siteFolder.appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return ImportLedger()
        }
        var ledger = ImportLedger()
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            guard !line.hasPrefix("#"), let space = line.firstIndex(of: " ") else { continue }
            let digest = String(line[..<space])
            let path = line[space...].drop { $0 == " " }
            if !path.isEmpty { ledger.digests[String(path)] = digest }
        }
        return ledger
    }

    /// The file's text: a comment saying what it is, then one sorted line per file.
    func render() -> String {
        var text = "# Files written by `cardpress import blogger`, with an XXH3 digest of each.\n"
        text += "# A file whose digest differs was edited and is never overwritten.\n"
        for path in digests.keys.sorted() {
            text += "\(digests[path] ?? "")  \(path)\n"
        }
        return text
    }
}
