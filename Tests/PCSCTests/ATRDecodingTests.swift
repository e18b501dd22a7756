import PCSC
import Testing

@Suite("ATR decoding")
struct ATRDecodingTests {
    /// The 13-byte ATR from the seed material (Gemalto Prox DU, contactless interface).
    static let seed: [UInt8] = [
        0x3B, 0x88, 0x80, 0x01, 0x00, 0x00, 0x00, 0x00, 0x33, 0x71, 0x71, 0x00, 0x3A,
    ]

    @Test func seedATRDecodesCompletely() {
        let atr = ATR(bytes: Self.seed)

        #expect(atr.isWellFormed)
        #expect(atr.convention == .direct)
        #expect(atr.announcedHistoricalCount == 8)
        #expect(atr.groups.count == 2)
        #expect(atr.groups[0].td == 0x80)
        #expect(atr.groups[1].td == 0x01)
        #expect(atr.protocols == [0, 1])
        #expect(atr.historicalBytes == [0x00, 0x00, 0x00, 0x00, 0x33, 0x71, 0x71, 0x00])
        #expect(atr.checkByte == .valid(0x3A))
        #expect(atr.historical?.typeB?.applicationData == [0, 0, 0, 0])
        #expect(atr.historical?.typeB?.protocolInfo == [0x33, 0x71, 0x71])
    }

    @Test func openPGPCardATRHasAllInterfaceBytes() {
        let bytes = Hex.parse("3B DA 18 FF 81 B1 FE 75 1F 03 00 31 C5 73 C0 01 40 00 90 00 0C")
        let atr = ATR(bytes: bytes ?? [])

        #expect(atr.isWellFormed)
        #expect(atr.groups[0].ta == 0x18)
        #expect(atr.groups[0].tc == 0xFF)
        #expect(atr.groups[1].td == 0xB1)
        #expect(atr.groups[2].ta == 0xFE)
        #expect(atr.groups[2].tb == 0x75)
        #expect(atr.groups[2].td == 0x1F)
        #expect(atr.groups[3].ta == 0x03)
        #expect(atr.protocols == [1, 15])
        #expect(atr.historical?.category == 0x00)
        #expect(atr.historical?.objects.first?.tag == 0x3)
        #expect(atr.historical?.status == [0x00, 0x90, 0x00])
        #expect(atr.checkByte == .valid(0x0C))
        let meanings = atr.interfaceByteMeanings.map(\.name)
        #expect(meanings == ["TA1", "TC1", "TD1", "TD2", "TA3", "TB3", "TD3", "TA4"])
    }

    @Test func contactlessStorageCardNamesRIDAndCard() {
        let bytes = Hex.parse("3B 8F 80 01 80 4F 0C A0 00 00 03 06 03 00 01 00 00 00 00 6A")
        let atr = ATR(bytes: bytes ?? [])

        #expect(atr.isWellFormed)
        #expect(atr.historical?.category == 0x80)
        #expect(atr.historical?.storageCard?.rid == [0xA0, 0x00, 0x00, 0x03, 0x06])
        #expect(atr.historical?.storageCard?.standard == 0x03)
        #expect(atr.historical?.storageCard?.cardName == [0x00, 0x01])
    }

    @Test func tZeroOnlyATRNeedsNoCheckByte() {
        let atr = ATR(bytes: [0x3B, 0x02, 0x14, 0x50])

        #expect(atr.isWellFormed)
        #expect(atr.checkByte == .notRequired)
        #expect(atr.protocols == [0])
    }

    @Test func wrongCheckByteIsReportedWithTheRightValue() {
        var bytes = Self.seed
        bytes[12] = 0x3B
        let atr = ATR(bytes: bytes)

        #expect(atr.checkByte == .invalid(found: 0x3B, expected: 0x3A))
        #expect(atr.issues == [.wrongCheckByte(found: 0x3B, expected: 0x3A)])
    }

    @Test(arguments: 1..<13)
    func truncatedSeedIsReportedNotCrashed(length: Int) {
        let atr = ATR(bytes: Array(Self.seed.prefix(length)))

        #expect(!atr.isWellFormed)
        #expect(atr.bytes.count == length)
    }

    @Test func truncatedInterfaceBytesNameTheMissingOnes() {
        let atr = ATR(bytes: [0x3B, 0xF0, 0x11])

        #expect(
            atr.issues.first == .truncatedInterfaceBytes(group: 1, missing: ["TB", "TC", "TD"]))
    }

    @Test func historicalBytesShortOfTheAnnouncedCount() {
        let atr = ATR(bytes: [0x3B, 0x05, 0x00, 0x00])

        #expect(atr.issues.contains(.truncatedHistoricalBytes(announced: 5, present: 2)))
    }

    @Test func compactTLVPastTheEndOfTheHistoricalBytes() {
        let atr = ATR(bytes: [0x3B, 0x03, 0x80, 0x45, 0x01])

        #expect(atr.issues.contains(.compactTLVPastEnd(offset: 1, length: 5, available: 1)))
    }

    @Test func bytesAfterTheCheckByte() {
        let atr = ATR(bytes: Self.seed + [0x00, 0x01])

        #expect(atr.issues == [.extraBytes(count: 2)])
    }

    @Test func emptyAndUnknownConvention() {
        #expect(ATR(bytes: []).issues == [.empty])
        #expect(ATR(bytes: [0x3C, 0x00]).issues.contains(.unknownConvention(0x3C)))
    }

    @Test func clockRateOfTA1() {
        let atr = ATR(bytes: [0x3B, 0x10, 0x96])

        let ta1 = atr.interfaceByteMeanings.first { $0.name == "TA1" }
        #expect(ta1?.meaning == "Fi=512, Di=32, fmax=5 MHz")
    }
}
