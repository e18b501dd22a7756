extension ReleaseRange {
    /// Reads a range for a platform (whose release names are understood); the error is a
    /// message for the author that quotes the text and says what is allowed.
    public static func parse(_ text: String, platform: String) -> Result<ReleaseRange, RangeError> {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        var intervals: [Interval] = []
        for part in parts {
            let trimmed = part.trimmingSpaces
            guard !trimmed.isEmpty else {
                return .failure(
                    RangeError(text: text, problem: "a comma with no release beside it"))
            }
            switch interval(trimmed, platform: platform) {
            case .success(let interval):
                guard !interval.isEmpty else {
                    return .failure(
                        RangeError(text: text, problem: "'\(trimmed)' holds no release"))
                }
                intervals.append(interval)
            case .failure(let problem):
                return .failure(RangeError(text: text, problem: problem.text))
            }
        }
        return .success(ReleaseRange(text: text, intervals: intervals))
    }

    /// A release number, or a name the platform knows.
    static func version(_ text: Substring, platform: String) -> ReleaseVersion? {
        ReleaseVersion(text) ?? PlatformReleases.version(named: String(text), platform: platform)
    }

    private static func interval(
        _ text: Substring,
        platform: String
    ) -> Result<Interval, Problem> {
        guard let first = text.first, "<>=".contains(first) else {
            guard let version = version(text, platform: platform) else {
                return .failure(unknownRelease(text, platform: platform))
            }
            return .success(
                Interval(
                    lower: Bound(version: version, inclusive: true),
                    upper: Bound(version: version.nextSibling, inclusive: false)))
        }

        var interval = Interval()
        var rest = text
        while !rest.isEmpty {
            let operatorText = rest.prefix { "<>=".contains($0) }
            rest = rest.dropFirst(operatorText.count)
            let operand = rest.prefix { !"<>=".contains($0) }.trimmingSpaces
            rest = rest.drop { !"<>=".contains($0) }
            guard !operand.isEmpty else {
                return .failure(Problem(text: "'\(operatorText)' needs a release after it"))
            }
            guard let version = version(operand, platform: platform) else {
                return .failure(unknownRelease(operand, platform: platform))
            }
            switch operatorText {
            case ">=": interval.raiseLower(Bound(version: version, inclusive: true))
            case ">": interval.raiseLower(Bound(version: version, inclusive: false))
            case "<=": interval.lowerUpper(Bound(version: version, inclusive: true))
            case "<": interval.lowerUpper(Bound(version: version, inclusive: false))
            case "=", "==":
                interval.raiseLower(Bound(version: version, inclusive: true))
                interval.lowerUpper(Bound(version: version, inclusive: true))
            default:
                return .failure(
                    Problem(
                        text: "unknown comparison '\(operatorText)' (use >=, >, <=, < or =)"))
            }
        }
        return .success(interval)
    }

    private static func unknownRelease(_ text: Substring, platform: String) -> Problem {
        let names = PlatformReleases.names(platform: platform)
        let named =
            names.isEmpty
            ? ""
            : " or a \(PlatformReleases.displayName(platform))"
                + " release name (\(names.joined(separator: ", ")))"
        return Problem(text: "'\(text)' is not a release number such as 14.2\(named)")
    }

    private struct Problem: Error {
        var text: String
    }
}

extension ReleaseRange.Interval {
    mutating func raiseLower(_ bound: ReleaseRange.Bound) {
        guard let lower else { return self.lower = bound }
        if bound.version > lower.version
            || (bound.version == lower.version && !bound.inclusive)
        {
            self.lower = bound
        }
    }

    mutating func lowerUpper(_ bound: ReleaseRange.Bound) {
        guard let upper else { return self.upper = bound }
        if bound.version < upper.version
            || (bound.version == upper.version && !bound.inclusive)
        {
            self.upper = bound
        }
    }
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        var text = self
        while text.first == " " || text.first == "\t" { text = text.dropFirst() }
        while text.last == " " || text.last == "\t" { text = text.dropLast() }
        return text
    }
}
