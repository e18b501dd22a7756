/// Finds the known name closest to a mistyped one, for "did you mean" hints.
///
/// Distance is counted in edits (insert, delete, replace, or swap two neighbours), so a
/// transposed `outptu` is one edit from `output`.
enum Suggestion {
    /// The candidate nearest to `typed`, if it is near enough to be a likely typo.
    ///
    /// Ties go to the earlier candidate, so declaration order decides. A word of two or more
    /// letters that starts exactly one candidate (`--out` for `--output`) suggests it even
    /// when too many letters are missing to count as a typo. A candidate every letter of
    /// which would have to change (`-x` for `-y`) is no typo and is never suggested.
    static func closest(to typed: String, among candidates: [String]) -> String? {
        let typedBytes = Array(typed.utf8)
        var best: (name: String, distance: Int)?

        let extensions = candidates.filter { $0.utf8.starts(with: typed.utf8) && $0 != typed }
        if typedBytes.count >= 2 && Set(extensions).count == 1 { return extensions.first }

        for candidate in candidates {
            let distance = editDistance(typedBytes, Array(candidate.utf8))
            let limit = max(1, min(3, candidate.utf8.count / 3))
            let sharesALetter = distance < max(typedBytes.count, candidate.utf8.count)
            guard distance <= limit, sharesALetter else { continue }
            if best.map({ distance < $0.distance }) ?? true {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// Optimal string alignment distance between two byte strings.
    static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }

        let width = b.count + 1
        var rows = [[Int]](repeating: [Int](repeating: 0, count: width), count: a.count + 1)
        for i in 0...a.count { rows[i][0] = i }
        for j in 0...b.count { rows[0][j] = j }

        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(
                    rows[i - 1][j] + 1,
                    rows[i][j - 1] + 1,
                    rows[i - 1][j - 1] + cost
                )
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, rows[i - 2][j - 2] + 1)
                }
                rows[i][j] = value
            }
        }
        return rows[a.count][b.count]
    }
}
