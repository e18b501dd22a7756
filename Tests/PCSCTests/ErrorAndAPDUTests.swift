import CPCSCLite
import PCSC
import Testing

@Suite("PC/SC errors, status words and write refusal")
struct ErrorAndAPDUTests {
    @Test(arguments: [
        (Int(SCARD_E_NOT_TRANSACTED), "SCARD_E_NOT_TRANSACTED"),
        (Int(SCARD_E_NO_SERVICE), "SCARD_E_NO_SERVICE"),
        (Int(SCARD_E_SHARING_VIOLATION), "SCARD_E_SHARING_VIOLATION"),
        (Int(SCARD_W_REMOVED_CARD), "SCARD_W_REMOVED_CARD"),
        (Int(SCARD_E_UNSUPPORTED_FEATURE), "SCARD_E_UNSUPPORTED_FEATURE"),
    ])
    func errorNamesComeFromTheHeader(value: Int, name: String) {
        let error = PCSCError(function: "SCardTest", code: UInt32(truncatingIfNeeded: value))

        #expect(error.name == name)
        #expect(error.hexCode == "0x" + Hex.word(UInt32(truncatingIfNeeded: value)))
        let text = String(cString: pcsc_stringify_error(LONG(value)))
        #expect(error.message == text)
        #expect(error.description.contains(name))
    }

    @Test func notTransactedIsTheSpecificationValue() {
        let error = PCSCError(function: "SCardTransmit", code: 0x8010_0016)

        #expect(error.is(.notTransacted))
        #expect(error.hexCode == "0x80100016")
        #expect(error.message == "Transaction failed.")
    }

    @Test func unknownCodeStillCarriesItsValue() {
        let error = PCSCError(function: "SCardTest", code: 0x1234_5678)

        #expect(error.name == "UNKNOWN")
        #expect(error.hexCode == "0x12345678")
    }

    @Test func adviceForTheFaultsUsersMeet() {
        let noService = PCSCError(function: "x", code: PCSCErrorCode.noService.code)
        let sharing = PCSCError(function: "x", code: PCSCErrorCode.sharingViolation.code)

        #expect(noService.advice?.contains("pcscd") == true)
        #expect(sharing.advice?.contains("scdaemon") == true)
    }

    @Test(
        arguments: [
            ([0x90, 0x00], "normal processing: no further qualification"),
            ([0x63, 0xC2], "warning: verification failed, 2 tries left"),
            ([0x6A, 0x82], "wrong parameters: file or application not found"),
            ([0x61, 0x10], "normal processing: 16 more byte(s) available"),
            ([0x6D, 0x00], "instruction code not supported or invalid"),
        ] as [([UInt8], String)])
    func statusWordMeanings(bytes: [UInt8], meaning: String) {
        #expect(StatusWord(response: [0x01] + bytes)?.meaning == meaning)
    }

    @Test func shortResponseHasNoStatusWord() {
        #expect(StatusWord(response: [0x90]) == nil)
    }

    @Test(arguments: [
        "0020008108313233340000000000", "002C000100", "00DA010100", "00D6000001FF", "000E000000",
        "0047800000", "00E6000000", "00FE000000", "0024000100",
    ])
    func writeCommandsAreRisky(hex: String) {
        let command = CommandAPDU(Hex.parse(hex) ?? [])

        #expect(command?.writeRisk != nil)
    }

    @Test(arguments: ["00A4040007A0000000031010", "0084000008", "00CA004F00", "00B0000000"])
    func readCommandsAreNot(hex: String) {
        let command = CommandAPDU(Hex.parse(hex) ?? [])

        #expect(command != nil)
        #expect(command?.writeRisk == nil)
    }

    @Test func hexParsing() {
        #expect(Hex.parse("3B 88:80,0x01") == [0x3B, 0x88, 0x80, 0x01])
        #expect(Hex.parse("3B8") == nil)
        #expect(Hex.parse("3G") == nil)
        #expect(Hex.spaced([0x3B, 0x0A]) == "3B 0A")
    }
}
