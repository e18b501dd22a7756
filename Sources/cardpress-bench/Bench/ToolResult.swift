/// One tool's runs on one corpus.
struct ToolResult {
    let tool: String
    var measurements: [Measurement] = []
    /// Why the tool's build failed, with the end of its stderr; nil when every run passed.
    var failure: String?
    /// Files in the output folder after the last run, by kind.
    var files = OutputFiles()
}

extension ToolResult {
    /// The median wall time of the successful runs.
    var wallSeconds: Double? {
        Statistics.median(measurements.map(\.wallSeconds))
    }

    /// The median peak RSS of the successful runs, in MiB.
    var peakRSSMiB: Double? {
        Statistics.median(measurements.map { Double($0.peakRSSKiB) / 1024 })
    }

    /// The median CPU time (user plus system), to show how much of the machine each used.
    var cpuSeconds: Double? {
        Statistics.median(measurements.map { $0.userSeconds + $0.systemSeconds })
    }
}
