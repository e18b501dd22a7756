import CPCSCLite

/// A PC/SC part 10 feature a reader announces in its `GET_FEATURE_REQUEST` answer.
///
/// The tags come from pcsc-lite's `reader.h`, so a header that adds one is picked up by its
/// constant rather than by a literal kept here.
public struct ReaderFeature: Sendable, Hashable {
    /// The feature tag (`FEATURE_VERIFY_PIN_DIRECT` is 0x06).
    public let tag: UInt8

    /// The header's name for the tag, or `FEATURE_0xNN` for a tag the header does not know.
    public var name: String {
        Self.names.first { $0.0 == tag }?.1 ?? "FEATURE_0x\(Hex.byte(tag))"
    }

    /// Builds a feature from its tag.
    public init(tag: UInt8) {
        self.tag = tag
    }

    public static let verifyPINDirect = Self(tag: UInt8(FEATURE_VERIFY_PIN_DIRECT))
    public static let modifyPINDirect = Self(tag: UInt8(FEATURE_MODIFY_PIN_DIRECT))
    public static let ifdPINProperties = Self(tag: UInt8(FEATURE_IFD_PIN_PROPERTIES))
    public static let getTLVProperties = Self(tag: UInt8(FEATURE_GET_TLV_PROPERTIES))
    public static let mctReaderDirect = Self(tag: UInt8(FEATURE_MCT_READER_DIRECT))

    static let names: [(UInt8, String)] = [
        (UInt8(FEATURE_VERIFY_PIN_START), "FEATURE_VERIFY_PIN_START"),
        (UInt8(FEATURE_VERIFY_PIN_FINISH), "FEATURE_VERIFY_PIN_FINISH"),
        (UInt8(FEATURE_MODIFY_PIN_START), "FEATURE_MODIFY_PIN_START"),
        (UInt8(FEATURE_MODIFY_PIN_FINISH), "FEATURE_MODIFY_PIN_FINISH"),
        (UInt8(FEATURE_GET_KEY_PRESSED), "FEATURE_GET_KEY_PRESSED"),
        (UInt8(FEATURE_VERIFY_PIN_DIRECT), "FEATURE_VERIFY_PIN_DIRECT"),
        (UInt8(FEATURE_MODIFY_PIN_DIRECT), "FEATURE_MODIFY_PIN_DIRECT"),
        (UInt8(FEATURE_MCT_READER_DIRECT), "FEATURE_MCT_READER_DIRECT"),
        (UInt8(FEATURE_MCT_UNIVERSAL), "FEATURE_MCT_UNIVERSAL"),
        (UInt8(FEATURE_IFD_PIN_PROPERTIES), "FEATURE_IFD_PIN_PROPERTIES"),
        (UInt8(FEATURE_ABORT), "FEATURE_ABORT"),
        (UInt8(FEATURE_SET_SPE_MESSAGE), "FEATURE_SET_SPE_MESSAGE"),
        (UInt8(FEATURE_VERIFY_PIN_DIRECT_APP_ID), "FEATURE_VERIFY_PIN_DIRECT_APP_ID"),
        (UInt8(FEATURE_MODIFY_PIN_DIRECT_APP_ID), "FEATURE_MODIFY_PIN_DIRECT_APP_ID"),
        (UInt8(FEATURE_WRITE_DISPLAY), "FEATURE_WRITE_DISPLAY"),
        (UInt8(FEATURE_GET_KEY), "FEATURE_GET_KEY"),
        (UInt8(FEATURE_IFD_DISPLAY_PROPERTIES), "FEATURE_IFD_DISPLAY_PROPERTIES"),
        (UInt8(FEATURE_GET_TLV_PROPERTIES), "FEATURE_GET_TLV_PROPERTIES"),
        (UInt8(FEATURE_CCID_ESC_COMMAND), "FEATURE_CCID_ESC_COMMAND"),
        (UInt8(FEATURE_EXECUTE_PACE), "FEATURE_EXECUTE_PACE"),
    ]
}
