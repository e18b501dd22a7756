/// The releases a bug shows in, as the author wrote them: one release and its updates
/// (`14.0`), a named release (`Sonoma`, every 14.x), bounds (`>=14.0 <14.3`), or several of
/// these separated by commas (`14.0, 14.1`).
///
/// Comparisons are numeric with missing parts read as zero, so `<14.3` stops before 14.3.0.
public struct ReleaseRange: Sendable, Hashable {
    /// One comma-separated part: every release between two optional bounds.
    public struct Interval: Sendable, Hashable {
        public var lower: Bound?
        public var upper: Bound?
    }

    public struct Bound: Sendable, Hashable {
        public var version: ReleaseVersion
        public var inclusive: Bool
    }

    /// The text as written, shown on pages.
    public var text: String
    public var intervals: [Interval]
}

extension ReleaseRange {
    /// Whether a release shows the bug.
    public func contains(_ version: ReleaseVersion) -> Bool {
        intervals.contains { $0.contains(version) }
    }

    /// Whether any release of the line starting at `line` (up to `end`, excluded) shows the
    /// bug: does the bug affect "any 14.x"?
    public func touches(from line: ReleaseVersion, before end: ReleaseVersion) -> Bool {
        intervals.contains { interval in
            if let lower = interval.lower, lower.version >= end { return false }
            if let upper = interval.upper {
                if upper.version < line { return false }
                if upper.version == line && !upper.inclusive { return false }
            }
            return true
        }
    }

    /// The release lines the range names by a bound: where to look for release pages. An
    /// end such as `<15` names no release of 15, so it adds no line.
    func mentionedLines(platform: String) -> Set<ReleaseVersion> {
        var lines = Set<ReleaseVersion>()
        for interval in intervals {
            if let lower = interval.lower {
                lines.insert(PlatformReleases.line(of: lower.version, platform: platform))
            }
            if let upper = interval.upper {
                let line = PlatformReleases.line(of: upper.version, platform: platform)
                if upper.inclusive || line < upper.version { lines.insert(line) }
            }
        }
        return lines
    }

    /// How the range contradicts a fix release and what to do, in words; nil when it does
    /// not.
    func contradiction(fixedIn fix: ReleaseVersion) -> String? {
        for interval in intervals {
            if interval.contains(fix) {
                let start = interval.lower.map { ">=\($0.version) " } ?? ""
                return "contains the fix release \(fix) (fixed_in); end it before the fix, "
                    + "as in '\(start)<\(fix)'"
            }
            if let lower = interval.lower, lower.version > fix {
                return "starts at \(lower.version), after the fix release \(fix) (fixed_in); "
                    + "correct one of them, or track a regression as a bug of its own"
            }
        }
        return nil
    }
}

extension ReleaseRange.Interval {
    func contains(_ version: ReleaseVersion) -> Bool {
        if let lower {
            if version < lower.version || (version == lower.version && !lower.inclusive) {
                return false
            }
        }
        if let upper {
            if version > upper.version || (version == upper.version && !upper.inclusive) {
                return false
            }
        }
        return true
    }

    /// Whether no release can be inside, as in `>=14.3 <14.0`.
    var isEmpty: Bool {
        guard let lower, let upper else { return false }
        if lower.version > upper.version { return true }
        return lower.version == upper.version && !(lower.inclusive && upper.inclusive)
    }
}
