import Foundation

/// Everything an import would write, worked out from the export before any file is touched:
/// post and page files, comment files and the redirect table, plus what goes in the report.
struct ImportPlan {
    /// Path relative to the site folder → the file's text.
    var files: [(path: String, text: String)] = []
    var report = ImportReport()

    /// Plans the import of `export` into `contentFolder` (`posts` or a folder inside it).
    init(_ export: BloggerExport, contentFolder: String) {
        var posts: [ImportedPost] = []
        var comments: [String: [BloggerEntry]] = [:]

        // Sort the entries by kind; only live and draft posts and pages become files.
        for entry in export.entries {
            let kind = Self.kindName(entry)
            report.counts[kind, default: 0] += 1
            switch (entry.kind, entry.status) {
            case (.comment, .live):
                comments[BloggerEntry.postKey(entry.parentID ?? ""), default: []].append(entry)
            case (.post, .live), (.post, .draft), (.page, .live), (.page, .draft):
                do {
                    posts.append(try ImportedPost(entry, contentFolder: contentFolder))
                } catch {
                    skip(entry, error.reason)
                }
            case (_, .trashed):
                skip(entry, "it is in Blogger's trash")
            case (_, .hidden(let status)):
                skip(entry, "its Blogger status is \(status)")
            default:
                continue
            }
        }
        for kind in ["settings", "template"] where report.counts[kind] != nil {
            report.skipped.append(
                .init(
                    entry: "\(report.counts[kind] ?? 0) \(kind) entries",
                    reason: "they hold Blogger's own \(kind), not content"))
        }
        Self.separate(&posts)

        // Every old address that has a new one, so links between posts can be rewritten.
        let published = posts.filter { !$0.isDraft }
        let rules = BloggerURLRules(published: published)
        var addresses: [String: String] = ["/": "/"]
        for post in published {
            if let old = post.oldPath { addresses[old] = "/" + post.sitePath }
            let local = post.date.local
            let month = "/\(local.year)/\(local.month < 10 ? "0" : "")\(local.month)/"
            addresses[month] = month
            addresses["/\(local.year)/"] = "/\(local.year)/"
        }
        for (from, to) in rules.rules { addresses[from.removingPercentEncoding ?? from] = to }
        let body = BloggerBody(addresses: addresses, oldHosts: Self.hosts(export.blogURL))

        // The post files, each with its comments beside it.
        for var post in posts {
            let cleaned = body.clean(post.entry.content)
            post.body = cleaned.html
            files.append((post.file, post.render()))
            for link in cleaned.rewritten {
                report.rewrittenLinks.append(.init(file: post.file, from: link.from, to: link.to))
            }
            for image in cleaned.hotlinked {
                report.hotlinkedImages.append(.init(file: post.file, from: image, to: ""))
            }
            let key = BloggerEntry.postKey(post.entry.id)
            if let answers = comments.removeValue(forKey: key), !answers.isEmpty {
                let sorted = answers.sorted { ($0.published ?? "") < ($1.published ?? "") }
                let rendered = CommentsFile.render(sorted)
                files.append((post.commentsFile, rendered.text))
                for (author, removed) in rendered.cleaned {
                    report.cleanedComments.append(
                        .init(file: post.commentsFile, author: author, removed: removed))
                }
            }
        }
        for orphans in comments.values {
            for comment in orphans { skip(comment, "its post was not imported") }
        }
        for label in rules.unusableLabels {
            report.skipped.append(
                .init(entry: "label '\(label)'", reason: "it gives no usable tag name"))
        }

        // The table for the addresses that are not posts: labels, archives, feeds.
        let table = rules.rules.map { (from: $0.key, to: $0.value) }
        files.append(
            (
                RedirectRulesFile.fileName,
                RedirectRulesFile.render(
                    table,
                    header: """
                        Blogger's old addresses (labels, archives, feeds) and their new pages.
                        Written by `cardpress import blogger`; posts carry their own `aliases`.
                        """)
            ))
        report.redirectRules = table.count
        report.skipped.sort { ($0.entry, $0.reason) < ($1.entry, $1.reason) }
    }

    private mutating func skip(_ entry: BloggerEntry, _ reason: String) {
        let title = entry.title.trimmingWhitespace()
        let name = title.isEmpty ? entry.id : "'\(title)' (\(entry.id))"
        report.skipped.append(
            .init(entry: "\(Self.kindName(entry)) \(name), line \(entry.line)", reason: reason))
    }

    /// `post`, `draft`, `page`, `comment`, `trashed`, `settings`, ...: the report's counts.
    private static func kindName(_ entry: BloggerEntry) -> String {
        if entry.status == .trashed { return "trashed" }
        switch entry.kind {
        case .post: return entry.status == .draft ? "draft" : "post"
        case .page: return entry.status == .draft ? "draft page" : "page"
        case .comment: return "comment"
        case .settings: return "settings"
        case .template: return "template"
        case .other(let name): return name.isEmpty ? "unknown" : name
        }
    }

    /// Gives drafts that would land on the same file (same title, same month) `-2`, `-3`.
    private static func separate(_ posts: inout [ImportedPost]) {
        var taken: Set<String> = []
        for index in posts.indices {
            var post = posts[index]
            let stem = (post.file as NSString).deletingPathExtension
            let slug = post.slug
            var number = 1
            while !taken.insert(post.file).inserted {
                number += 1
                post.slug = "\(slug)-\(number)"
                post.file = "\(stem)-\(number).html"
            }
            posts[index] = post
        }
    }

    /// The old blog's host names: the one the export names, with and without `www.`.
    private static func hosts(_ blogURL: String?) -> Set<String> {
        guard let host = blogURL.flatMap({ URL(string: $0)?.host })?.lowercased() else {
            return []
        }
        if let blogspot = host.range(of: ".blogspot.") {
            return [host[..<blogspot.lowerBound] + ".blogspot.com"]
        }
        let bare = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        return [bare, "www." + bare]
    }
}
