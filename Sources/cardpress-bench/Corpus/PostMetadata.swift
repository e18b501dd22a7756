/// Everything about a generated post except its body: what both front matters are made of.
struct PostMetadata {
    let index: Int
    let title: String
    let slug: String
    let date: PostDate
    let description: String
    let tags: [String]
    let category: String
    let bug: BugRecord?
}

extension PostMetadata {
    /// Where the post's file goes under `posts/`: one folder per year, like the real site.
    var relativePath: String {
        "\(date.year)/\(slug).md"
    }

    /// The URL both tools give the post, used for links from other posts.
    var permalink: String {
        let month = date.month < 10 ? "0\(date.month)" : "\(date.month)"
        return "/posts/\(date.year)/\(month)/\(slug)/"
    }
}
