import Foundation

/// Follows what the pages, stubs, server maps and old URLs of a built site point at, and
/// writes down every one that ends nowhere (or takes more than one hop).
struct LinkChecker {
    let tree: OutputTree
    let site: SiteAddress
    /// Every HTML page and feed, read.
    let scans: [String: PageScan]
    /// The output folder's name, for messages: `output/posts/x/index.html:12`.
    let outputName: String
    var report = SiteCheckReport()

    /// Every link and image of every page and feed, except the stubs (see `checkStubs`).
    mutating func checkPages() {
        for (file, scan) in scans.sorted(by: { $0.key < $1.key }) {
            report.filesChecked += 1
            if let failure = scan.failure {
                problem(file, failure.line, "cannot read the file: \(failure.message)")
                continue
            }
            guard scan.refresh == nil else { continue }
            for link in scan.links {
                switch tree.resolve(link.value, in: file, site: site) {
                case .elsewhere:
                    continue
                case .outside:
                    problem(file, link.line, "link '\(link.value)' leads outside the site")
                case .missing(let path):
                    problem(file, link.line, "broken link '\(link.value)': nothing at /\(path)")
                case .file(let target, let fragment):
                    report.linksChecked += 1
                    if let missing = missingAnchor(target, fragment) {
                        problem(file, link.line, "link '\(link.value)': \(missing)")
                    }
                }
            }
        }
    }

    /// Each stub page must send the reader to a page that exists, not to another stub.
    mutating func checkStubs() {
        for (file, scan) in scans.sorted(by: { $0.key < $1.key }) {
            guard let target = scan.refresh else { continue }
            report.redirectsChecked += 1
            if let reason = landing(tree.resolve(target, in: file, site: site), written: target) {
                problem(file, 0, "the redirect stub \(reason)")
            }
        }
    }

    /// Each rule of each server map must end on a page of the site, in one hop; the maps
    /// must agree with each other.
    mutating func checkMaps(_ maps: [ServerMapFile]) {
        var sources: [String: Set<String>] = [:]
        for map in maps {
            for rule in map.rules {
                report.redirectsChecked += 1
                let target = tree.resolve(rule.to, in: "", site: site)
                if let reason = landing(target, written: rule.to) {
                    problem(map.name, rule.line, "the rule for \(rule.from) \(reason)")
                }
                if case .some(.some((let path, _))) = site.path(of: rule.from, in: ""),
                    let file = tree.file(for: path), scans[file]?.refresh == nil
                {
                    problem(
                        map.name, rule.line,
                        "the rule for \(rule.from) hides /\(file), a page of the site")
                }
                let folder =
                    rule.from.hasSuffix("/index.html")
                    ? String(rule.from.dropLast("index.html".count)) : rule.from
                sources[map.name, default: []].insert(folder)
            }
        }
        let all = sources.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        for map in maps {
            for missing in all.subtracting(sources[map.name] ?? []).sorted() {
                problem(map.name, 0, "has no rule for \(missing), which another map has")
            }
        }
    }

    /// Each old URL must reach a page: a page at that very path, a stub, or a server rule.
    mutating func checkLegacy(_ lines: [String], file: String, maps: [ServerMapFile]) {
        var rules: [String: ServerMapFile.Rule] = [:]
        for map in maps.reversed() {
            for rule in map.rules { rules[rule.from] = rule }
        }
        for (index, raw) in lines.enumerated() {
            let url = raw.trimmingWhitespace()
            guard !url.isEmpty, !url.hasPrefix("#") else { continue }
            let place = SourceLocation(file: file, line: index + 1, column: 1)
            guard let path = oldPath(url, at: place) else { continue }

            let reason: String?
            if let page = tree.file(for: path) {
                reason = scans[page]?.refresh.flatMap { target in
                    landing(tree.resolve(target, in: page, site: site), written: target)
                }
            } else if let rule = rules[site.basePath + path] {
                reason = landing(tree.resolve(rule.to, in: "", site: site), written: rule.to)
            } else {
                reason = "has no page, redirect stub or server rule at /\(path)"
            }
            if let reason {
                report.problems.append(.error("old URL '\(url)' \(reason)", at: place))
            } else {
                report.legacyResolved += 1
            }
        }
    }

    /// Why a redirect does not land on a page, or nil when it does.
    private func landing(_ target: OutputTree.Target, written: String) -> String? {
        switch target {
        case .elsewhere:
            return nil
        case .outside:
            return "leads outside the site ('\(written)')"
        case .missing(let path):
            return "leads to /\(path), which does not exist"
        case .file(let file, let fragment):
            if scans[file]?.refresh != nil {
                return "leads to /\(file), which is another redirect (two hops)"
            }
            return missingAnchor(file, fragment).map { "leads to /\(file), but \($0)" }
        }
    }

    /// The decoded site path of an old URL of any host; the site's own URLs lose `base_url`.
    private mutating func oldPath(_ url: String, at place: SourceLocation) -> String? {
        if case .some(.some((let path, _))) = site.path(of: url, in: ""),
            url.contains("://") || url.hasPrefix(site.basePath)
        {
            return path
        }
        if let parsed = URL(string: url), parsed.host != nil,
            parsed.path.isEmpty || parsed.path == "/"
        {
            return ""
        }
        do {
            return try RedirectAddress.source(url)
        } catch {
            report.problems.append(
                .error("old URL '\(url)' cannot be read: \(error.message)", at: place))
            return nil
        }
    }

    /// `no anchor '#setup' in it` when a fragment names nothing on an HTML page.
    private func missingAnchor(_ file: String, _ fragment: String) -> String? {
        guard !fragment.isEmpty, let scan = scans[file], file.hasSuffix(".html") else {
            return nil
        }
        return scan.anchors.contains(fragment) ? nil : "no anchor '#\(fragment)' in /\(file)"
    }

    private mutating func problem(_ file: String, _ line: Int, _ message: String) {
        report.problems.append(
            .error(message, at: SourceLocation(file: outputName + "/" + file, line: line)))
    }
}
