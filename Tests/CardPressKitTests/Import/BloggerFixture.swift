import Foundation

@testable import CardPressKit

/// The Blogger exports under Tests/Fixtures/blogger, imported into a fresh site.
enum BloggerFixture {
    static func url(_ name: String) -> URL {
        RepositoryFolder.url.appendingPathComponent("Tests/Fixtures/blogger/\(name)")
    }

    /// A site with a config and the default theme, before any import.
    static func emptySite() throws -> TemporarySite {
        let site = try TemporarySite()
        try site.write(
            "cardpress.yaml",
            "title: Card Notes\nbase_url: https://cards.example.org/\ntimezone: Europe/Paris\n")
        return site
    }

    @discardableResult
    static func importExport(
        _ name: String,
        into site: TemporarySite
    ) throws(ImportError) -> ImportReport {
        try BloggerImport.run(
            BloggerImport.Options(export: url(name), siteFolder: site.folder))
    }

    /// The metadata of an imported post as the build reads it.
    static func metadata(_ path: String, in site: TemporarySite) throws -> PostMetadata? {
        let split = try SourceSplitter.split(try site.read(path), file: path)
        guard let block = split.metadata else { return nil }
        let reader = PostMetadataReader(dateParser: DateParser(timeZone: .gmt))
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return reader.read(block, fileStem: stem, sourceFile: path, log: DiagnosticLog())
    }

    /// Every file of the site but the theme, with its bytes, to prove a run changed nothing.
    static func snapshot(_ site: TemporarySite) -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: site.folder.path)
        while let path = enumerator?.nextObject() as? String {
            guard !path.hasPrefix("themes"), !path.hasPrefix("output") else { continue }
            let url = site.folder.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder),
                !isFolder.boolValue
            {
                files[path] = FileManager.default.contents(atPath: url.path)
            }
        }
        return files
    }
}
