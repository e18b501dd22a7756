/// The two status bytes that end every response APDU, with their ISO 7816-4 meaning.
public struct StatusWord: Sendable, Hashable {
    /// SW1.
    public let sw1: UInt8
    /// SW2.
    public let sw2: UInt8

    /// Builds a status word from its bytes.
    public init(_ sw1: UInt8, _ sw2: UInt8) {
        self.sw1 = sw1
        self.sw2 = sw2
    }

    /// The last two bytes of `response`, or nil when it is shorter than two bytes.
    public init?(response: [UInt8]) {
        guard response.count >= 2 else {
            return nil
        }
        self.init(response[response.count - 2], response[response.count - 1])
    }

    /// `9000`, as most tools print it.
    public var hex: String {
        Hex.compact([sw1, sw2])
    }

    /// Whether the command completed normally (`9000`, or `61XX` with more data waiting).
    public var isSuccess: Bool {
        sw1 == 0x90 && sw2 == 0x00 || sw1 == 0x61
    }

    /// What ISO/IEC 7816-4 says the status word means.
    public var meaning: String {
        switch (sw1, sw2) {
        case (0x90, 0x00): return "normal processing: no further qualification"
        case (0x61, let n): return "normal processing: \(count(n)) more byte(s) available"
        case (0x62, 0x81): return "warning: part of returned data may be corrupted"
        case (0x62, 0x82): return "warning: end of file or record reached before Le bytes"
        case (0x62, 0x83): return "warning: selected file deactivated"
        case (0x62, _): return "warning: state of non-volatile memory unchanged"
        case (0x63, let x) where x & 0xF0 == 0xC0:
            return "warning: verification failed, \(x & 0x0F) tries left"
        case (0x63, 0x81): return "warning: file filled up by the last write"
        case (0x63, _): return "warning: state of non-volatile memory changed"
        case (0x64, _): return "execution error: state of non-volatile memory unchanged"
        case (0x65, 0x81): return "execution error: memory failure"
        case (0x65, _): return "execution error: state of non-volatile memory changed"
        case (0x66, _): return "security-related issue"
        case (0x67, 0x00): return "wrong length"
        case (0x68, 0x81): return "function in CLA not supported: logical channel"
        case (0x68, 0x82): return "function in CLA not supported: secure messaging"
        case (0x68, _): return "function in CLA not supported"
        case (0x69, 0x81): return "command not allowed: incompatible with file structure"
        case (0x69, 0x82): return "command not allowed: security status not satisfied"
        case (0x69, 0x83): return "command not allowed: authentication method blocked"
        case (0x69, 0x84): return "command not allowed: reference data not usable"
        case (0x69, 0x85): return "command not allowed: conditions of use not satisfied"
        case (0x69, 0x86): return "command not allowed: no current EF"
        case (0x69, 0x87): return "command not allowed: expected secure messaging objects missing"
        case (0x69, 0x88): return "command not allowed: incorrect secure messaging objects"
        case (0x69, _): return "command not allowed"
        case (0x6A, 0x80): return "wrong parameters: incorrect data field"
        case (0x6A, 0x81): return "wrong parameters: function not supported"
        case (0x6A, 0x82): return "wrong parameters: file or application not found"
        case (0x6A, 0x83): return "wrong parameters: record not found"
        case (0x6A, 0x84): return "wrong parameters: not enough memory space in the file"
        case (0x6A, 0x86): return "wrong parameters: incorrect P1 P2"
        case (0x6A, 0x88): return "wrong parameters: referenced data not found"
        case (0x6A, _): return "wrong parameters P1 P2"
        case (0x6B, 0x00): return "wrong parameters P1 P2: offset outside the EF"
        case (0x6C, let n): return "wrong Le field: \(count(n)) byte(s) available"
        case (0x6D, 0x00): return "instruction code not supported or invalid"
        case (0x6E, 0x00): return "class not supported"
        case (0x6F, 0x00): return "no precise diagnosis"
        default: return "not defined by ISO 7816-4"
        }
    }

    private func count(_ n: UInt8) -> Int {
        n == 0 ? 256 : Int(n)
    }
}
