import Foundation

/// Reads post files into `Post` values: metadata, then Markdown (or HTML kept as is).
public struct PostLoader: Sendable {
    public let siteFolder: URL
    /// `siteFolder` as a path, made once: files are read by plain path concatenation.
    private let siteFolderPath: String
    public var reader: PostMetadataReader
    /// First words of fenced-block info strings to collect (hardware-check snippets).
    public var collectingFences: Set<String>

    public init(siteFolder: URL, reader: PostMetadataReader, collectingFences: Set<String>) {
        self.siteFolder = siteFolder
        self.siteFolderPath = siteFolder.path
        self.reader = reader
        self.collectingFences = collectingFences
    }

    /// Loads every entry on all cores; problems go to `log` and skip that post.
    public func load(_ entries: [ContentScanner.SourceEntry], log: DiagnosticLog) -> [Post] {
        let results = ParallelMap.map(entries) { entry in
            load(entry, log: log)
        }
        return results.compactMap { $0 }
    }

    public func load(_ entry: ContentScanner.SourceEntry, log: DiagnosticLog) -> Post? {
        guard let text = readText(entry.path, log: log) else { return nil }

        let split: SourceSplitter.Split
        var block: MetadataBlock
        do {
            split = try SourceSplitter.split(text, file: entry.path)
            if let metadata = split.metadata {
                block = metadata
                if let sidecar = entry.sidecar {
                    log.warning(
                        "\(sidecar) is ignored: the post has its own metadata",
                        at: SourceLocation(file: sidecar))
                }
            } else if let sidecar = entry.sidecar {
                guard let sidecarText = readText(sidecar, log: log) else { return nil }
                block = try SourceSplitter.sidecar(sidecarText, file: sidecar)
            } else {
                log.error(
                    "no metadata: start the file with YAML front matter between '---' lines, "
                        + "a Nikola '<!-- .. title: ... -->' block, or add a .meta file",
                    at: SourceLocation(file: entry.path, line: 1, column: 1))
                return nil
            }
        } catch {
            log.report(error)
            return nil
        }

        let stem = ((entry.path as NSString).lastPathComponent as NSString)
            .deletingPathExtension
        guard
            let metadata = reader.read(
                block, fileStem: stem, sourceFile: entry.path, log: log)
        else { return nil }

        let html: String
        var fenced: [MarkdownRenderer.FencedBlock] = []
        switch entry.format {
        case .markdown:
            let output = MarkdownRenderer.render(split.body, collectingFences: collectingFences)
            html = output.html
            fenced = output.fencedBlocks.map { block in
                var shifted = block
                shifted.line += split.bodyLine - 1
                return shifted
            }
        case .html:
            html = split.body
        }

        let (content, teaser) = Teaser.split(html)
        return Post(
            metadata: metadata,
            sourcePath: entry.path,
            contentHTML: content,
            teaserHTML: teaser,
            sitePath: Post.sitePath(for: metadata),
            fencedBlocks: fenced,
            bodyLine: split.bodyLine)
    }

    private func readText(_ path: String, log: DiagnosticLog) -> String? {
        guard let data = FileSystem.read(siteFolderPath + "/" + path) else {
            log.error(
                "cannot read the file; check that it exists and is readable",
                at: SourceLocation(file: path))
            return nil
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            log.error(
                "the file is not valid UTF-8; save it as UTF-8",
                at: SourceLocation(file: path))
            return nil
        }
        return text
    }
}
