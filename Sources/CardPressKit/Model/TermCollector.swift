/// Groups posts by tag or category; spellings that differ only in case or slug (`CCID`,
/// `ccid`) become one term, with a warning naming the files.
struct TermCollector {
    let kind: Term.Kind
    private var spellings: [String: [String: [Int]]] = [:]

    init(kind: Term.Kind) {
        self.kind = kind
    }

    mutating func add(_ name: String, post index: Int) {
        let slug = Slug.make(name)
        guard !slug.isEmpty else { return }
        spellings[slug, default: [:]][name, default: []].append(index)
    }

    func terms(posts: [Post], log: DiagnosticLog) -> [Term] {
        var terms: [Term] = []
        for (slug, names) in spellings {
            let ranked = names.sorted { lhs, rhs in
                lhs.value.count != rhs.value.count
                    ? lhs.value.count > rhs.value.count : lhs.key < rhs.key
            }
            guard let chosen = ranked.first?.key else { continue }
            if names.count > 1 {
                warnMerged(
                    ranked.map(\.key), chosen: chosen, names: names, posts: posts,
                    log: log)
            }
            var indexes = Array(Set(names.values.joined()))
            indexes.sort()
            terms.append(Term(kind: kind, name: chosen, slug: slug, postIndexes: indexes))
        }
        return terms.sorted { $0.slug < $1.slug }
    }

    private func warnMerged(
        _ spellings: [String],
        chosen: String,
        names: [String: [Int]],
        posts: [Post],
        log: DiagnosticLog
    ) {
        let word = kind == .tag ? "tag" : "category"
        let quoted = spellings.map { "'\($0)'" }.joined(separator: ", ")
        let usedBy = { (spelling: String) in
            (names[spelling] ?? []).map { posts[$0].sourcePath }.sorted()
        }
        for spelling in spellings where spelling != chosen {
            let files = usedBy(spelling)
            let examples = usedBy(chosen).prefix(3).joined(separator: ", ")
            log.warning(
                "\(word)s \(quoted) are the same \(word); using '\(chosen)' as in \(examples) "
                    + "(write it that way in \(files.joined(separator: ", ")))",
                at: SourceLocation(file: files.first ?? ""))
        }
    }
}
