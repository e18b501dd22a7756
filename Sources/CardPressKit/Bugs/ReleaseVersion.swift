/// A release number such as `14.3` or `10.15.7`, compared part by part with missing parts
/// read as zero, so `14`, `14.0` and `14.0.0` are the same release.
public struct ReleaseVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The numbers as written, most significant first.
    public var parts: [Int]

    public init(_ parts: [Int]) {
        self.parts = parts
    }

    /// Reads `14`, `14.3` or `10.15.7`; nil for anything else (names are resolved by
    /// `PlatformReleases`).
    public init?(_ text: some StringProtocol) {
        var parts: [Int] = []
        var current: Int?
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = Int(byte - UInt8(ascii: "0"))
                let value = (current ?? 0) * 10 + digit
                guard value < 1_000_000 else { return nil }
                current = value
            case UInt8(ascii: "."):
                guard let number = current else { return nil }
                parts.append(number)
                current = nil
            default:
                return nil
            }
        }
        guard let last = current else { return nil }
        parts.append(last)
        self.parts = parts
    }

    public var description: String {
        parts.map(String.init).joined(separator: ".")
    }

    public static func < (lhs: ReleaseVersion, rhs: ReleaseVersion) -> Bool {
        for index in 0..<max(lhs.parts.count, rhs.parts.count) {
            let left = lhs.part(index)
            let right = rhs.part(index)
            if left != right { return left < right }
        }
        return false
    }

    public static func == (lhs: ReleaseVersion, rhs: ReleaseVersion) -> Bool {
        !(lhs < rhs) && !(rhs < lhs)
    }

    public func hash(into hasher: inout Hasher) {
        var trimmed = parts
        while trimmed.count > 1, trimmed.last == 0 { trimmed.removeLast() }
        hasher.combine(trimmed)
    }

    /// The first release after every release that starts with these parts: `14.0` → `14.1`,
    /// `14` → `15`. `14.0` written alone means "14.0 and its updates", up to this bound.
    var nextSibling: ReleaseVersion {
        var next = parts
        next[next.count - 1] += 1
        return ReleaseVersion(next)
    }

    /// The first `count` parts, padded with zeros.
    func prefix(_ count: Int) -> ReleaseVersion {
        ReleaseVersion((0..<count).map(part))
    }

    private func part(_ index: Int) -> Int {
        index < parts.count ? parts[index] : 0
    }
}
