import Foundation

/// `cardpress import blogger`: turns a Blogger export into posts, pages, comment files and a
/// redirect table, without ever overwriting what the author changed.
public enum BloggerImport {
    public struct Options: Sendable {
        /// The export file (`blog-10-04-2023.xml`).
        public var export: URL
        /// The site folder: `redirects.yaml` and the import's ledger go there.
        public var siteFolder: URL
        /// Where posts go, relative to the site folder: `posts` or a folder inside it.
        public var contentFolder: String
        /// The old blog's address (`https://example.blogspot.com/`), so absolute links to it
        /// are rewritten too. The classic export names it; the newer one does not.
        public var blogURL: String?

        public init(
            export: URL,
            siteFolder: URL,
            contentFolder: String = "posts",
            blogURL: String? = nil
        ) {
            self.export = export
            self.siteFolder = siteFolder
            self.contentFolder = contentFolder
            self.blogURL = blogURL
        }
    }

    /// Reads, plans and writes; a malformed export throws before anything is written.
    public static func run(_ options: Options) throws(ImportError) -> ImportReport {
        let exportName = options.export.lastPathComponent
        guard let data = FileManager.default.contents(atPath: options.export.path) else {
            throw ImportError([
                .error(
                    "cannot read the export; check the path",
                    at: SourceLocation(file: options.export.path))
            ])
        }
        let folder = try contentFolder(options.contentFolder)

        var export = try BloggerExportReader.read(Array(data), file: exportName)
        if let blogURL = options.blogURL { export.blogURL = blogURL }
        var plan = ImportPlan(export, contentFolder: folder)

        // Write only what is new or still exactly as the last import left it.
        var ledger = ImportLedger.load(siteFolder: options.siteFolder)
        let before = ledger
        for file in plan.files {
            try write(file.path, file.text, in: options.siteFolder, ledger: &ledger, into: &plan)
        }
        if ledger != before {
            try save(
                ImportLedger.fileName, ledger.render(), in: options.siteFolder)
        }
        plan.report.written.sort()
        plan.report.unchanged.sort()
        plan.report.keptEdited.sort()
        return plan.report
    }

    /// Applies the import's one rule to a single file: never replace the author's work.
    private static func write(
        _ path: String,
        _ text: String,
        in siteFolder: URL,
        ledger: inout ImportLedger,
        into plan: inout ImportPlan
    ) throws(ImportError) {
        let url = siteFolder.appendingPathComponent(path)
        let recorded = ledger.digests[path]
        guard let data = FileManager.default.contents(atPath: url.path) else {
            if recorded != nil {
                plan.report.keptEdited.append(path + " (deleted since the import)")
                return
            }
            try save(path, text, in: siteFolder)
            ledger.digests[path] = ContentHash.of(text)
            plan.report.written.append(path)
            return
        }
        let current = String(decoding: data, as: UTF8.self)
        if current == text {
            if recorded != nil { ledger.digests[path] = ContentHash.of(text) }
            plan.report.unchanged.append(path)
            return
        }
        guard let recorded, recorded == ContentHash.of(current) else {
            plan.report.keptEdited.append(path)
            return
        }
        try save(path, text, in: siteFolder)
        ledger.digests[path] = ContentHash.of(text)
        plan.report.written.append(path)
    }

    private static func save(_ path: String, _ text: String, in siteFolder: URL) throws(ImportError)
    {
        let url = siteFolder.appendingPathComponent(path)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw ImportError([
                .error(
                    "cannot write the file: \(error.localizedDescription)",
                    at: SourceLocation(file: path))
            ])
        }
    }

    /// `posts`, or a folder inside it: the build reads posts from `posts/` only.
    private static func contentFolder(_ text: String) throws(ImportError) -> String {
        let parts = text.split(separator: "/").filter { $0 != "." }
        guard parts.first == "posts", !parts.contains(".."), !text.hasPrefix("/") else {
            throw ImportError([
                .error(
                    "'--into \(text)' must be posts/ or a folder inside it, relative to the "
                        + "site folder: the build reads posts from there")
            ])
        }
        return parts.joined(separator: "/")
    }
}
