/// One old address and where a reader who follows it must land.
public struct Redirect: Sendable, Hashable {
    /// The old site path, percent-decoded, without the leading slash or query:
    /// `2021/10/some-post.html`, `search/label/Mac OS X`.
    public var from: String
    /// A site path without the leading slash (`posts/2021/10/some-post/#setup`) or an
    /// absolute http(s) URL.
    public var to: String
    /// Where the redirect was declared: a post's `aliases`, the config, an import table.
    public var origin: SourceLocation

    public init(from: String, to: String, origin: SourceLocation) {
        self.from = from
        self.to = to
        self.origin = origin
    }

    /// Whether the target is on another host.
    public var isExternal: Bool { to.hasPrefix("http://") || to.hasPrefix("https://") }

    /// The target without its `#fragment`, for comparing with other addresses.
    var targetPath: String {
        String(to.prefix { $0 != "#" })
    }
}
