/// `sitemap.xml`: every page a search engine should know, with its last change.
public struct Sitemap: Sendable {
    public struct Entry: Sendable {
        public var url: String
        public var lastModified: PostDate?
    }

    public var entries: [Entry]

    public func render() -> String {
        let xml = XMLWriter()
        xml.start("urlset")
        xml.attribute("xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9")
        for entry in entries {
            xml.start("url")
            xml.element("loc", entry.url)
            if let date = entry.lastModified { xml.element("lastmod", date.iso8601) }
            xml.end()
        }
        xml.end()
        return xml.finish()
    }
}
