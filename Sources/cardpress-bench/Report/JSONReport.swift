import Foundation

/// The results as JSON, for scripts and CI that track the figures over time.
struct JSONReport: Codable {
    struct Run: Codable {
        let wallSeconds: Double
        let peakRSSKiB: Int
        let userSeconds: Double
        let systemSeconds: Double
    }

    struct Tool: Codable {
        let tool: String
        let runs: [Run]
        let medianWallSeconds: Double?
        let medianPeakRSSMiB: Double?
        let failure: String?
        let files: OutputFiles
    }

    struct Size: Codable {
        let corpus: Corpus
        let tools: [Tool]
        let speedup: Double?
        let memoryRatio: Double?
    }

    let hugoVersion: String?
    let sizes: [Size]
}

extension JSONReport {
    init(_ sizes: [SizeResult], hugoVersion: String?) {
        self.hugoVersion = hugoVersion
        self.sizes = sizes.map { size in
            Size(
                corpus: size.corpus,
                tools: size.results.map { result in
                    Tool(
                        tool: result.tool,
                        runs: result.measurements.map {
                            Run(
                                wallSeconds: $0.wallSeconds, peakRSSKiB: $0.peakRSSKiB,
                                userSeconds: $0.userSeconds, systemSeconds: $0.systemSeconds)
                        },
                        medianWallSeconds: result.wallSeconds,
                        medianPeakRSSMiB: result.peakRSSMiB,
                        failure: result.failure,
                        files: result.files)
                },
                speedup: size.speedup,
                memoryRatio: size.memoryRatio)
        }
    }

    func text() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
