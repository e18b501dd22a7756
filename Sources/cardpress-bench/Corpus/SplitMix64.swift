/// A small seeded generator, so the same seed always yields the same corpus.
///
/// The standard library's generator is seeded by the system; a benchmark needs the corpus
/// to be identical from run to run and machine to machine, so the two tools and two
/// sessions compare like with like.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }
}

extension SplitMix64 {
    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A value in `range`, with the slight modulo bias a corpus generator can live with.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int(next() % span)
    }

    /// True about `percent` times in a hundred.
    mutating func chance(_ percent: Int) -> Bool {
        int(in: 0...99) < percent
    }

    /// One element of a non-empty array.
    mutating func pick<Element>(_ items: [Element]) -> Element {
        items[int(in: 0...(items.count - 1))]
    }

    /// `count` distinct elements of `items`, in the order drawn.
    mutating func pick<Element>(_ count: Int, of items: [Element]) -> [Element] {
        var indices = Array(items.indices)
        var chosen: [Element] = []
        for _ in 0..<min(count, items.count) {
            let at = int(in: 0...(indices.count - 1))
            chosen.append(items[indices.remove(at: at)])
        }
        return chosen
    }
}
