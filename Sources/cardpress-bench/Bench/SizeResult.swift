/// Both tools' results on one corpus size.
struct SizeResult {
    let corpus: Corpus
    let runs: Int
    let results: [ToolResult]
}

extension SizeResult {
    func result(_ tool: String) -> ToolResult? {
        results.first { $0.tool == tool }
    }

    /// How many times faster CardPress is than Hugo (Hugo's wall time over CardPress's).
    var speedup: Double? {
        ratio(\.wallSeconds)
    }

    /// How many times less memory CardPress uses than Hugo (peak RSS over peak RSS).
    var memoryRatio: Double? {
        ratio(\.peakRSSMiB)
    }

    private func ratio(_ metric: KeyPath<ToolResult, Double?>) -> Double? {
        guard let hugo = result(Benchmark.hugo)?[keyPath: metric],
            let cardpress = result(Benchmark.cardpress)?[keyPath: metric],
            cardpress > 0
        else { return nil }
        return hugo / cardpress
    }
}
