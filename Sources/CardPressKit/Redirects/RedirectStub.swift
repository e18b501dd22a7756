/// The small HTML page written at an old address, for hosts that run no server rules and for
/// readers opening the site from disk.
///
/// It sends the reader on at once (a script that keeps `?query` and `#fragment`, a meta
/// refresh without script), tells search engines where the page lives now and not to index
/// the stub, and shows a link for everyone else.
struct RedirectStub {
    var redirect: Redirect
    var config: SiteConfig

    /// Where the stub goes in the output: the old file itself (`2021/10/x.html`), or
    /// `index.html` inside the old folder; nil for addresses that only a server map can
    /// answer (`atom.xml`, images).
    static func outputFile(for from: String) -> String? {
        if from.hasSuffix("/") { return from + "index.html" }
        let name = from.split(separator: "/").last.map(String.init) ?? from
        guard let dot = name.lastIndex(of: ".") else { return from + "/index.html" }
        let suffix = name[name.index(after: dot)...].lowercased()
        return suffix == "html" || suffix == "htm" ? from : nil
    }

    /// The stub's HTML, with links relative to `outputFile`.
    func render(outputFile: String) -> String {
        let relative =
            redirect.isExternal
            ? redirect.to : PageRoot.of(outputFile: outputFile) + relativeTarget
        let canonical = redirect.isExternal ? redirect.to : config.absoluteURL(redirect.to)
        let title = HTMLText.escape(redirect.isExternal ? redirect.to : canonical)
        let href = HTMLText.escape(relative)
        return """
            <!DOCTYPE html>
            <html lang="\(HTMLText.escape(config.language))">
            <head>
            <meta charset="utf-8">
            <title>Moved to \(title)</title>
            <link rel="canonical" href="\(HTMLText.escape(canonical))">
            <meta name="robots" content="noindex">
            <script>\(script(relative))</script>
            <meta http-equiv="refresh" content="0; url=\(href)">
            </head>
            <body>
            <p>This page has moved to <a href="\(href)">\(title)</a>.</p>
            </body>
            </html>

            """
    }

    /// An empty target is the home page: `./` keeps the link on the site root.
    private var relativeTarget: String {
        redirect.to.isEmpty || redirect.to.hasPrefix("#") ? "./" + redirect.to : redirect.to
    }

    /// Moves on with `location.replace`, so the stub stays out of the history; the reader's
    /// own fragment wins over the target's, and the query is kept when the target has none.
    private func script(_ target: String) -> String {
        "(function(){var t=\(javaScriptString(target)),i=t.indexOf('#'),"
            + "f=i<0?'':t.slice(i),q=location.search;if(i>=0)t=t.slice(0,i);"
            + "if(q&&t.indexOf('?')<0)t+=q;location.replace(t+(location.hash||f));})();"
    }

    private func javaScriptString(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "<": quoted += "\\u003C"
            case ">": quoted += "\\u003E"
            case "&": quoted += "\\u0026"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    quoted += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    quoted.unicodeScalars.append(scalar)
                }
            }
        }
        return quoted + "\""
    }
}
