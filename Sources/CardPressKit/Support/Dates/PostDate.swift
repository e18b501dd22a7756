import Foundation

/// An instant together with the UTC offset it was written in.
///
/// A post dated `2023-10-04 00:30 +02:00` belongs to October in its own offset, even though
/// it is still October 3rd in UTC: URLs and archives use the written offset, feeds the instant.
public struct PostDate: Sendable, Hashable, Comparable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var epochSeconds: Int64
    /// Seconds east of UTC.
    public var offsetSeconds: Int

    public init(epochSeconds: Int64, offsetSeconds: Int) {
        self.epochSeconds = epochSeconds
        self.offsetSeconds = offsetSeconds
    }

    public static func < (lhs: PostDate, rhs: PostDate) -> Bool {
        lhs.epochSeconds < rhs.epochSeconds
    }

    public var date: Date { Date(timeIntervalSince1970: TimeInterval(epochSeconds)) }

    /// The wall-clock fields in the written offset.
    public var local: CivilDateTime {
        CivilDateTime(epochSeconds: epochSeconds + Int64(offsetSeconds))
    }

    /// `2023-10-04T09:47:47+02:00`.
    public var iso8601: String {
        let time = local
        return "\(time.isoDate)T\(pad(time.hour)):\(pad(time.minute)):\(pad(time.second))"
            + offsetText(separator: ":")
    }

    /// `Wed, 04 Oct 2023 09:47:47 +0200`, the form RSS 2.0 asks for.
    public var rfc822: String {
        let time = local
        return "\(CivilDateTime.weekdayNames[time.weekday]), \(pad(time.day)) "
            + "\(CivilDateTime.monthAbbreviations[time.month - 1]) \(time.year) "
            + "\(pad(time.hour)):\(pad(time.minute)):\(pad(time.second)) "
            + offsetText(separator: "")
    }

    /// `4 October 2023`, for people.
    public var longDate: String {
        let time = local
        return "\(time.day) \(CivilDateTime.monthNames[time.month - 1]) \(time.year)"
    }

    private func offsetText(separator: String) -> String {
        let sign = offsetSeconds < 0 ? "-" : "+"
        let minutes = abs(offsetSeconds) / 60
        return "\(sign)\(pad(minutes / 60))\(separator)\(pad(minutes % 60))"
    }

    private func pad(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
