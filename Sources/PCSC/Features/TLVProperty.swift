import CPCSCLite

/// One property of a `FEATURE_GET_TLV_PROPERTIES` answer, named as PC/SC part 10 names it.
public struct TLVProperty: Sendable, Equatable {
    /// The property tag (`PCSCv2_PART10_PROPERTY_*`).
    public let tag: UInt8

    /// The raw value bytes.
    public let value: [UInt8]

    /// The part 10 name (`wLcdLayout`, `bMinPINSize`, ...), or `0xNN` for an unknown tag.
    public var name: String {
        Self.names.first { $0.0 == tag }?.1 ?? "0x\(Hex.byte(tag))"
    }

    /// The value as a little-endian integer, which is how part 10 sends b, w and dw fields.
    public var integer: UInt64? {
        guard !value.isEmpty, value.count <= 8, !isText else {
            return nil
        }
        return value.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }

    /// The value as text for `s` properties (`sFirmwareID`).
    public var text: String? {
        isText ? String(decoding: value, as: UTF8.self) : nil
    }

    /// The value the way the probe prints it: text, a decimal number with its hex form, or
    /// the bytes.
    public var displayValue: String {
        if let text {
            return "\"\(text)\""
        }
        if let integer {
            let digits = String(integer, radix: 16, uppercase: true)
            let padded = String(repeating: "0", count: max(0, value.count * 2 - digits.count))
            return "\(integer) (0x\(padded)\(digits))"
        }
        return Hex.spaced(value)
    }

    private var isText: Bool {
        tag == UInt8(PCSCv2_PART10_PROPERTY_sFirmwareID)
    }

    static let names: [(UInt8, String)] = [
        (UInt8(PCSCv2_PART10_PROPERTY_wLcdLayout), "wLcdLayout"),
        (UInt8(PCSCv2_PART10_PROPERTY_bEntryValidationCondition), "bEntryValidationCondition"),
        (UInt8(PCSCv2_PART10_PROPERTY_bTimeOut2), "bTimeOut2"),
        (UInt8(PCSCv2_PART10_PROPERTY_wLcdMaxCharacters), "wLcdMaxCharacters"),
        (UInt8(PCSCv2_PART10_PROPERTY_wLcdMaxLines), "wLcdMaxLines"),
        (UInt8(PCSCv2_PART10_PROPERTY_bMinPINSize), "bMinPINSize"),
        (UInt8(PCSCv2_PART10_PROPERTY_bMaxPINSize), "bMaxPINSize"),
        (UInt8(PCSCv2_PART10_PROPERTY_sFirmwareID), "sFirmwareID"),
        (UInt8(PCSCv2_PART10_PROPERTY_bPPDUSupport), "bPPDUSupport"),
        (UInt8(PCSCv2_PART10_PROPERTY_dwMaxAPDUDataSize), "dwMaxAPDUDataSize"),
        (UInt8(PCSCv2_PART10_PROPERTY_wIdVendor), "wIdVendor"),
        (UInt8(PCSCv2_PART10_PROPERTY_wIdProduct), "wIdProduct"),
    ]
}
