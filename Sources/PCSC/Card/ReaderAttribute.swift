import CPCSCLite

/// A reader attribute for `SCardGetAttrib`, built with the header's `SCARD_ATTR_VALUE`.
public struct ReaderAttribute: Sendable, Hashable {
    public let rawValue: UInt32
    /// The header name, for output.
    public let name: String

    init(_ attrClass: Int32, _ tag: DWORD, _ name: String) {
        self.rawValue = UInt32(truncatingIfNeeded: cpcsc_attr_value(DWORD(attrClass), tag))
        self.name = name
    }

    public static let vendorName = Self(
        SCARD_CLASS_VENDOR_INFO, 0x0100, "SCARD_ATTR_VENDOR_NAME")
    public static let vendorIFDType = Self(
        SCARD_CLASS_VENDOR_INFO, 0x0101, "SCARD_ATTR_VENDOR_IFD_TYPE")
    public static let vendorIFDVersion = Self(
        SCARD_CLASS_VENDOR_INFO, 0x0102, "SCARD_ATTR_VENDOR_IFD_VERSION")
    public static let vendorIFDSerial = Self(
        SCARD_CLASS_VENDOR_INFO, 0x0103, "SCARD_ATTR_VENDOR_IFD_SERIAL_NO")

    /// The attributes `env` and `features` try on each reader.
    public static let identity: [ReaderAttribute] = [
        .vendorName, .vendorIFDType, .vendorIFDVersion, .vendorIFDSerial,
    ]
}
