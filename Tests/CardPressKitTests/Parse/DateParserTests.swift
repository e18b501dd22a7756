import Foundation
import Testing

@testable import CardPressKit

@Suite("Dates in post metadata")
struct DateParserTests {
    let paris = DateParser(timeZone: TimeZone(identifier: "Europe/Paris") ?? .gmt)

    @Test(
        "every accepted form gives the instant and the offset it was written in",
        arguments: [
            ("2023-10-04T09:47:47+02:00", 1_696_405_667, 7200),
            ("2023-10-04T07:47:47Z", 1_696_405_667, 0),
            ("2023-10-04 09:47:47 UTC+02:00", 1_696_405_667, 7200),
            ("2023-10-04 09:47:47 +02:00", 1_696_405_667, 7200),
            ("2023-10-04 09:47:47 UTC-05:30", 1_696_432_667, -19800),
            // Without an offset, the site's time zone applies, summer time included.
            ("2023-10-04 09:47", 1_696_405_620, 7200),
            ("2023-01-15 09:47", 1_673_772_420, 3600),
            ("2023-10-04", 1_696_370_400, 7200),
        ])
    func acceptedForms(text: String, epoch: Int64, offset: Int) throws {
        let date = try #require(paris.parse(text))
        #expect(date.epochSeconds == epoch)
        #expect(date.offsetSeconds == offset)
    }

    @Test(
        "malformed dates are refused",
        arguments: [
            "", "yesterday", "2023-13-01", "2023-02-30", "2023-10-04 25:00", "2023-10-4",
            "2023/10/04", "2023-10-04T09:47:47+2", "2023-10-04 09:47:47 UTC+02:00 extra",
        ])
    func refused(text: String) {
        #expect(paris.parse(text) == nil)
    }

    @Test("a date prints as RFC 822 for feeds and ISO 8601 for pages, in its own offset")
    func formats() throws {
        let date = try #require(paris.parse("2023-10-04 09:47:47 UTC+02:00"))
        #expect(date.rfc822 == "Wed, 04 Oct 2023 09:47:47 +0200")
        #expect(date.iso8601 == "2023-10-04T09:47:47+02:00")
        #expect(date.local.year == 2023 && date.local.month == 10 && date.local.day == 4)
    }
}
