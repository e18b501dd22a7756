/// A small site that exercises every content form: YAML and Nikola metadata, a sidecar, an
/// HTML post, a page, a draft, a private post, a scheduled post, a teaser, nested folders.
enum FixtureSite {
    static func make() throws -> TemporarySite {
        let site = try TemporarySite()
        try site.write(
            "cardpress.yaml",
            """
            title: Card Notes
            base_url: https://cards.example.org/blog
            description: Readers and cards.
            author: Ann Example
            language: en
            timezone: Europe/Paris
            posts_per_page: 2
            """)
        try site.write(
            "posts/2023/sonoma-scardcontrol.md",
            """
            ---
            title: "Sonoma: SCardControl() fails"
            date: 2023-10-04 09:47:47 UTC+02:00
            tags: [macOS, CCID, PC/SC]
            category: macOS
            description: SCardControl returns SCARD_E_NOT_TRANSACTED.
            ---
            The call fails with `SCARD_E_NOT_TRANSACTED`.

            <!-- teaser_end -->

            ## Details

            See [the FAQ](/posts/2023/10/faq/) and ![reader](/assets/style.css).

            | Code | Name |
            |------|------|
            | 0x80100016 | SCARD_E_NOT_TRANSACTED |

            - [x] reported
            - [ ] fixed

            Visit https://pcsclite.apdu.fr/ for ~~old~~ news.
            """)
        try site.write(
            "posts/2023/nested/deeper/faq.html",
            """
            <!--
            .. title: FAQ & answers
            .. slug: faq
            .. date: 2023-10-05 08:00:00 UTC+02:00
            .. tags: ccid, FAQ
            .. category: FAQ
            -->
            <p>Kept <em>as is</em>. Back to <a href="/posts/2023/10/sonoma-scardcontrol/">the bug</a>.</p>
            """)
        try site.write("posts/2022/two-files.md", "Body of a two-file post.\n")
        try site.write(
            "posts/2022/two-files.meta",
            ".. title: Two files\n.. date: 2022-03-01 10:00\n.. tags: Linux\n")
        try site.write(
            "posts/2021/old.md",
            "---\ntitle: Old news\ndate: 2021-12-31\ntags: Linux\n---\nOld.\n")
        try site.write(
            "posts/pages/about.md",
            "---\ntitle: About\ntype: page\ndescription: Who writes this.\n---\nHello.\n")
        try site.write(
            "posts/2023/draft.md",
            "---\ntitle: Unfinished\ndate: 2023-11-01\nstatus: draft\n---\nWIP\n")
        try site.write(
            "posts/2023/secret.md",
            "---\ntitle: Secret\ndate: 2023-11-02\nstatus: private\n---\nShh\n")
        try site.write(
            "posts/2031/future.md",
            "---\ntitle: From the future\ndate: 2031-01-01\n---\nSoon\n")
        return site
    }
}
