/// Draws the metadata of every post first, so bodies can link to any other post.
enum MetadataFactory {
    /// `count` posts' metadata; the same `seed` gives the same list.
    static func make(count: Int, seed: UInt64) -> [PostMetadata] {
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { index in
            post(index: index, using: &rng)
        }
    }

    private static func post(index: Int, using rng: inout SplitMix64) -> PostMetadata {
        let title = title(using: &rng)
        let slug = Slug.make(title) + "-\(index)"
        let date = PostDate.random(using: &rng)
        let category = rng.pick(Vocabulary.categories)
        let tags = rng.pick(rng.int(in: 1...4), of: Vocabulary.tags)

        let description =
            "How \(rng.pick(Vocabulary.subjects)) \(rng.pick(Vocabulary.verbs)) "
            + "\(rng.pick(Vocabulary.objects)), and what to do about it."
        let bug =
            rng.chance(10)
            ? BugFactory.make(id: slug, title: title, date: date, using: &rng) : nil

        return PostMetadata(
            index: index,
            title: title,
            slug: slug,
            date: date,
            description: description,
            tags: tags,
            category: category,
            bug: bug
        )
    }

    private static func title(using rng: inout SplitMix64) -> String {
        let subject = rng.pick(Vocabulary.subjects)
        let verb = rng.pick(Vocabulary.verbs)
        let object = rng.pick(Vocabulary.objects)
        let platform = rng.pick(Vocabulary.platforms)
        let version = "\(rng.int(in: 1...14)).\(rng.int(in: 0...9))"

        switch rng.int(in: 0...4) {
        case 0: return "\(subject) \(verb) \(object) on \(platform) \(version)"
        case 1: return "\(platform) bug: \(subject) \(verb) \(object)"
        case 2: return "FAQ: why \(subject) \(verb) \(object)"
        case 3: return "New version of \(rng.pick(["pcsc-lite", "CCID", "pyscard"])) \(version)"
        default: return "\(rng.pick(Vocabulary.readers)) and \(object)"
        }
    }
}
