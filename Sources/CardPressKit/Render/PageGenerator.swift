import Mustache

/// The HTML pages of the site: posts, pages, paginated index, archives, tags and categories,
/// series and the 404 page, each rendered through the theme.
struct PageGenerator: Sendable {
    let context: SiteContext
    let theme: Theme

    var site: Site { context.site }

    func jobs() -> [OutputJob] {
        var jobs: [OutputJob] = []
        for (index, post) in site.posts.enumerated() { jobs.append(postJob(post, index: index)) }
        for post in site.pages { jobs.append(postJob(post, index: nil)) }
        jobs += indexJobs()
        jobs += archiveJobs()
        jobs += termJobs()
        jobs += seriesJobs()
        jobs.append(
            render(
                "404.html", template: "notfound", title: "Page not found",
                canonical: "404.html", kind: "notfound"
            ) { _ in [:] })
        return jobs
    }

    /// Renders `template` into `path`; a template failure names the template file.
    func render(
        _ path: String,
        template: String,
        title: String,
        description: String = "",
        canonical: String,
        kind: String,
        feed: String? = nil,
        origin: String? = nil,
        values: @escaping @Sendable (String) -> [String: MustacheValue]
    ) -> OutputJob {
        let context = self.context
        let library = theme.library
        return OutputJob(path: path, origin: origin ?? "the \(kind) page") {
            () throws(Diagnostic) -> OutputJob.Contents in
            let root = PageRoot.of(outputFile: path)
            let value = context.page(
                outputFile: path, title: title, description: description,
                canonicalPath: canonical, kind: kind, feedPath: feed, values: values(root))
            do throws(MustacheError) {
                return .text(try library.render(template, context: value))
            } catch {
                throw error.diagnostic
            }
        }
    }

    private func postJob(_ post: Post, index: Int?) -> OutputJob {
        let site = self.site
        let summary =
            index.map { context.postSummaries[$0] }
            ?? PostValues.summary(of: post, in: site, names: context.termNames)
        let template = post.metadata.template ?? (post.isPage ? "page" : "post")
        return render(
            post.outputFile, template: template, title: post.title,
            description: post.metadata.description, canonical: post.sitePath,
            kind: post.isPage ? "page" : "post", origin: post.sourcePath
        ) { root in
            ["post": PostValues.full(post, index: index, summary: summary, site: site, root: root)]
        }
    }

    private func indexJobs() -> [OutputJob] {
        let perPage = site.config.postsPerPage
        let total = max(1, (site.posts.count + perPage - 1) / perPage)
        return (1...total).map { number in
            let first = (number - 1) * perPage
            let indexes = Array(first..<min(first + perPage, site.posts.count))
            let path = Pagination.file(number)
            let context = self.context
            let site = self.site
            let title = number == 1 ? site.config.title : "\(site.config.title) (page \(number))"
            return render(
                path, template: "index", title: title, canonical: number == 1 ? "" : path,
                kind: "index"
            ) { _ in
                [
                    "posts": .array(
                        indexes.map { index in
                            PostValues.teaser(
                                site.posts[index], summary: context.postSummaries[index])
                        }),
                    "pagination": Pagination.value(current: number, total: total),
                ]
            }
        }
    }

    private func archiveJobs() -> [OutputJob] {
        let archive = site.archive
        var jobs = [
            render(
                "archive.html", template: "archive", title: "Archive",
                canonical: "archive.html", kind: "archive"
            ) { [context] _ in
                ["years": .array(archive.years.map { yearValue($0, context: context) })]
            }
        ]
        for year in archive.years {
            jobs.append(
                render(
                    year.sitePath + "index.html", template: "archive",
                    title: "Posts of \(year.year)",
                    canonical: year.sitePath, kind: "archive"
                ) { [context] _ in
                    ["years": [yearValue(year, context: context)]]
                })
            for month in year.months {
                let name = CivilDateTime.monthNames[month.month - 1]
                jobs.append(
                    render(
                        month.sitePath + "index.html", template: "archive",
                        title: "Posts of \(name) \(month.year)", canonical: month.sitePath,
                        kind: "archive"
                    ) { [context] _ in
                        let single = Archive.Year(year: year.year, months: [month])
                        return ["years": [yearValue(single, context: context)]]
                    })
            }
        }
        return jobs
    }

    private func termJobs() -> [OutputJob] {
        var jobs: [OutputJob] = []
        for term in site.tags + site.categories {
            let word = term.kind == .tag ? "Posts about" : "Posts in"
            jobs.append(
                render(
                    term.sitePath + "index.html", template: "list", title: "\(word) \(term.name)",
                    canonical: term.sitePath, kind: "list", feed: term.feedPath
                ) { [context] _ in
                    [
                        "posts": context.summaries(term.postIndexes),
                        "feed": .string(term.feedPath),
                        "term": ["name": .string(term.name), "slug": .string(term.slug)],
                    ]
                })
        }
        let tags = site.tags
        let categories = site.categories
        jobs.append(
            render(
                "categories/index.html", template: "categories", title: "Tags and categories",
                canonical: "categories/", kind: "categories"
            ) { _ in
                [
                    "tags": .array(tags.map(termValue)),
                    "categories": .array(categories.map(termValue)),
                ]
            })
        return jobs
    }

    private func seriesJobs() -> [OutputJob] {
        site.series.map { series in
            render(
                series.sitePath + "index.html", template: "list", title: series.name,
                canonical: series.sitePath, kind: "list"
            ) { [context] _ in
                ["posts": context.summaries(series.postIndexes), "is_series": true]
            }
        }
    }
}

private func termValue(_ term: Term) -> MustacheValue {
    [
        "name": .string(term.name),
        "url": .string(term.sitePath + "index.html"),
        "feed": .string(term.feedPath),
        "count": .int(term.postIndexes.count),
    ]
}

private func yearValue(_ year: Archive.Year, context: SiteContext) -> MustacheValue {
    [
        "year": .int(year.year),
        "url": .string(year.sitePath + "index.html"),
        "count": .int(year.postIndexes.count),
        "months": .array(
            year.months.map { month in
                [
                    "name": .string(CivilDateTime.monthNames[month.month - 1]),
                    "url": .string(month.sitePath + "index.html"),
                    "count": .int(month.postIndexes.count),
                    "posts": context.summaries(month.postIndexes),
                ]
            }),
    ]
}
