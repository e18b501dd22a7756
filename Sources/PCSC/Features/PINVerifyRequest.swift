/// The `PIN_VERIFY_STRUCTURE` the probe sends with `FEATURE_VERIFY_PIN_DIRECT`.
public enum PINVerifyRequest {
    /// A VERIFY (00 20 00 81) with an 8-byte ASCII PIN block padded with 0xFF, PIN length
    /// 4 to 8, validation on the OK key: what a PIN pad test of an OpenPGP card sends.
    public static let standard: [UInt8] = {
        let apdu: [UInt8] = [0x00, 0x20, 0x00, 0x81, 0x08] + [UInt8](repeating: 0xFF, count: 8)
        var bytes: [UInt8] = [
            0x00,  // bTimerOut
            0x00,  // bTimerOut2
            0x82,  // bmFormatString: ASCII, left justified, system unit bytes
            0x08,  // bmPINBlockString: 8-byte PIN block
            0x00,  // bmPINLengthFormat
            0x08, 0x04,  // wPINMaxExtraDigit: max 8, min 4 (little-endian)
            0x02,  // bEntryValidationCondition: OK key
            0x01,  // bNumberMessage
            0x09, 0x04,  // wLangId: 0x0409
            0x00,  // bMsgIndex
            0x00, 0x00, 0x00,  // bTeoPrologue
        ]
        let length = UInt32(apdu.count)
        bytes += [0, 1, 2, 3].map { UInt8(truncatingIfNeeded: length >> ($0 * 8)) }
        return bytes + apdu
    }()
}
