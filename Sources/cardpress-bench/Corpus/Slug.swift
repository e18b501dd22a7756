/// Turns a title into a URL slug the way both tools would: lowercase ASCII letters and
/// digits, every other run of bytes one hyphen.
enum Slug {
    static func make(_ title: String, maxLength: Int = 60) -> String {
        var bytes: [UInt8] = []
        var pendingHyphen = false
        for byte in title.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if pendingHyphen, !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                bytes.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if pendingHyphen, !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                bytes.append(byte + 32)
            default:
                pendingHyphen = true
            }
            if bytes.count >= maxLength { break }
        }
        while bytes.last == UInt8(ascii: "-") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
