/// Every redirect of a site, checked: one per old address, each ending on its target in
/// one hop.
public struct RedirectTable: Sendable {
    /// Sorted by old path, so stubs and maps are the same on every build.
    public var redirects: [Redirect]

    /// Collects posts' `aliases` and the `redirects` rules; problems go to `log` with the
    /// place they were written, and the redirects that survive are returned.
    public static func build(
        posts: [Post],
        rules: [RedirectRule],
        log: DiagnosticLog
    ) -> RedirectTable {
        var candidates: [Redirect] = []
        for post in posts {
            for alias in post.metadata.aliases {
                guard let from = source(alias.path, at: alias.location, log: log) else {
                    continue
                }
                candidates.append(Redirect(from: from, to: post.sitePath, origin: alias.location))
            }
        }
        for rule in rules {
            guard let from = source(rule.from, at: rule.location, log: log) else { continue }
            do {
                let target = try RedirectAddress.target(rule.to)
                candidates.append(Redirect(from: from, to: target, origin: rule.location))
            } catch {
                log.error(error.message, at: rule.location)
            }
        }
        return RedirectTable(redirects: settle(candidates, log: log))
    }

    /// The redirect for an old path, if any.
    public func redirect(from path: String) -> Redirect? {
        var low = 0
        var high = redirects.count
        while low < high {
            let middle = (low + high) / 2
            if redirects[middle].from < path { low = middle + 1 } else { high = middle }
        }
        return low < redirects.count && redirects[low].from == path ? redirects[low] : nil
    }

    private static func source(
        _ text: String,
        at location: SourceLocation,
        log: DiagnosticLog
    ) -> String? {
        do {
            return try RedirectAddress.source(text)
        } catch {
            log.error(error.message, at: location)
            return nil
        }
    }

    /// Removes duplicates, refuses self-redirects and clashes, and collapses chains so every
    /// redirect reaches its final target in one hop.
    private static func settle(_ candidates: [Redirect], log: DiagnosticLog) -> [Redirect] {
        var byPath: [String: Redirect] = [:]
        for redirect in candidates.sorted(by: { $0.origin < $1.origin }) {
            if sameAddress(redirect.from, redirect.targetPath) {
                log.error(
                    "'/\(redirect.from)' redirects to itself; remove it",
                    at: redirect.origin)
                continue
            }
            if let first = byPath[redirect.from] {
                if first.to != redirect.to {
                    log.error(
                        "'/\(redirect.from)' is claimed twice: by \(first.origin.prefix) "
                            + "(→ \(display(first.to))) and here (→ \(display(redirect.to))); "
                            + "keep one",
                        at: redirect.origin)
                }
                continue
            }
            byPath[redirect.from] = redirect
        }

        var settled: [Redirect] = []
        for var redirect in byPath.values {
            var seen: Set<String> = [redirect.from]
            var hops = 0
            while !redirect.isExternal,
                let next = byPath[redirect.targetPath]
                    ?? byPath[folderVariant(redirect.targetPath)]
            {
                guard seen.insert(next.from).inserted else {
                    log.error(
                        "'/\(redirect.from)' is part of a redirect loop; "
                            + "point it at a page", at: redirect.origin)
                    hops = -1
                    break
                }
                redirect.to = next.to
                hops += 1
            }
            if hops < 0 { continue }
            if hops > 0 {
                log.warning(
                    "'/\(redirect.from)' led to another redirect; it now goes "
                        + "straight to \(display(redirect.to))", at: redirect.origin)
            }
            settled.append(redirect)
        }
        return settled.sorted { $0.from < $1.from }
    }

    private static func sameAddress(_ left: String, _ right: String) -> Bool {
        left == right || left + "/" == right || left == right + "/"
            || left == right + "index.html" || left + "index.html" == right
    }

    private static func folderVariant(_ path: String) -> String {
        path.hasSuffix("/") ? path + "index.html" : path
    }

    static func display(_ target: String) -> String {
        target.hasPrefix("http://") || target.hasPrefix("https://") ? target : "/" + target
    }
}
