import Foundation

/// A Blogger post or page as it will be written: its file, its metadata and its body.
///
/// The slug and aliases come from the Blogger permalink, never from the title: Blogger
/// shortened slugs and added `_23`-style suffixes, and the old URLs must keep working.
struct ImportedPost {
    var entry: BloggerEntry
    var title: String
    var slug: String
    var date: PostDate
    var updated: PostDate?
    var isPage: Bool
    var isDraft: Bool
    /// The Blogger permalink, decoded: `/2021/10/some-post_23.html`, `/p/about.html`.
    var oldPath: String?
    /// The post file relative to the site folder: `posts/2021/10/some-post_23.html`.
    var file: String
    /// The body, cleaned and with links rewritten; set once every address is known.
    var body = ""

    /// Where the post is published, as the build will place it: `posts/2021/10/x/`.
    var sitePath: String {
        if isPage { return "\(slug)/" }
        let local = date.local
        return "posts/\(local.year)/\(local.month < 10 ? "0" : "")\(local.month)/\(slug)/"
    }

    /// The comments file beside the post: `posts/2021/10/x.comments.yaml`.
    var commentsFile: String {
        (file as NSString).deletingPathExtension + CommentsFeature.fileSuffix
    }

    /// The post file's text: YAML front matter, then the HTML body.
    func render() -> String {
        var text = "---\n"
        text += "title: \(YAMLText.quoted(title))\n"
        text += "slug: \(YAMLText.quoted(slug))\n"
        if isPage {
            text += "type: page\n"
        } else {
            text += "date: \(date.iso8601)\n"
        }
        if let updated, updated != date { text += "updated: \(updated.iso8601)\n" }
        if isDraft { text += "status: draft\n" }
        if let author = entry.author { text += "author: \(YAMLText.quoted(author))\n" }
        if !isPage, !entry.labels.isEmpty {
            text += "tags:\n"
            for label in entry.labels { text += "  - \(YAMLText.quoted(label))\n" }
        }
        if !entry.id.isEmpty { text += "guid: \(YAMLText.quoted(entry.id))\n" }
        if !isDraft, let oldPath {
            text += "aliases:\n  - \(YAMLText.quoted(oldPath))\n"
        }
        text += "---\n"
        return text + body + (body.hasSuffix("\n") ? "" : "\n")
    }
}

extension ImportedPost {
    /// Why an entry cannot become a post; the text is shown in the report.
    struct Refusal: Error {
        var reason: String
    }

    /// Reads the entry's permalink, slug and dates; `contentFolder` is where posts go.
    init(_ entry: BloggerEntry, contentFolder: String) throws(Refusal) {
        let dates = DateParser(timeZone: .gmt)
        guard let date = (entry.published ?? entry.updated).flatMap(dates.parse) else {
            throw Refusal(reason: "it has no readable published date")
        }
        let isPage = entry.kind == .page
        let isDraft = entry.status == .draft
        let oldPath = entry.permalink.map { $0.removingPercentEncoding ?? $0 }
        let stem = oldPath.flatMap(Self.permalinkStem)

        let title = entry.title.trimmingWhitespace()
        var slug = stem ?? Slug.make(title)
        if slug.isEmpty { slug = Slug.make(BloggerEntry.postKey(entry.id)) }
        guard !slug.isEmpty else { throw Refusal(reason: "it has no permalink, title or id") }

        let local = date.local
        var month = "\(local.year)/\(local.month < 10 ? "0" : "")\(local.month)"
        if let oldPath, let folder = Self.permalinkMonth(oldPath) { month = folder }
        let file =
            isPage
            ? "\(contentFolder)/pages/\(slug).html" : "\(contentFolder)/\(month)/\(slug).html"

        self.init(
            entry: entry,
            title: title.isEmpty ? Self.untitled(entry.content) : title,
            slug: slug,
            date: date,
            updated: entry.updated.flatMap(dates.parse),
            isPage: isPage,
            isDraft: isDraft,
            oldPath: isDraft ? nil : oldPath,
            file: file)
    }

    private static let entities = [
        ("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"),
        ("&amp;", "&"),
    ]

    /// `some-post_23` from `/2021/10/some-post_23.html` or `about` from `/p/about.html`.
    private static func permalinkStem(_ path: String) -> String? {
        guard let name = path.split(separator: "/").last, name.hasSuffix(".html") else {
            return nil
        }
        let stem = String(name.dropLast(".html".count))
        let usable = stem.utf8.allSatisfy { byte in
            byte > 0x20 && byte != UInt8(ascii: "\\") && byte != UInt8(ascii: "\"")
        }
        return usable && !stem.isEmpty && stem != "." && stem != ".." ? stem : nil
    }

    /// `2021/10` from `/2021/10/x.html`.
    private static func permalinkMonth(_ path: String) -> String? {
        let parts = path.split(separator: "/")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2,
            parts[0].allSatisfy(\.isASCII), parts[0].allSatisfy(\.isNumber),
            parts[1].allSatisfy(\.isASCII), parts[1].allSatisfy(\.isNumber)
        else { return nil }
        return "\(parts[0])/\(parts[1])"
    }

    /// A title for a post that had none: its first words, as Blogger's own lists showed it.
    private static func untitled(_ html: String) -> String {
        var text: [UInt8] = []
        var inTag = false
        for byte in html.utf8 {
            if byte == UInt8(ascii: "<") {
                inTag = true
            } else if byte == UInt8(ascii: ">") {
                inTag = false
                text.append(UInt8(ascii: " "))
            } else if !inTag {
                text.append(byte)
            }
            if text.count > 400 { break }
        }
        let words = String(decoding: text, as: UTF8.self).split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty else { return "Untitled" }
        var first = words.prefix(8).joined(separator: " ")
        for (entity, character) in Self.entities {
            first = first.replacingOccurrences(of: entity, with: character)
        }
        return words.count > 8 ? first + "…" : first
    }
}
