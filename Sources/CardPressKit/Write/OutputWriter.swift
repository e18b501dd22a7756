import Foundation

/// Writes the site beside the output folder, then swaps it in, so a failed build leaves the
/// previous site untouched.
///
/// The writer keeps a manifest of the files it wrote. Anything else found in the output
/// folder (a `CNAME`, files the author put there) was not made by CardPress: it is carried
/// into the new site, never deleted.
public struct OutputWriter: Sendable {
    public static let manifestName = ".cardpress-manifest"
    /// Marks a folder this tool made from nothing for one build: all of it is ours.
    static let stagingMarker = ".cardpress-staging"

    public var outputFolder: URL

    public init(outputFolder: URL) {
        self.outputFolder = outputFolder.standardizedFileURL
    }

    public struct Report: Sendable {
        public var filesWritten: Int
        /// Files found in the output folder that CardPress did not write and kept.
        public var keptForeignFiles: [String]
    }

    /// Runs every job on all cores into a staging folder and swaps it in; nil on failure,
    /// with the reasons in `log` and the old output left as it was.
    public func write(_ jobs: [OutputJob], log: DiagnosticLog) -> Report? {
        guard checkClashes(jobs, log: log) else { return nil }

        let output = outputFolder.path
        let parent = outputFolder.deletingLastPathComponent().path
        let name = outputFolder.lastPathComponent
        let staging = "\(parent)/.\(name).cardpress-staging"
        let retired = "\(parent)/.\(name).cardpress-previous"
        do {
            try FileSystem.makeFolder(parent)
            try clearOwnFolder(staging)
            try clearOwnFolder(retired)
            try FileSystem.makeFolder(staging)
            try FileSystem.write("", to: staging + "/" + Self.stagingMarker)
        } catch {
            log.report(error)
            return nil
        }

        // Each write makes the folders it needs, so folders too are made on every core. A
        // file the last build wrote with the same bytes is linked, not written again.
        let previous = Self.manifest(of: output) ?? []
        ParallelMap.forEach(count: jobs.count) { index in
            let job = jobs[index]
            do throws(Diagnostic) {
                let target = staging + "/" + job.path
                let old = previous.contains(job.path) ? output + "/" + job.path : nil
                switch try job.make() {
                case .text(let text): try FileSystem.write(text, to: target, sameAs: old)
                case .copy(let source):
                    try FileSystem.copy(from: source, to: target, sameAs: old)
                }
            } catch {
                log.report(error)
            }
        }
        guard !log.hasErrors else {
            removeStaging(staging)
            return nil
        }

        let written = jobs.map(\.path).sorted()
        do {
            let manifest = written.joined(separator: "\n") + "\n"
            try FileSystem.write(manifest, to: staging + "/" + Self.manifestName)
            let kept = try carryForeignFiles(
                from: output, to: staging, own: previous, newFiles: Set(written))
            try? FileManager.default.removeItem(atPath: staging + "/" + Self.stagingMarker)
            try swap(staging: staging, output: output, retired: retired)
            return Report(filesWritten: written.count, keptForeignFiles: kept)
        } catch {
            log.report(error)
            removeStaging(staging)
            return nil
        }
    }

    /// The files a previous build recorded as its own.
    public static func manifest(of outputFolder: String) -> Set<String>? {
        guard
            let data = FileManager.default.contents(
                atPath: outputFolder + "/" + manifestName)
        else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        return Set(lines.map(String.init))
    }

    private func checkClashes(_ jobs: [OutputJob], log: DiagnosticLog) -> Bool {
        var owners: [String: String] = [:]
        var clean = true
        for job in jobs {
            if let other = owners[job.path] {
                log.error("\(job.origin) and \(other) both want to write \(job.path)")
                clean = false
            } else {
                owners[job.path] = job.origin
            }
        }
        return clean
    }

    /// Moves files the old output holds but no build wrote (not in `own`, the old manifest)
    /// into the new site.
    private func carryForeignFiles(
        from output: String,
        to staging: String,
        own: Set<String>,
        newFiles: Set<String>
    ) throws(Diagnostic) -> [String] {
        guard FileSystem.isFolder(output) else { return [] }
        let foreign = FileSystem.files(under: output).filter {
            $0 != Self.manifestName && !own.contains($0)
        }
        for file in foreign where newFiles.contains(file) {
            throw Diagnostic.error(
                "\(output)/\(file) was not written by CardPress, and this build would replace "
                    + "it; move it out of the output folder, then build again")
        }
        for file in foreign {
            let target = staging + "/" + file
            try FileSystem.makeFolder((target as NSString).deletingLastPathComponent)
            do {
                try FileManager.default.moveItem(atPath: output + "/" + file, toPath: target)
            } catch {
                throw Diagnostic.error(
                    "cannot keep \(output)/\(file): \(error.localizedDescription)")
            }
        }
        return foreign
    }

    private func swap(staging: String, output: String, retired: String) throws(Diagnostic) {
        let manager = FileManager.default
        do {
            if FileSystem.exists(output) {
                try manager.moveItem(atPath: output, toPath: retired)
            }
            try manager.moveItem(atPath: staging, toPath: output)
        } catch {
            if !FileSystem.exists(output) && FileSystem.exists(retired) {
                try? manager.moveItem(atPath: retired, toPath: output)
            }
            throw Diagnostic.error(
                "cannot put the new site in place: \(error.localizedDescription)")
        }
        // Only files this tool wrote remain in the retired folder: the foreign ones moved.
        try? clearOwnFolder(retired)
    }

    /// Removes a staging or retired folder of ours; anything not ours in it stays.
    private func clearOwnFolder(_ folder: String) throws(Diagnostic) {
        guard FileSystem.exists(folder) else { return }
        if FileSystem.exists(folder + "/" + Self.stagingMarker) {
            try? FileManager.default.removeItem(atPath: folder)
            return
        }
        guard let own = Self.manifest(of: folder) else {
            throw Diagnostic.error(
                "\(folder) exists but was not made by CardPress; remove or rename it")
        }
        let files = FileSystem.files(under: folder)
        let foreign = files.filter { $0 != Self.manifestName && !own.contains($0) }
        guard foreign.isEmpty else {
            throw Diagnostic.error(
                "\(folder) holds files CardPress did not write "
                    + "(\(foreign.prefix(3).joined(separator: ", "))); "
                    + "move them away and build again"
            )
        }
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func removeStaging(_ staging: String) {
        try? clearOwnFolder(staging)
    }
}
