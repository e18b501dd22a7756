/// What `cardpress check` looked at and what it found broken.
public struct SiteCheckReport: Sendable {
    /// HTML pages and feeds read.
    public var filesChecked = 0
    /// Links and images followed inside the site.
    public var linksChecked = 0
    /// Redirects followed: stub pages and the rules of every server map.
    public var redirectsChecked = 0
    /// Old URLs of the `--legacy` list proved to resolve.
    public var legacyResolved = 0
    /// Every broken link, redirect or old URL, with the file and line it was found at.
    public var problems: [Diagnostic] = []

    /// Nothing broken: the exit status is 0.
    public var isClean: Bool { problems.isEmpty }

    /// `checked 120 files: 3400 links, 80 redirects, 95 old URLs; 2 broken`.
    public var summary: String {
        var text =
            "checked \(filesChecked) files: \(linksChecked) links, "
            + "\(redirectsChecked) redirects"
        if legacyResolved > 0 || problems.contains(where: { $0.message.hasPrefix("old URL") }) {
            text += ", \(legacyResolved) old URLs resolved"
        }
        return text + (problems.isEmpty ? "; nothing broken" : "; \(problems.count) broken")
    }
}
