extension BodyWriter {
    /// A `##` or `###` heading.
    mutating func heading() -> String {
        let level = rng.chance(70) ? "##" : "###"
        let subject = rng.pick(Vocabulary.subjects)
        return "\(level) \(capitalized(subject)) and \(rng.pick(Vocabulary.objects))"
    }

    /// Two to five sentences.
    mutating func paragraph() -> String {
        (0..<rng.int(in: 2...5)).map { _ in sentence() }.joined(separator: " ")
    }

    /// A bulleted or numbered list of three to six items.
    mutating func list() -> String {
        let numbered = rng.chance(40)
        return (1...rng.int(in: 3...6)).map { number in
            (numbered ? "\(number). " : "- ") + sentence()
        }.joined(separator: "\n")
    }

    /// One sentence, with inline code, emphasis or a link now and then.
    mutating func sentence() -> String {
        var parts = [capitalized(rng.pick(Vocabulary.subjects)), rng.pick(Vocabulary.verbs)]
        parts.append(
            rng.chance(40) ? "`\(rng.pick(Vocabulary.objects))`" : rng.pick(Vocabulary.objects))
        for _ in 0..<rng.int(in: 3...12) {
            parts.append(rng.pick(Vocabulary.words))
        }

        switch rng.int(in: 0...9) {
        case 0: parts.append("(see [this post](\(rng.pick(others).permalink)))")
        case 1: parts.append("as [the documentation](\(externalLink())) says")
        case 2: parts.append("with **\(rng.pick(Vocabulary.tags))**")
        case 3: parts.append("on *\(rng.pick(Vocabulary.readers))*")
        default: break
        }
        return parts.joined(separator: " ") + "."
    }

    /// An external URL; tracker links get an issue number.
    mutating func externalLink() -> String {
        let base = rng.pick(Vocabulary.linkTargets)
        return base.hasSuffix("/") ? base + "\(rng.int(in: 1...2000))" : base
    }

    private func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
