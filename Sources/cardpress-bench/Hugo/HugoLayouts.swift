/// Minimal layouts that give Hugo the page set CardPress builds: post pages, a home page of
/// ten full posts per page, a post list (the archive), taxonomy and term pages, a 404, and
/// RSS feeds with full content (site and per term). The sitemap is Hugo's built-in one.
enum HugoLayouts {
    /// Layout files by path under `layouts/`.
    static let files: [(path: String, text: String)] = [
        ("_default/baseof.html", baseof),
        ("_default/single.html", single),
        ("_default/list.html", list),
        ("_default/terms.html", terms),
        ("index.html", home),
        ("404.html", notFound),
        ("_default/rss.xml", rss),
    ]

    private static let baseof = """
        <!DOCTYPE html>
        <html lang="{{ .Site.LanguageCode }}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ if not .IsHome }}{{ .Title }} | {{ end }}{{ .Site.Title }}</title>
        <meta name="description" content="{{ with .Description }}{{ . }}{{ else }}\
        {{ .Site.Params.description }}{{ end }}">
        <link rel="canonical" href="{{ .Permalink }}">
        <link rel="alternate" type="application/rss+xml" href="{{ "index.xml" | absURL }}">
        </head>
        <body>
        <header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
        <main>{{ block "main" . }}{{ end }}</main>
        <footer>{{ .Site.Copyright }}</footer>
        </body>
        </html>

        """

    private static let single = """
        {{ define "main" }}
        <article>
        <h1>{{ .Title }}</h1>
        <p><time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">\
        {{ .Date.Format "January 2, 2006" }}</time>
        {{ range .GetTerms "categories" }} in <a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>\
        {{ end }}</p>
        {{ with .Params.bug }}<aside class="bug"><dl>
        <dt>Status</dt><dd>{{ .status }}</dd>
        <dt>Platform</dt><dd>{{ .platform }}</dd>
        <dt>Component</dt><dd>{{ .component }}</dd>
        <dt>Affected</dt><dd>{{ .affected }}</dd>
        {{ with .fixed_in }}<dt>Fixed in</dt><dd>{{ . }}</dd>{{ end }}
        <dt>References</dt><dd>{{ delimit .refs ", " }}</dd>
        <dt>Errors</dt><dd>{{ delimit .errors ", " }}</dd>
        </dl>{{ with .workaround }}{{ . | markdownify }}{{ end }}</aside>{{ end }}
        {{ .Content }}
        <ul class="tags">{{ range .GetTerms "tags" }}\
        <li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
        <nav>{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
        {{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
        </article>
        {{ end }}

        """

    private static let home = """
        {{ define "main" }}
        {{ $paginator := .Paginate (where .Site.RegularPages "Type" "posts") }}
        {{ range $paginator.Pages }}
        <article>
        <h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
        <time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">\
        {{ .Date.Format "January 2, 2006" }}</time>
        {{ .Content }}
        </article>
        {{ end }}
        <nav>{{ if $paginator.HasPrev }}<a href="{{ $paginator.Prev.URL }}">Newer</a>{{ end }}
        {{ if $paginator.HasNext }}<a href="{{ $paginator.Next.URL }}">Older</a>{{ end }}</nav>
        {{ end }}

        """

    private static let list = """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        <ul>{{ range .Pages }}<li><time>{{ .Date.Format "2006-01-02" }}</time> \
        <a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
        {{ end }}

        """

    private static let terms = """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        <ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">\
        {{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
        {{ end }}

        """

    // The home feed takes the newest posts, a term feed its own; `rssLimit` caps both.
    private static let rss = """
        {{- $pages := where .Site.RegularPages "Type" "posts" -}}
        {{- if not .IsHome }}{{ $pages = .Pages }}{{ end -}}
        {{- $pages = $pages | first .Site.Config.Services.RSS.Limit -}}
        {{ `<?xml version="1.0" encoding="utf-8"?>` | safeHTML }}
        <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
        <channel>
        <title>{{ .Site.Title }}{{ if not .IsHome }}: {{ .Title }}{{ end }}</title>
        <link>{{ .Permalink }}</link>
        <description>{{ .Site.Params.description }}</description>
        <language>{{ .Site.LanguageCode }}</language>
        <copyright>{{ .Site.Copyright }}</copyright>
        {{ with .OutputFormats.Get "RSS" }}\
        <atom:link href="{{ .Permalink }}" rel="self" type="application/rss+xml"/>{{ end }}
        {{ range $pages }}<item>
        <title>{{ .Title }}</title>
        <link>{{ .Permalink }}</link>
        <guid isPermaLink="true">{{ .Permalink }}</guid>
        <pubDate>{{ .Date.Format "Mon, 02 Jan 2006 15:04:05 -0700" | safeHTML }}</pubDate>
        <author>{{ .Site.Params.author }}</author>
        {{ range .Params.tags }}<category>{{ . }}</category>{{ end }}
        <description>{{ .Content | html }}</description>
        </item>
        {{ end }}</channel>
        </rss>

        """

    private static let notFound = """
        {{ define "main" }}<h1>Page not found</h1>{{ end }}

        """
}
