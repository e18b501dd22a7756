/// Finds the known name closest to a mistyped one, for "did you mean" hints.
///
/// Distance is counted in edits (insert, delete, replace, or swap two neighbours), so a
/// transposed `outptu` is one edit from `output`.
enum Suggestion {
    /// The candidate nearest to `typed`, if it is near enough to be a likely typo.
    ///
    /// Ties go to the earlier candidate, so declaration order decides.
    static func closest(to typed: String, among candidates: [String]) -> String? {
        let typedBytes = Array(typed.utf8)
        var best: (name: String, distance: Int)?

        for candidate in candidates {
            let distance = editDistance(typedBytes, Array(candidate.utf8))
            let limit = max(1, min(3, candidate.utf8.count / 3))
            guard distance <= limit else { continue }
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
