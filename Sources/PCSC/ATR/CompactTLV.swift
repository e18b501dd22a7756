/// One compact-TLV object of the historical bytes: a tag nibble, a length nibble, a value.
public struct CompactTLV: Sendable, Equatable {
    /// The tag (0x0 to 0xF).
    public let tag: UInt8
    /// The value bytes.
    public let value: [UInt8]

    /// The ISO 7816-4 name of the tag.
    public var name: String {
        switch tag {
        case 0x1: "country code"
        case 0x2: "issuer identification number"
        case 0x3: "card service data"
        case 0x4: "initial access data"
        case 0x5: "card issuer's data"
        case 0x6: "pre-issuing data"
        case 0x7: "card capabilities"
        case 0x8: "status indicator"
        case 0xF: "application identifier"
        default: "tag 0x\(Hex.byte(tag))"
        }
    }

    /// Splits `bytes` into objects; an object whose length runs past the end is reported and
    /// ends decoding. `firstOffset` is where `bytes` starts among the historical bytes.
    static func decode(_ bytes: [UInt8], firstOffset: Int) -> ([CompactTLV], [ATRIssue]) {
        var objects: [CompactTLV] = []
        var index = 0
        while index < bytes.count {
            let header = bytes[index]
            let length = Int(header & 0x0F)
            let remaining = bytes.count - index - 1
            if length > remaining {
                let issue = ATRIssue.compactTLVPastEnd(
                    offset: firstOffset + index, length: length, available: remaining)
                return (objects, [issue])
            }
            let value = Array(bytes[(index + 1)..<(index + 1 + length)])
            objects.append(CompactTLV(tag: header >> 4, value: value))
            index += 1 + length
        }
        return (objects, [])
    }
}
