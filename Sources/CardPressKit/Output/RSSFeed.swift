/// An RSS 2.0 feed as feed readers expect it: absolute links, stable guids, full HTML bodies,
/// and a `lastBuildDate` taken from the newest item so an unchanged site rebuilds byte for
/// byte.
public struct RSSFeed: Sendable {
    public struct Item: Sendable {
        public var title: String
        public var link: String
        public var guid: String
        /// Whether `guid` is the item's URL (RSS's `isPermaLink`).
        public var guidIsPermalink: Bool
        public var date: PostDate
        public var author: String
        public var categories: [String]
        /// Full HTML, links already absolute.
        public var descriptionHTML: String
    }

    public var title: String
    /// The site page this feed mirrors.
    public var link: String
    /// The feed's own URL, for `atom:link rel="self"`.
    public var selfURL: String
    public var description: String
    public var language: String
    public var copyright: String
    public var items: [Item]

    public static let generator = "CardPress \(CardPressVersion.current)"

    /// The XML text of the feed.
    public func render() -> String {
        let xml = XMLWriter()
        xml.start("rss")
        xml.attribute("version", "2.0")
        xml.attribute("xmlns:atom", "http://www.w3.org/2005/Atom")
        xml.attribute("xmlns:dc", "http://purl.org/dc/elements/1.1/")
        xml.start("channel")
        xml.element("title", title)
        xml.element("link", link)
        xml.element("description", description.isEmpty ? title : description)
        xml.empty(
            "atom:link",
            attributes: [
                ("href", selfURL), ("rel", "self"), ("type", "application/rss+xml"),
            ])
        xml.element("language", language)
        if !copyright.isEmpty { xml.element("copyright", copyright) }
        if let newest = items.map(\.date).max() {
            xml.element("lastBuildDate", newest.rfc822)
        }
        xml.element("generator", Self.generator)
        for item in items {
            xml.start("item")
            xml.element("title", item.title)
            xml.element("link", item.link)
            xml.element(
                "guid", item.guid,
                attributes: [("isPermaLink", item.guidIsPermalink ? "true" : "false")])
            xml.element("pubDate", item.date.rfc822)
            if !item.author.isEmpty { xml.element("dc:creator", item.author) }
            for category in item.categories { xml.element("category", category) }
            xml.element("description", item.descriptionHTML)
            xml.end()
        }
        xml.end()
        xml.end()
        return xml.finish()
    }
}
