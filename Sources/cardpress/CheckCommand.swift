import CardPressKit
import CommandLineKit
import Foundation

/// `cardpress check`: proves the built site has no broken link, redirect or old URL.
enum CheckCommand {
    static let spec = CommandSpec(
        "check",
        abstract: "Prove the built site has no broken link, redirect or old URL.",
        discussion: """
            Reads every page and feed of the built site with libxml2 and follows every \
            internal link and image (anchors included), every redirect stub and every rule \
            of the server maps (_redirects, nginx-redirects.conf, .htaccess): each must end \
            on a page of the site in one hop. With --legacy, each old URL of the file (one \
            a line, any host, ?m=1 or not) must resolve too. Nothing is fetched from the \
            network.

            Exit status: 0 when nothing is broken, 1 when something is (each broken link is \
            printed with its file and line) or there is no built site, 2 when the command \
            line is wrong.
            """,
        options: [
            CommandTree.site,
            OptionSpec(
                "output", short: "o", value: "DIR",
                help: "Check the site built here instead of the config's output folder."),
            OptionSpec(
                "legacy", value: "FILE",
                help: "A file of old URLs, one a line, that must all still resolve."),
        ],
        positionals: [
            PositionalSpec(
                "CHECK", help: "What to check; all checks by default.", optional: true,
                choices: ["links"])
        ],
        examples: [
            "cardpress check", "cardpress check links --legacy old-urls.txt",
        ]
    )

    static func run(_ command: ParsedCommand) throws(CommandLineError) -> Int32 {
        let console = Console()
        let options = SiteCheck.Options(
            siteFolder: URL(fileURLWithPath: command.value("site") ?? "."),
            outputFolder: command.value("output").map { URL(fileURLWithPath: $0) },
            legacyFile: command.value("legacy").map { URL(fileURLWithPath: $0) })
        do {
            let report = try SiteCheck.run(options)
            console.report(report.problems)
            console.say(report.summary)
            return report.isClean ? 0 : 1
        } catch {
            console.report(error.diagnostics)
            return 1
        }
    }
}
