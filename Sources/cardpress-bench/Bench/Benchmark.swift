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

        // Only the folders this run made go; a --work folder with other files stays.
        if !options.keep {
            for count in options.postCounts {
                try? FileManager.default.removeItem(at: folder(posts: count))
            }
            _ = rmdir(options.workFolder.path)  // only if empty
        }
        return sizes
    }

    private func folder(posts count: Int) -> URL {
        options.workFolder.appendingPathComponent("posts-\(count)")
    }

    private func run(posts count: Int) throws -> SizeResult {
        let folder = folder(posts: count)
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)

        // One corpus, written once per tool with its front matter around the same bodies.
        Console.say("\(count.grouped) posts: generating the corpus in \(folder.path)")
        let cardpressSite = CardPressSite(
            root: folder.appendingPathComponent("cardpress"),
            theme: options.themes.appendingPathComponent("default"))
        let hugoSite = HugoSite(root: folder.appendingPathComponent("hugo"))
        var sites: [any SiteWriter] = []
        var tools: [BenchTool] = []
        if !options.skipHugo {
            sites.append(hugoSite)
            tools.append(
                BenchTool(
                    name: Self.hugo, executable: options.hugo,
                    arguments: hugoSite.buildArguments(), output: hugoSite.output))
        }
        if !options.skipCardPress {
            sites.append(cardpressSite)
            tools.append(
                BenchTool(
                    name: Self.cardpress, executable: options.cardpress,
                    arguments: cardpressSite.buildArguments(), output: cardpressSite.output))
        }
        let started = Date()
        let corpus = try Corpus.generate(count: count, seed: options.seed, into: sites)
        Console.say(
            "  \(String(format: "%.1f", Double(corpus.bodyBytes) / 1_048_576)) MiB of Markdown, "
                + "written in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")

        let runs = options.runs(for: count)
        let results = time(tools, runs: runs, logs: folder)
        return SizeResult(corpus: corpus, runs: runs, results: results)
    }

    /// Times every tool `runs` times; a tool that fails once is not run again.
    private func time(_ tools: [BenchTool], runs: Int, logs: URL) -> [ToolResult] {
        var results = tools.map { ToolResult(tool: $0.name) }

        // Runs alternate which tool goes first, so neither always gets the warmer cache.
        for run in 1...runs {
            let order = run % 2 == 1 ? Array(tools.indices) : tools.indices.reversed()
            for index in order where results[index].failure == nil {
                measure(tools[index], run: run, of: runs, into: &results[index], logs: logs)
            }
        }

        for index in tools.indices {
            results[index].files = OutputFiles.count(in: tools[index].output)
        }
        try? FileManager.default.removeItem(at: retiredFolder(logs))
        return results
    }

    /// Where earlier runs' outputs wait until every run is timed. Deleting 11,000 files just
    /// before the next tool creates as many slows that tool down, on ext4 without a journal
    /// (this machine's disk) by seconds: it skips inodes freed in the last half minute. A
    /// rename frees nothing, so each run starts on the same footing.
    private func retiredFolder(_ logs: URL) -> URL {
        logs.appendingPathComponent("retired-outputs")
    }

    private func retire(_ output: URL, tool: String, run: Int, logs: URL) {
        guard FileManager.default.fileExists(atPath: output.path) else { return }
        let retired = retiredFolder(logs)
        try? FileManager.default.createDirectory(at: retired, withIntermediateDirectories: true)
        let target = retired.appendingPathComponent("\(tool.lowercased())-before-run\(run)")
        do {
            try FileManager.default.moveItem(at: output, to: target)
        } catch {
            try? FileManager.default.removeItem(at: output)
        }
    }

    private func measure(
        _ tool: BenchTool,
        run: Int,
        of runs: Int,
        into result: inout ToolResult,
        logs: URL
    ) {
        retire(tool.output, tool: tool.name, run: run, logs: logs)
        let log = logs.appendingPathComponent("\(tool.name.lowercased())-run\(run).log")
        do {
            let measurement = try ProcessRunner.run(tool.executable, tool.arguments, logFile: log)
            guard measurement.succeeded else {
                result.failure = failure(tool, measurement.termination, log: log)
                Console.error(result.failure ?? "")
                return
            }

            // An exit status of 0 with no home page is a build that did not happen.
            let home = tool.output.appendingPathComponent("index.html")
            guard FileManager.default.fileExists(atPath: home.path) else {
                result.failure = "\(tool.name) exited with status 0 but wrote no \(home.path)"
                Console.error(result.failure ?? "")
                return
            }
            result.measurements.append(measurement)
            Console.say(
                "  run \(run)/\(runs) \(tool.name): "
                    + String(
                        format: "%.2f s, %.1f MiB peak RSS, %.2f s CPU",
                        measurement.wallSeconds,
                        Double(measurement.peakRSSKiB) / 1024,
                        measurement.userSeconds + measurement.systemSeconds))
        } catch {
            result.failure = error.message
            Console.error(error.message)
        }
    }

    private func failure(_ tool: BenchTool, _ end: Measurement.Termination, log: URL) -> String {
        let how =
            switch end {
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
