/// Posts by year and month, newest first, for `/archive.html`, `/YYYY/` and `/YYYY/MM/`.
public struct Archive: Sendable {
    public struct Month: Sendable {
        public var year: Int
        public var month: Int
        public var postIndexes: [Int]

        public var sitePath: String {
            "\(year)/\(month < 10 ? "0" : "")\(month)/"
        }
    }

    public struct Year: Sendable {
        public var year: Int
        public var months: [Month]

        public var sitePath: String { "\(year)/" }
        public var postIndexes: [Int] { months.flatMap(\.postIndexes) }
    }

    public var years: [Year]

    /// Builds the archive from posts already sorted newest first.
    init(posts: [Post]) {
        var years: [Year] = []
        for (index, post) in posts.enumerated() {
            guard let local = post.date?.local else { continue }
            if years.last?.year != local.year {
                years.append(Year(year: local.year, months: []))
            }
            if years[years.count - 1].months.last?.month != local.month {
                years[years.count - 1].months.append(
                    Month(year: local.year, month: local.month, postIndexes: []))
            }
            let last = years[years.count - 1].months.count - 1
            years[years.count - 1].months[last].postIndexes.append(index)
        }
        self.years = years
    }
}
