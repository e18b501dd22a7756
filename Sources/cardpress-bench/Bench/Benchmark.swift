import Foundation

/// The whole benchmark: for each size, generate the corpus, time both tools on it, and
/// collect the figures.
struct Benchmark {
    static let hugo = "Hugo"
    static let cardpress = "CardPress"

    /// The issue's target: at most a tenth of Hugo's time and an eighth of its memory.
    static let targetSpeedup = 10.0
    static let targetMemoryRatio = 8.0

    let options: BenchOptions
}

extension Benchmark {
    /// Runs every size in turn; a tool that fails is reported and the rest still runs.
    func run() throws -> [SizeResult] {
        try checkBinaries()
        var sizes: [SizeResult] = []
        for count in options.postCounts {
            sizes.append(try run(posts: count))
        }
        if !options.keep {
            try? FileManager.default.removeItem(at: options.workFolder)
        }
        return sizes
    }

    private func run(posts count: Int) throws -> SizeResult {
        let folder = options.workFolder.appendingPathComponent("posts-\(count)")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)

        // One corpus, written twice with each tool's front matter around the same bodies.
        Console.say("\(grouped(count)) posts: generating the corpus in \(folder.path)")
        let cardpressSite = CardPressSite(
            root: folder.appendingPathComponent("cardpress"),
            theme: options.themes.appendingPathComponent("default"))
        let hugoSite = HugoSite(root: folder.appendingPathComponent("hugo"))
        let started = Date()
        let corpus = try Corpus.generate(
            count: count, seed: options.seed, into: [cardpressSite, hugoSite])
        Console.say(
            "  \(String(format: "%.1f", Double(corpus.bodyBytes) / 1_048_576)) MiB of Markdown "
                + "in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")

        var tools: [BenchTool] = []
        if !options.skipHugo {
            tools.append(BenchTool(
                name: Self.hugo, executable: options.hugo,
                arguments: hugoSite.buildArguments(), output: hugoSite.output))
        }
        if !options.skipCardPress {
            tools.append(BenchTool(
                name: Self.cardpress, executable: options.cardpress,
                arguments: cardpressSite.buildArguments(), output: cardpressSite.output))
        }

        // Runs alternate which tool goes first, so neither always gets the warmer cache.
        let runs = options.runs(for: count)
        var results = tools.map { ToolResult(tool: $0.name) }
        for run in 1...runs {
            let order = run % 2 == 1 ? Array(tools.indices) : tools.indices.reversed()
            for index in order where results[index].failure == nil {
                measure(tools[index], run: run, of: runs, into: &results[index], logs: folder)
            }
        }
        for index in tools.indices {
            results[index].files = OutputFiles.count(in: tools[index].output)
        }
        return SizeResult(corpus: corpus, runs: runs, results: results)
    }

    private func measure(
        _ tool: BenchTool,
        run: Int,
        of runs: Int,
        into result: inout ToolResult,
        logs: URL
    ) {
        try? FileManager.default.removeItem(at: tool.output)
        let log = logs.appendingPathComponent("\(tool.name.lowercased())-run\(run).log")
        do {
            let measurement = try ProcessRunner.run(tool.executable, tool.arguments, logFile: log)
            guard measurement.succeeded else {
                result.failure = failure(tool, measurement.termination, log: log)
                Console.error(result.failure ?? "")
                return
            }
            result.measurements.append(measurement)
            Console.say(
                "  run \(run)/\(runs) \(tool.name): "
                    + String(format: "%.2f s, %.1f MiB peak RSS, %.2f s CPU",
                             measurement.wallSeconds,
                             Double(measurement.peakRSSKiB) / 1024,
                             measurement.userSeconds + measurement.systemSeconds))
        } catch {
            result.failure = error.message
            Console.error(error.message)
        }
    }

    private func failure(_ tool: BenchTool, _ end: Measurement.Termination, log: URL) -> String {
        let how = switch end {
        case .exited(let code): "exited with status \(code)"
        case .signaled(let signal): "was killed by signal \(signal)"
        }
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        let tail = text.split(separator: "\n").suffix(15).joined(separator: "\n")
        let command = ([tool.executable.path] + tool.arguments).joined(separator: " ")
        return "\(tool.name) \(how): \(command)\n\(tail)"
    }

    private func checkBinaries() throws {
        var needed: [URL] = []
        if !options.skipHugo { needed.append(options.hugo) }
        if !options.skipCardPress { needed.append(options.cardpress) }
        for binary in needed where !FileManager.default.isExecutableFile(atPath: binary.path) {
            throw UsageError(
                "no executable at \(binary.path); build it or pass its path "
                    + "(--cardpress, --hugo), or skip it (--skip-cardpress, --skip-hugo)")
        }
        let theme = options.themes.appendingPathComponent("default")
        if !options.skipCardPress, !FileManager.default.fileExists(atPath: theme.path) {
            throw UsageError(
                "no theme at \(theme.path); run from the repo root or pass --themes DIR")
        }
    }
}

/// `10000` as `10,000`, for headings.
func grouped(_ value: Int) -> String {
    let digits = Array(String(value))
    var text = ""
    for (offset, digit) in digits.enumerated() {
        if offset > 0, (digits.count - offset) % 3 == 0 { text.append(",") }
        text.append(digit)
    }
    return text
}
