import PCSC
import Testing

@Suite("PC/SC part 10 decoding")
struct FeatureDecodingTests {
    /// The 24-byte GET_FEATURE_REQUEST answer from the seed material (Gemalto PIN pad).
    static let seed: [UInt8] = [
        0x06, 0x04, 0x42, 0x33, 0x00, 0x06, 0x07, 0x04, 0x42, 0x33, 0x00, 0x07,
        0x0A, 0x04, 0x42, 0x33, 0x00, 0x0A, 0x12, 0x04, 0x42, 0x33, 0x00, 0x12,
    ]

    @Test func seedFeatureListNamesFourFeatures() {
        let list = FeatureList(bytes: Self.seed)

        #expect(list.issues.isEmpty)
        #expect(
            list.entries.map(\.feature.name) == [
                "FEATURE_VERIFY_PIN_DIRECT", "FEATURE_MODIFY_PIN_DIRECT",
                "FEATURE_IFD_PIN_PROPERTIES", "FEATURE_GET_TLV_PROPERTIES",
            ])
        #expect(list.controlCode(of: .verifyPINDirect) == 0x4233_0006)
        #expect(list.controlCode(of: .getTLVProperties) == 0x4233_0012)
        #expect(list.controlCode(of: .mctReaderDirect) == nil)
    }

    @Test func controlCodesMatchTheHeaderMacro() {
        #expect(ControlCode.getFeatureRequest == ControlCode.make(3400))
        #expect(ControlCode.make(0x33_0006) == 0x4233_0006)
    }

    @Test(arguments: [1, 5, 7, 23])
    func truncatedFeatureListKeepsWhatIsWhole(length: Int) {
        let list = FeatureList(bytes: Array(Self.seed.prefix(length)))

        #expect(list.entries.count == length / 6)
        #expect(list.issues.count == 1)
    }

    @Test func featureWithWrongLengthIsReported() {
        let list = FeatureList(bytes: [0x06, 0x02, 0x42, 0x33] + Self.seed)

        #expect(list.issues == [.wrongFeatureLength(offset: 0, length: 2)])
        #expect(list.entries.count == 4)
    }

    @Test func lengthPastTheEnd() {
        let list = FeatureList(bytes: [0x06, 0x09, 0x42, 0x33])

        #expect(list.issues == [.valuePastEnd(offset: 0, length: 9, available: 2)])
        #expect(list.entries.isEmpty)
    }

    @Test func tlvPropertiesOfAPINPadReader() {
        let bytes: [UInt8] = [
            0x01, 0x02, 0x00, 0x00, 0x02, 0x01, 0x02, 0x06, 0x01, 0x04, 0x07, 0x01, 0x08,
            0x08, 0x03, 0x41, 0x42, 0x43, 0x0A, 0x04, 0x05, 0x01, 0x00, 0x00,
            0x0B, 0x02, 0xE6, 0x08,
        ]
        let properties = TLVProperties(bytes: bytes)

        #expect(properties.issues.isEmpty)
        #expect(properties["wLcdLayout"]?.integer == 0)
        #expect(properties["bMinPINSize"]?.integer == 4)
        #expect(properties["bMaxPINSize"]?.integer == 8)
        #expect(properties["sFirmwareID"]?.text == "ABC")
        #expect(properties["dwMaxAPDUDataSize"]?.integer == 261)
        #expect(properties["wIdVendor"]?.integer == 0x08E6)
        #expect(properties["wIdVendor"]?.displayValue == "2278 (0x08E6)")
    }

    @Test func tlvPropertiesMalformed() {
        #expect(TLVProperties(bytes: [0x06]).issues == [.missingLength(offset: 0)])
        let pastEnd = TLVProperties(bytes: [0x06, 0x01, 0x04, 0x07, 0x05, 0x08])
        #expect(pastEnd.properties.count == 1)
        #expect(pastEnd.issues == [.valuePastEnd(offset: 3, length: 5, available: 1)])
        #expect(TLVProperties(bytes: [0x42, 0x01, 0x00]).properties.first?.name == "0x42")
    }

    @Test func pinProperties() throws {
        let pin = try PINProperties.decode([0x10, 0x02, 0x02, 0x1E]).get()

        #expect(pin.display?.columns == 16)
        #expect(pin.display?.lines == 2)
        #expect(pin.validationConditions == ["validation-key"])
        #expect(pin.timeOut2 == 30)
        #expect(throws: TLVDecodeIssue.tooShort(needed: 4, present: 3)) {
            try PINProperties.decode([0x00, 0x00, 0x02]).get()
        }
    }

    @Test func pinVerifyRequestCarriesTheVerifyAPDU() {
        let request = PINVerifyRequest.standard

        #expect(request.count == 19 + 13)
        #expect(Array(request[15..<19]) == [13, 0, 0, 0])
        #expect(Array(request[19..<23]) == [0x00, 0x20, 0x00, 0x81])
    }
}
