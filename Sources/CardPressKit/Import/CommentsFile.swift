/// The comments of one imported post, kept beside it as `x.comments.yaml`: a list of
/// `author`, `published`, `author_url` and `content`, oldest first.
///
/// The content is Blogger's HTML after `CommentSanitizer`: the theme prints it unescaped, so
/// the file must already be safe when the import writes it. The build reads the file back
/// (`CommentsFeature`) and the theme shows it under the post.
enum CommentsFile {
    /// The file's text, and the comments that lost something on the way.
    struct Rendered {
        var text: String
        var cleaned: [(author: String, removed: [String: Int])] = []
    }

    static func render(_ comments: [BloggerEntry]) -> Rendered {
        let dates = DateParser(timeZone: .gmt)
        var rendered = Rendered(
            text: "# Comments imported from Blogger, shown under the post by the theme.\n")
        for comment in comments {
            let author = comment.author ?? "Anonymous"
            let content = CommentSanitizer.clean(comment.content)
            var removed = content.removed

            rendered.text += "- author: \(YAMLText.quoted(author))\n"
            if let published = comment.published.flatMap(dates.parse) {
                rendered.text += "  published: \(published.iso8601)\n"
            }
            // The theme links the author's name to this address: it obeys the same rule.
            if let url = comment.authorURL {
                switch CommentLink.check(url) {
                case .allowed(let address):
                    rendered.text += "  author_url: \(YAMLText.quoted(address))\n"
                case .refused(let reason):
                    removed["author_url " + reason, default: 0] += 1
                }
            }
            rendered.text += "  content: \(YAMLText.quoted(content.html))\n"
            if !removed.isEmpty { rendered.cleaned.append((author, removed)) }
        }
        return rendered
    }
}
