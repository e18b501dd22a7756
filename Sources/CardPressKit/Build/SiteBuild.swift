import Foundation

/// `cardpress build`: posts and a theme in, a complete static site out.
public enum SiteBuild {
    /// Builds the site; every error of the run is in the thrown `BuildFailure` (and `log`),
    /// and on failure the previous output folder is left as it was.
    public static func run(
        _ options: BuildOptions,
        log: DiagnosticLog
    ) throws(BuildFailure) -> BuildReport {
        var clock = StageClock()

        let sources = SiteSources.load(
            siteFolder: options.siteFolder, log: log, clock: &clock)

        // The model: what is published and how it is grouped.
        var site = SiteModel.build(
            posts: sources.posts, config: sources.config,
            options: .init(includeDrafts: options.includeDrafts, now: options.now), log: log)
        let features = SiteFeatures.prepare(
            site: &site, siteFolder: options.siteFolder, log: log)
        let theme = Theme.load(
            named: sources.config.theme, siteFolder: options.siteFolder, log: log)
        clock.lap("model")
        guard let theme, !log.hasErrors else { throw BuildFailure(log.errors) }

        // Every output file as a job, so clashes are found before anything is written.
        let context = SiteContext(site: site, extraNavigation: features.flatMap(\.navigation))
        let pages = PageGenerator(context: context, theme: theme)
        var jobs = pages.jobs()
        jobs += FeedGenerator(site: site, termNames: context.termNames).jobs()
        for feature in features { jobs += feature.jobs(site: site, pages: pages, log: log) }
        let extraEntries = features.flatMap(\.sitemapEntries)
        jobs += SitemapGenerator(site: site, extraEntries: extraEntries).jobs()
        for (path, source) in theme.assets.sorted(by: { $0.key < $1.key }) {
            jobs.append(
                OutputJob(path: path, origin: "theme asset \(path)") {
                    () throws(Diagnostic) -> OutputJob.Contents in .copy(source)
                })
        }
        guard !log.hasErrors else { throw BuildFailure(log.errors) }
        clock.lap("plan")

        // Render and write on all cores, beside the old output, then swap.
        let outputFolder =
            options.outputFolder
            ?? options.siteFolder.appendingPathComponent(sources.config.outputFolder)
        let writer = OutputWriter(outputFolder: outputFolder)
        guard let written = writer.write(jobs, log: log) else {
            throw BuildFailure(log.errors)
        }
        for file in written.keptForeignFiles {
            log.warning(
                "kept \(file): CardPress did not write it",
                at: SourceLocation(file: outputFolder.lastPathComponent + "/" + file))
        }
        clock.lap("render and write")

        return BuildReport(
            posts: site.posts.count, pages: site.pages.count,
            filesWritten: written.filesWritten, seconds: clock.total, stages: clock.stages,
            outputFolder: outputFolder)
    }
}
