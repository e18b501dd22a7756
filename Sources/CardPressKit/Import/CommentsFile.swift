/// The comments of one imported post, kept beside it as `x.comments.yaml`: a list of
/// `author`, `published`, `author_url` and `content` (Blogger's HTML), oldest first.
///
/// The build reads the file back (`CommentsFeature`) and the theme shows it under the post.
enum CommentsFile {
    static func render(_ comments: [BloggerEntry]) -> String {
        let dates = DateParser(timeZone: .gmt)
        var text = "# Comments imported from Blogger, shown under the post by the theme.\n"
        for comment in comments {
            text += "- author: \(YAMLText.quoted(comment.author ?? "Anonymous"))\n"
            if let published = comment.published.flatMap(dates.parse) {
                text += "  published: \(published.iso8601)\n"
            }
            if let url = comment.authorURL {
                text += "  author_url: \(YAMLText.quoted(url))\n"
            }
            text += "  content: \(YAMLText.quoted(comment.content))\n"
        }
        return text
    }
}
