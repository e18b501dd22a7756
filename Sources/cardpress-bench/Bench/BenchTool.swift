import Foundation

/// A site generator under test: how to start it on its copy of the corpus.
struct BenchTool {
    let name: String
    let executable: URL
    let arguments: [String]
    /// The folder the build writes; removed before each run so every run starts clean.
    let output: URL
}
