import Foundation

/// Reads the date forms authors write: ISO 8601 with an offset, Nikola's
/// `2023-10-04 09:47:47 UTC+02:00`, and `2023-10-04 09:47` or `2023-10-04` in the site's zone.
public struct DateParser: Sendable {
    /// The zone a date without an offset is read in.
    public var timeZone: TimeZone

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// The forms accepted, for error messages.
    public static let acceptedForms =
        "2023-10-04T09:47:47+02:00, 2023-10-04 09:47:47 UTC+02:00, 2023-10-04 09:47 or 2023-10-04"

    /// Parses `text`, or returns nil when it has none of the accepted forms.
    public func parse(_ text: String) -> PostDate? {
        var scanner = ByteScanner(Array(text.utf8))
        scanner.skipSpaces()

        guard let year = scanner.digits(exactly: 4), scanner.take(UInt8(ascii: "-")),
            let month = scanner.digits(exactly: 2), scanner.take(UInt8(ascii: "-")),
            let day = scanner.digits(exactly: 2),
            CivilDateTime.isValid(year: year, month: month, day: day)
        else { return nil }

        var hour = 0
        var minute = 0
        var second = 0
        let hasTime = scanner.take(UInt8(ascii: "T")) || scanner.takeSpaces()
        if hasTime && !scanner.atEnd {
            guard let parsedHour = scanner.digits(exactly: 2), parsedHour < 24,
                scanner.take(UInt8(ascii: ":")),
                let parsedMinute = scanner.digits(exactly: 2), parsedMinute < 60
            else { return nil }
            hour = parsedHour
            minute = parsedMinute
            if scanner.take(UInt8(ascii: ":")) {
                guard let parsedSecond = scanner.digits(exactly: 2), parsedSecond < 61 else {
                    return nil
                }
                second = min(parsedSecond, 59)
                if scanner.take(UInt8(ascii: ".")) { scanner.skipDigits() }
            }
        }

        let offset = scanner.offset()
        scanner.skipSpaces()
        guard scanner.atEnd, offset != .invalid else { return nil }

        let days = CivilDateTime.days(year: year, month: month, day: day)
        let localSeconds = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        switch offset {
        case .seconds(let seconds):
            return PostDate(
                epochSeconds: localSeconds - Int64(seconds), offsetSeconds: seconds)
        case .none:
            let seconds = zoneOffset(forLocal: localSeconds)
            return PostDate(
                epochSeconds: localSeconds - Int64(seconds), offsetSeconds: seconds)
        case .invalid:
            return nil
        }
    }

    /// The zone's offset at a local wall-clock time, settled in two steps for DST changes.
    private func zoneOffset(forLocal localSeconds: Int64) -> Int {
        let guess = Date(timeIntervalSince1970: TimeInterval(localSeconds))
        let first = timeZone.secondsFromGMT(for: guess)
        let corrected = Date(timeIntervalSince1970: TimeInterval(localSeconds - Int64(first)))
        return timeZone.secondsFromGMT(for: corrected)
    }
}

private enum ParsedOffset: Equatable {
    case none
    case seconds(Int)
    case invalid
}

/// A cursor over ASCII bytes for the date grammar.
private struct ByteScanner {
    let bytes: [UInt8]
    var index = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var atEnd: Bool { index >= bytes.count }

    mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    @discardableResult
    mutating func takeSpaces() -> Bool {
        let start = index
        skipSpaces()
        return index > start
    }

    mutating func skipSpaces() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
    }

    mutating func skipDigits() {
        while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
    }

    mutating func digits(exactly count: Int) -> Int? {
        guard index + count <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[index..<index + count] {
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        index += count
        return value
    }

    /// `Z`, `+02:00`, `+0200`, `+02`, optionally after `UTC`/`GMT` and spaces.
    mutating func offset() -> ParsedOffset {
        skipSpaces()
        if atEnd { return .none }
        let rest = String(decoding: bytes[index...], as: UTF8.self)
        if rest.hasPrefix("UTC") || rest.hasPrefix("GMT") {
            index += 3
            if atEnd || bytes[index] == 0x20 { return .seconds(0) }
        }
        if take(UInt8(ascii: "Z")) { return .seconds(0) }
        let sign: Int
        if take(UInt8(ascii: "+")) {
            sign = 1
        } else if take(UInt8(ascii: "-")) {
            sign = -1
        } else {
            return .invalid
        }
        guard let hours = digits(exactly: 2), hours <= 14 else { return .invalid }
        var minutes = 0
        if take(UInt8(ascii: ":")) {
            guard let value = digits(exactly: 2) else { return .invalid }
            minutes = value
        } else if let value = digits(exactly: 2) {
            minutes = value
        }
        guard minutes < 60 else { return .invalid }
        return .seconds(sign * (hours * 3600 + minutes * 60))
    }
}
