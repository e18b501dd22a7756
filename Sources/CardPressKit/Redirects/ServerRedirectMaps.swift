/// The same redirects as permanent (301) server rules, for the hosts sites are deployed to.
///
/// A server answers before any file is read, so it also covers the query variants only a
/// server sees (Blogger's `?m=1`): every rule matches the path and ignores the query.
struct ServerRedirectMaps {
    var redirects: [Redirect]
    /// The path the site lives under on its host, from `base_url`: `/` or `/blog/`.
    var basePath: String

    /// The file names, relative to the output folder.
    static let netlifyFile = "_redirects"
    static let nginxFile = "nginx-redirects.conf"
    static let apacheFile = ".htaccess"

    /// Netlify and Cloudflare Pages: `from to 301` per line, paths percent-encoded.
    func netlify() -> String {
        var text = "# Permanent redirects written by CardPress (Netlify, Cloudflare Pages).\n"
        for redirect in redirects {
            text +=
                "\(RedirectAddress.encoded(basePath + redirect.from)) "
                + "\(serverTarget(redirect, encoded: true)) 301\n"
        }
        return text
    }

    /// An nginx `map` from the decoded request path (`$uri`) to the encoded target, for the
    /// `http` block;
    /// the server block adds `if ($cardpress_redirect) { return 301 $cardpress_redirect; }`.
    func nginx() -> String {
        var text = """
            # Permanent redirects written by CardPress. Include this file in nginx's http {}
            # block, and in the site's server {} block add:
            #     if ($cardpress_redirect) { return 301 $cardpress_redirect; }
            map $uri $cardpress_redirect {
                default "";

            """
        for redirect in redirects {
            let from = basePath + redirect.from
            let target = nginxString(serverTarget(redirect, encoded: true))
            text += "    \(nginxString(from)) \(target);\n"
            if from.hasSuffix("/index.html") {
                let folder = String(from.dropLast("index.html".count))
                text += "    \(nginxString(folder)) \(target);\n"
            }
        }
        return text + "}\n"
    }

    /// Apache `mod_rewrite` rules; in `.htaccess` the pattern sees the decoded path without
    /// the leading slash. `QSD` drops `?m=1`, `NE` keeps `#fragment` as written.
    func apache() -> String {
        var text = """
            # Permanent redirects written by CardPress (Apache mod_rewrite).
            RewriteEngine On

            """
        let prefix = String(basePath.dropFirst())
        for redirect in redirects {
            let pattern = "^" + regexEscaped(prefix + redirect.from) + "$"
            text +=
                "RewriteRule \(apacheQuoted(pattern)) "
                + "\(apacheQuoted(serverTarget(redirect, encoded: true))) [R=301,L,QSD,NE]\n"
        }
        return text
    }

    /// Root-relative for the site's own pages, the URL as written for other hosts.
    private func serverTarget(_ redirect: Redirect, encoded: Bool = false) -> String {
        guard !redirect.isExternal else { return redirect.to }
        let path = basePath + redirect.to
        guard encoded else { return path }
        let hash = path.firstIndex(of: "#") ?? path.endIndex
        let query = path[..<hash].firstIndex(of: "?") ?? hash
        return RedirectAddress.encoded(String(path[..<query])) + path[query...]
    }

    private func nginxString(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\": quoted += "\\" + String(scalar)
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }

    private func apacheQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private func regexEscaped(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            if ".^$*+?()[]{}|\\".unicodeScalars.contains(scalar) { escaped += "\\" }
            escaped.unicodeScalars.append(scalar)
        }
        return escaped
    }
}
