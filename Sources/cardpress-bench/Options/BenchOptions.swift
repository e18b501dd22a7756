import Foundation

/// What one `cardpress-bench` run was asked to do.
struct BenchOptions {
    /// Corpus sizes to build, in order.
    var postCounts = [1000, 10_000]
    /// Timed runs per tool and size; nil picks 3 up to 2,000 posts and 2 above.
    var runs: Int?
    /// Where corpora and outputs go; removed at the end unless `keep`.
    var workFolder = URL(fileURLWithPath: "bench-work")
    /// The `cardpress` binary to time.
    var cardpress = URL(fileURLWithPath: ".build/release/cardpress")
    /// The `hugo` binary to time.
    var hugo = URL(fileURLWithPath: "/usr/bin/hugo")
    /// The folder whose `default/` theme is copied into the CardPress corpus.
    var themes = URL(fileURLWithPath: "themes")
    /// Seed of the corpus generator; the same seed gives the same posts.
    var seed: UInt64 = 2023
    /// Keep the work folder (corpora and built sites) after the run.
    var keep = false
    /// Print the results as JSON on stdout (progress goes to stderr).
    var json = false
    /// Skip Hugo (to time CardPress alone).
    var skipHugo = false
    /// Skip CardPress (to time Hugo alone, or while `cardpress` does not build).
    var skipCardPress = false
}

extension BenchOptions {
    /// Runs for a corpus of `posts` posts: fewer for big corpora, whose builds take minutes.
    func runs(for posts: Int) -> Int {
        runs ?? (posts <= 2000 ? 3 : 2)
    }
}
