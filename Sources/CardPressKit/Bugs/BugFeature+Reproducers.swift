extension BugFeature {
    /// Warns about hardware checks marked `reproduces=` a bug that no published post tracks,
    /// most often a typo in the id, which would leave the check out of every bug box.
    static func checkReproducers(site: Site, database: BugDatabase, log: DiagnosticLog) {
        let known = Set(database.bugs.map(\.id))
        let unknown = site.reproducers.filter { !known.contains($0.key) }
        for (bugID, reproducers) in unknown.sorted(by: { $0.key < $1.key }) {
            for reproducer in reproducers {
                log.warning(
                    "check '\(reproducer.checkID)' reproduces bug '\(bugID)', which no "
                        + "published post tracks; use the id of a post's 'bug:' metadata",
                    at: SourceLocation(
                        file: reproducer.location.file, line: reproducer.location.line))
            }
        }
    }
}
