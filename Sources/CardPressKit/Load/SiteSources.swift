import Foundation

/// The config and the parsed posts of a site folder: what every command that reads a site
/// starts from.
struct SiteSources: Sendable {
    var config: SiteConfig
    var posts: [Post]

    static func load(siteFolder: URL, log: DiagnosticLog, clock: inout StageClock) -> SiteSources {
        // The config decides the time zone every date without an offset is read in.
        let config = SiteConfig.load(siteFolder: siteFolder, log: log)
        let entries = ContentScanner.scan(siteFolder: siteFolder)
        if entries.isEmpty {
            log.warning(
                "no posts found: add Markdown files under posts/",
                at: SourceLocation(file: "posts"))
        }
        clock.lap("load")

        // Posts parse on all cores; Markdown itself is serialized inside the renderer.
        let loader = PostLoader(
            siteFolder: siteFolder,
            reader: PostMetadataReader(dateParser: DateParser(timeZone: config.timeZone)),
            collectingFences: SiteFeatures.fences)
        let posts = loader.load(entries, log: log)
        clock.lap("parse")
        return SiteSources(config: config, posts: posts)
    }
}
