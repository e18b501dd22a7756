import Foundation

/// The results as a plain text table: one row per tool and size, then the ratios.
enum ResultTable {
    static func render(_ sizes: [SizeResult]) -> String {
        var lines = [
            row(["posts", "tool", "wall s", "peak RSS MiB", "CPU s", "runs", "html", "xml"])
        ]
        for size in sizes {
            for result in size.results {
                lines.append(
                    row([
                        size.corpus.posts.grouped,
                        result.tool,
                        format(result.wallSeconds, "%.2f"),
                        format(result.peakRSSMiB, "%.1f"),
                        format(result.cpuSeconds, "%.2f"),
                        result.failure == nil ? "\(result.measurements.count)" : "failed",
                        result.files.html.grouped,
                        result.files.xml.grouped,
                    ]))
            }
            if size.speedup != nil || size.memoryRatio != nil {
                lines.append(
                    row([
                        size.corpus.posts.grouped, "Hugo/CardPress",
                        format(size.speedup, "%.1fx"), format(size.memoryRatio, "%.1fx"),
                        "", "", "", "",
                    ]))
            }
        }
        lines.append("")
        lines += sizes.map(corpusLine)
        lines.append(verdict(sizes))
        return lines.joined(separator: "\n") + "\n"
    }

    private static let widths = [7, 15, 9, 13, 8, 7, 8, 6]

    private static func row(_ cells: [String]) -> String {
        zip(cells, widths).enumerated().map { column, pair in
            let (cell, width) = pair
            let pad = String(repeating: " ", count: max(0, width - cell.count))
            return column == 1 ? cell + pad : pad + cell
        }.joined(separator: "  ")
    }

    private static func format(_ value: Double?, _ pattern: String) -> String {
        value.map { String(format: pattern, $0) } ?? "-"
    }

    private static func corpusLine(_ size: SizeResult) -> String {
        let corpus = size.corpus
        let mean = corpus.posts > 0 ? corpus.bodyBytes / corpus.posts : 0
        return "corpus \(corpus.posts.grouped): bodies \(corpus.smallestBody)-"
            + "\(corpus.largestBody) bytes (mean \(mean)), \(corpus.codeBlocks.grouped) code "
            + "blocks, \(corpus.postsWithTable.grouped) posts with tables, "
            + "\(corpus.postsWithBug.grouped) with bug metadata, \(corpus.tags) tags, "
            + "\(corpus.categories) categories; median of \(size.runs) runs"
    }

    /// Whether the largest size meets the target.
    private static func verdict(_ sizes: [SizeResult]) -> String {
        guard let largest = sizes.max(by: { $0.corpus.posts < $1.corpus.posts }),
            let speedup = largest.speedup, let memory = largest.memoryRatio
        else { return "target: not measured (both tools must build the same corpus)" }
        let met = speedup >= Benchmark.targetSpeedup && memory >= Benchmark.targetMemoryRatio
        return "target at \(largest.corpus.posts.grouped) posts (time >= "
            + "\(Int(Benchmark.targetSpeedup))x, memory >= \(Int(Benchmark.targetMemoryRatio))x "
            + "less than Hugo): " + (met ? "met" : "not met")
            + String(format: " (%.1fx time, %.1fx memory)", speedup, memory)
    }
}
