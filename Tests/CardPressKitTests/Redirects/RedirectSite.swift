@testable import CardPressKit

/// A small site with aliases, config redirects and a label with a space, for the stub and
/// server-map tests.
enum RedirectSite {
    static func make(baseURL: String = "https://cards.example.org/") throws -> TemporarySite {
        let site = try TemporarySite()
        try site.write(
            "cardpress.yaml",
            """
            title: Card Notes
            base_url: \(baseURL)
            language: fr
            redirects:
              /search/label/Mac%20OS%20X: /categories/mac-os-x/
              /feeds/posts/default: /rss.xml
              /p/about.html: /about/#team
              /elsewhere.html: https://pcsclite.apdu.fr/
            """)
        try site.write(
            "posts/2021/setup.md",
            """
            ---
            title: Reader setup
            date: 2021-10-04 10:00:00 UTC+02:00
            tags: [Mac OS X]
            aliases:
              - https://cardnotes.blogspot.com/2021/10/reader-setup.html
              - /2021/10/old-name.html
            ---
            ## Install

            Text.
            """)
        try site.write(
            "posts/pages/about.md",
            "---\ntitle: About\ntype: page\n---\n<h2 id=\"team\">Team</h2>\n")
        return site
    }
}
