import CardPressKit
import CommandLineKit
import Foundation

/// `cardpress import blogger`: a Blogger export in, posts, comments and redirects out.
enum ImportCommand {
    static let spec = CommandSpec(
        "import",
        abstract: "Bring an old blog into the site.",
        subcommands: [blogger]
    )

    static let blogger = CommandSpec(
        "blogger",
        abstract: "Import a Blogger export: posts, pages, drafts, comments and old URLs.",
        discussion: """
            Reads the export Blogger's "Back up content" writes (either format) and writes \
            one .html post per post under posts/YYYY/MM/, drafts with status draft, pages \
            under posts/pages/, comments beside their post (x.comments.yaml) and \
            redirects.yaml for the old label, archive, page and feed addresses. Each post \
            keeps its Blogger permalink as an alias and its entry id as its guid.

            Running it again changes nothing; a file edited since the last import is never \
            overwritten (the report says so). Nothing is fetched from the network.

            Exit status: 0 when the import ran, 1 when the export cannot be read (nothing is \
            written then), 2 when the command line is wrong.
            """,
        options: [
            CommandTree.site,
            OptionSpec(
                "into", value: "DIR",
                help: "The folder for the posts, posts/ or a folder inside it.",
                defaultValue: "posts"),
            OptionSpec(
                "blog-url", value: "URL",
                help: """
                    The old blog's address, so absolute links to it are rewritten too \
                    (the newer export format does not name it).
                    """),
        ],
        positionals: [PositionalSpec("EXPORT", help: "The Blogger export (.xml).")],
        examples: [
            "cardpress import blogger blog-10-04-2023.xml",
            "cardpress import blogger takeout/feed.atom --site ~/blog --into posts/blogger",
        ]
    )

    static func run(_ command: ParsedCommand) throws(CommandLineError) -> Int32 {
        let console = Console()
        guard let export = command.positional("EXPORT") else {
            throw command.error("name the Blogger export to import")
        }
        let siteFolder = URL(fileURLWithPath: command.value("site") ?? ".")
        guard FileManager.default.fileExists(atPath: siteFolder.path) else {
            throw command.error("the site folder '\(siteFolder.path)' does not exist")
        }
        let options = BloggerImport.Options(
            export: URL(fileURLWithPath: export), siteFolder: siteFolder,
            contentFolder: command.value("into") ?? "posts",
            blogURL: command.value("blog-url"))

        do {
            let report = try BloggerImport.run(options)
            for line in report.lines { console.say(line) }
            return 0
        } catch {
            console.report(error.diagnostics)
            FileHandle.standardError.write(Data("import failed: nothing was written\n".utf8))
            return 1
        }
    }
}
