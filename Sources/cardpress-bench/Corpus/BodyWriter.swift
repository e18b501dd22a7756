/// Writes a post's Markdown body: prose, headings, fenced C and shell code, a GFM table,
/// lists and links, until the body reaches a size drawn between 1 and 6 KB.
struct BodyWriter {
    var rng: SplitMix64
    let others: [PostMetadata]

    /// A writer for one post; seeding per post keeps each body independent of the others.
    init(post: PostMetadata, seed: UInt64, others: [PostMetadata]) {
        rng = SplitMix64(seed: seed ^ (UInt64(post.index) &* 0x2545_F491_4F6C_DD1D))
        self.others = others
    }
}

extension BodyWriter {
    /// The body; every post gets a code block, about half a table, most a list.
    mutating func body() -> String {
        let target = rng.int(in: 1024...Self.largestBody)
        var text = ""
        text.reserveCapacity(target + 1024)

        text += paragraph() + "\n\n"
        text += rng.chance(50) ? cCode() : shellCode()
        if rng.chance(50) { text += "\n\n" + table() }

        while text.utf8.count < target {
            let block = nextBlock()

            // A block that would pass 6 KB ends the body instead: sizes stay in 1-6 KB.
            if text.utf8.count + block.utf8.count + 3 > Self.largestBody { break }
            text += "\n\n" + block
        }
        return text + "\n"
    }

    static let largestBody = 6144

    private mutating func nextBlock() -> String {
        switch rng.int(in: 0...9) {
        case 0...1: heading() + "\n\n" + paragraph()
        case 2: cCode()
        case 3: shellCode()
        case 4: list()
        case 5: table()
        default: paragraph()
        }
    }
}
