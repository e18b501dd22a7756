import Foundation

/// The site configuration, read from `cardpress.yaml` at the site's root.
public struct SiteConfig: Sendable {
    public var title = "CardPress site"
    /// Absolute base URL with a trailing slash, e.g. `https://example.org/`.
    public var baseURL = "https://example.org/"
    public var description = ""
    public var author = ""
    public var language = "en"
    public var timeZone: TimeZone = .gmt
    public var postsPerPage = 10
    public var feedLength = 10
    public var theme = "default"
    public var outputFolder = "output"
    public var copyright = ""
    /// Extra redirects: old site path → new path or URL.
    public var redirects: [RedirectRule] = []

    public init() {}
}

/// One entry of the config's `redirects` table, with where it was written.
public struct RedirectRule: Sendable, Hashable {
    public var from: String
    public var to: String
    public var location: SourceLocation

    public init(from: String, to: String, location: SourceLocation) {
        self.from = from
        self.to = to
        self.location = location
    }
}

extension SiteConfig {
    /// The file name looked for at the site's root.
    public static let fileName = "cardpress.yaml"

    /// The absolute URL of a site path such as `posts/2023/10/x/`.
    public func absoluteURL(_ sitePath: String) -> String {
        var path = Substring(sitePath)
        while path.hasPrefix("/") { path = path.dropFirst() }
        return baseURL + path
    }
}
