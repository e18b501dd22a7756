import Foundation

/// `cardpress check`: proves a built site holds together before it is published. Every
/// internal link and image resolves, every redirect lands on a page in one hop, and every
/// old URL of a list still leads somewhere.
public enum SiteCheck {
    public struct Options: Sendable {
        public var siteFolder: URL
        /// The built site; the config's output folder by default.
        public var outputFolder: URL?
        /// A file of old URLs, one a line, to prove they still resolve.
        public var legacyFile: URL?

        public init(siteFolder: URL, outputFolder: URL? = nil, legacyFile: URL? = nil) {
            self.siteFolder = siteFolder
            self.outputFolder = outputFolder
            self.legacyFile = legacyFile
        }
    }

    /// Checks the site; throws only when there is no built site (or list) to check.
    public static func run(_ options: Options) throws(BuildFailure) -> SiteCheckReport {
        let config = SiteConfig.load(siteFolder: options.siteFolder, log: DiagnosticLog())
        let output =
            options.outputFolder
            ?? options.siteFolder.appendingPathComponent(config.outputFolder)
        guard
            FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path)
        else {
            throw BuildFailure(
                .error(
                    "no built site here; run `cardpress build` first",
                    at: SourceLocation(file: output.path)))
        }
        var legacy: [String]?
        if let file = options.legacyFile {
            guard let data = FileManager.default.contents(atPath: file.path) else {
                throw BuildFailure(
                    .error("cannot read the list of old URLs", at: SourceLocation(file: file.path)))
            }
            legacy = String(decoding: data, as: UTF8.self)
                .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }

        // Read every page and feed on all cores, then follow what they point at.
        let tree = OutputTree(folder: output)
        let readable = tree.files.filter { $0.hasSuffix(".html") || $0.hasSuffix(".xml") }.sorted()
        let scans = ParallelMap.map(readable) { file in
            Self.scan(output.appendingPathComponent(file), name: file)
        }
        var checker = LinkChecker(
            tree: tree, site: SiteAddress(baseURL: config.baseURL),
            scans: Dictionary(uniqueKeysWithValues: zip(readable, scans)),
            outputName: output.lastPathComponent)
        checker.checkPages()
        checker.checkStubs()
        let maps = ServerMapFile.all(in: output, basePath: checker.site.basePath)
        checker.checkMaps(maps)
        if let legacy, let file = options.legacyFile {
            checker.checkLegacy(legacy, file: file.lastPathComponent, maps: maps)
        }
        return checker.report
    }

    private static func scan(_ url: URL, name: String) -> PageScan {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            var scan = PageScan()
            scan.failure = (0, "cannot read the file")
            return scan
        }
        return name.hasSuffix(".xml")
            ? PageScan.xml(Array(data), name: name) : PageScan.html(Array(data), name: name)
    }
}
