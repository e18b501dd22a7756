import Foundation

@testable import CardPressKit

/// A site folder in the temporary directory, written file by file by a test and removed
/// when the test ends.
final class TemporarySite {
    let folder: URL

    init(theme: Bool = true) throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("cardpress-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if theme {
            try FileManager.default.copyItem(
                at: RepositoryFolder.url.appendingPathComponent("themes"),
                to: folder.appendingPathComponent("themes"))
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Writes `text` at `path`, relative to the site folder, making folders as needed.
    func write(_ path: String, _ text: String) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path)
    }

    /// Builds the site at a fixed clock so scheduled posts are predictable.
    @discardableResult
    func build(
        output: String = "output",
        drafts: Bool = false,
        now: Int64 = 1_900_000_000
    ) throws(BuildFailure) -> (report: BuildReport, log: DiagnosticLog) {
        let log = DiagnosticLog()
        let options = BuildOptions(
            siteFolder: folder, outputFolder: folder.appendingPathComponent(output),
            includeDrafts: drafts, now: now)
        let report = try SiteBuild.run(options, log: log)
        return (report, log)
    }

    /// The errors of a build that must fail, as `file:line:col: error: message` lines.
    func failingBuild() -> [String] {
        do {
            try build()
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }
}

/// The repository's root folder, found from this source file's path.
enum RepositoryFolder {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
}
