import CardPressKit
import CommandLineKit

/// Every command and option of `cardpress`, as one value the parser checks and documents.
enum CommandTree {
    static let version = "cardpress \(CardPressVersion.current)"

    static let site = OptionSpec(
        "site", short: "s", value: "DIR",
        help: "The site folder holding cardpress.yaml, posts/ and themes/.",
        defaultValue: ".")

    static let root = CommandSpec(
        "cardpress",
        abstract: "Build a smart card knowledge base into a static site.",
        discussion: """
            CardPress reads Markdown posts with metadata from posts/, renders them through \
            a Mustache theme from themes/ and writes a static site: post pages, a paginated \
            index, archives, tags and categories, RSS feeds and a sitemap.
            """,
        subcommands: [
            build,
            HardwareCheckCommand.spec,
            ImportCommand.spec,
            CheckCommand.spec,
        ],
        examples: [
            "cardpress build", "cardpress build --site ~/blog --output /tmp/preview --drafts",
        ]
    )

    static let build = CommandSpec(
        "build",
        abstract: "Render the site into the output folder.",
        discussion: """
            The site is written beside the output folder and swapped in only when every page \
            rendered, so a failed build leaves the previous site as it was. Files that \
            CardPress did not write are never deleted.

            Exit status: 0 when the site was written, 1 when the content has errors, 2 when \
            the command line is wrong.
            """,
        options: [
            site,
            OptionSpec(
                "output", short: "o", value: "DIR",
                help: "Write the site here instead of the config's output folder."),
            OptionSpec("drafts", help: "Publish drafts too, for a local preview."),
            OptionSpec("verbose", short: "v", help: "Print how long each stage took."),
            OptionSpec("quiet", short: "q", help: "Print errors only."),
        ],
        examples: ["cardpress build", "cardpress build --output /tmp/preview --drafts"]
    )
}
