import CardPressKit
import CommandLineKit
import Foundation

/// `cardpress build`: the site folder in, the static site out, a summary line at the end.
enum BuildCommand {
    static func run(_ command: ParsedCommand) throws(CommandLineError) -> Int32 {
        if command.flag("verbose"), command.flag("quiet") {
            throw command.error("'--verbose' and '--quiet' cannot be used together")
        }
        let console = Console(quiet: command.flag("quiet"))
        let siteFolder = URL(fileURLWithPath: command.value("site") ?? ".")
        guard FileManager.default.fileExists(atPath: siteFolder.path) else {
            throw command.error("the site folder '\(siteFolder.path)' does not exist")
        }
        let options = BuildOptions(
            siteFolder: siteFolder,
            outputFolder: command.value("output").map { URL(fileURLWithPath: $0) },
            includeDrafts: command.flag("drafts"))

        let log = DiagnosticLog()
        do {
            let report = try SiteBuild.run(options, log: log)
            console.report(log.all)
            if command.flag("verbose") {
                for stage in report.stages {
                    let name = stage.name.padding(toLength: 18, withPad: " ", startingAt: 0)
                    console.say(name + String(format: "%8.1f ms", stage.seconds * 1000))
                }
                console.say(
                    MarkdownRenderer.rendersInParallel
                        ? "markdown           on every core"
                        : "markdown           on one core (cmark-gfm's inline table is shared)")
            }
            console.say(summary(report))
            return 0
        } catch {
            console.report(log.all)
            let count = error.diagnostics.filter { $0.severity == .error }.count
            let errors = "\(count) error\(count == 1 ? "" : "s")"
            FileHandle.standardError.write(
                Data(
                    "build failed: \(errors); the output folder was not changed\n".utf8))
            return 1
        }
    }

    private static func summary(_ report: BuildReport) -> String {
        let milliseconds = Int((report.seconds * 1000).rounded())
        return "built \(report.posts) posts and \(report.pages) pages: "
            + "\(report.filesWritten) files in \(report.outputFolder.path) (\(milliseconds) ms)"
    }
}
