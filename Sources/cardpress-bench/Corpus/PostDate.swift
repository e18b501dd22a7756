/// A post's date with its own UTC offset, written the same way for both tools.
///
/// Hours stay between 08:00 and 20:59 and offsets between +00:00 and +02:00, so the day (and
/// so the `/YYYY/MM/` part of a URL) is the same whichever offset a tool converts to.
struct PostDate: Comparable {
    let year: Int
    let month: Int
    let day: Int
    let hour: Int
    let minute: Int
    let offsetHours: Int

    static func < (lhs: PostDate, rhs: PostDate) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.hour, lhs.minute)
            < (rhs.year, rhs.month, rhs.day, rhs.hour, rhs.minute)
    }
}

extension PostDate {
    /// A date between 2006 and 2024, so no post is in the future and none is held back.
    static func random(using rng: inout SplitMix64) -> PostDate {
        PostDate(
            year: rng.int(in: 2006...2024),
            month: rng.int(in: 1...12),
            day: rng.int(in: 1...28),
            hour: rng.int(in: 8...20),
            minute: rng.int(in: 0...59),
            offsetHours: rng.int(in: 0...2)
        )
    }

    /// ISO 8601 with offset, e.g. `2023-09-12T14:05:00+02:00`: both tools read this form.
    var iso8601: String {
        "\(year)-\(twoDigits(month))-\(twoDigits(day))T\(twoDigits(hour)):\(twoDigits(minute))"
            + ":00+\(twoDigits(offsetHours)):00"
    }

    /// The day alone, e.g. `2023-09-12`, for bug history entries.
    var dayString: String {
        "\(year)-\(twoDigits(month))-\(twoDigits(day))"
    }

    /// The same time `months` months later (days past the 28th never occur here).
    func adding(months: Int) -> PostDate {
        let total = (year * 12 + month - 1) + months
        return PostDate(
            year: total / 12,
            month: total % 12 + 1,
            day: day,
            hour: hour,
            minute: minute,
            offsetHours: offsetHours
        )
    }

    private func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
