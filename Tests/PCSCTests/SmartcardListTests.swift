import Foundation
import PCSC
import Testing

@Suite("smartcard_list.txt identification")
struct SmartcardListTests {
    static let text = """
        # comment
        3B 88 80 01 00 00 00 00 33 71 71 00 3A
        \tSeed contactless card
        3B 8F 80 01 80 4F 0C A0 00 00 03 06 .. 00 01 00 00 00 00 ..
        \tAny PC/SC part 3 MIFARE Classic 1K
        \thttps://example.invalid/
        3B DA 18 FF 81 B1 FE 75 1F 03 00 31 C5 73 C0 01 40 00 90 00 0C
        \tOpenPGP card
        3B [C-E]A .*
        \tWild
        """

    @Test func exactPatternMatches() {
        let list = SmartcardList(path: "inline", text: Self.text)
        let seed: [UInt8] = [
            0x3B, 0x88, 0x80, 0x01, 0x00, 0x00, 0x00, 0x00, 0x33, 0x71, 0x71, 0x00, 0x3A,
        ]

        #expect(list.entries.count == 4)
        #expect(list.matches(for: seed).map(\.descriptions) == [["Seed contactless card"]])
        #expect(list.matches(for: seed).first?.line == 2)
    }

    @Test func dotsSetsAndStar() {
        let list = SmartcardList(path: "inline", text: Self.text)
        let mifare = Hex.parse("3B 8F 80 01 80 4F 0C A0 00 00 03 06 03 00 01 00 00 00 00 6A")
        let openPGP = Hex.parse("3B DA 18 FF 81 B1 FE 75 1F 03 00 31 C5 73 C0 01 40 00 90 00 0C")

        #expect(list.matches(for: mifare ?? []).count == 1)
        #expect(list.matches(for: openPGP ?? []).count == 2)
        #expect(list.matches(for: [0x3B, 0xFA]).isEmpty)
    }

    @Test func installedListIdentifiesAKnownCard() throws {
        let path = "/usr/share/pcsc/smartcard_list.txt"
        try #require(
            FileManager.default.fileExists(atPath: path)
                || ProcessInfo.processInfo.environment["CARDPRESS_PCSC_TESTS"] != "1",
            "pcsc-tools' smartcard_list.txt is missing; run scripts/pcsc/install")
        guard let list = SmartcardList.installed() else {
            return
        }
        let mifare = Hex.parse("3B 8F 80 01 80 4F 0C A0 00 00 03 06 03 00 01 00 00 00 00 6A")
        let names = list.matches(for: mifare ?? []).flatMap(\.descriptions)

        #expect(names.contains { $0.contains("MIFARE Classic 1K") })
    }
}
