import Foundation

/// Where check results live: beside each post, in a folder named after it, one file per
/// environment (`posts/2023/sonoma.md` → `posts/2023/sonoma.checks/virtual-reader.json`).
/// The build ignores the folder as content; git keeps it with the post.
public enum CheckRecordStore {
    /// The results folder of a post, relative to the site folder.
    public static func folder(forPost sourcePath: String) -> String {
        (sourcePath as NSString).deletingPathExtension + ".checks"
    }

    /// Every record of a post, by environment id; a malformed file is an error at its path.
    static func records(
        forPost sourcePath: String,
        siteFolder: URL,
        log: DiagnosticLog
    ) -> [CheckRecord] {
        let folder = folder(forPost: sourcePath)
        let url = siteFolder.appendingPathComponent(folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else {
            return []
        }
        var records: [CheckRecord] = []
        for name in names.sorted() where name.hasSuffix(".json") {
            let path = folder + "/" + name
            do {
                let data = try Data(contentsOf: url.appendingPathComponent(name))
                records.append(try JSONDecoder().decode(CheckRecord.self, from: data))
            } catch {
                log.error(
                    "not a CardPress check record (\(describe(error))); "
                        + "run `cardpress hwcheck` again or remove the file",
                    at: SourceLocation(file: path))
            }
        }
        return records
    }

    /// Writes a record, replacing only the file of the same environment.
    static func write(_ record: CheckRecord, siteFolder: URL) throws {
        let folder = siteFolder.appendingPathComponent(folder(forPost: record.post))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(record.environment.id + ".json")
        try (encode(record) + "\n").write(to: file, atomically: true, encoding: .utf8)
    }

    /// The record's stable JSON text.
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "missing '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let context),
            DecodingError.valueNotFound(_, let context):
            let path = context.codingPath.map { $0.stringValue }.joined(separator: ".")
            return "bad value at '\(path)'"
        case DecodingError.dataCorrupted: return "not valid JSON"
        default: return "unreadable"
        }
    }
}
