/// What each interface byte means, in the words `pcsc-probe atr` prints.
extension ATR {
    /// One line per interface byte: `TA1 = 0x11: Fi=372, Di=1, fmax=5 MHz`.
    public var interfaceByteMeanings: [(name: String, value: UInt8, meaning: String)] {
        var lines: [(String, UInt8, String)] = []
        for group in groups {
            let index = group.index
            let bytes: [(String, UInt8?)] = [
                ("TA", group.ta), ("TB", group.tb), ("TC", group.tc), ("TD", group.td),
            ]
            for (kind, value) in bytes {
                guard let value else {
                    continue
                }
                let meaning = Self.meaning(of: kind, index: index, value: value, group: group)
                lines.append(("\(kind)\(index)", value, meaning))
            }
        }
        return lines
    }

    static func meaning(of kind: String, index: Int, value: UInt8, group: InterfaceGroup)
        -> String
    {
        switch (kind, index) {
        case ("TD", _):
            let next = ["TA", "TB", "TC", "TD"].enumerated()
                .filter { value >> 4 & (1 << $0.offset) != 0 }
                .map { "\($0.element)\(index + 1)" }
            let follows = next.isEmpty ? "no further interface bytes" : next.joined(separator: " ")
            return "protocol T=\(value & 0x0F), then \(follows)"
        case ("TA", 1):
            return clockRate(value)
        case ("TB", 1):
            return "programming voltage (deprecated): II=\(value >> 5 & 0x03), PI1=\(value & 0x1F)"
        case ("TC", 1):
            return value == 0xFF
                ? "extra guard time N=255: minimum (12 etu for T=0, 11 for T=1)"
                : "extra guard time N=\(value) etu"
        case ("TA", 2):
            let changeable = value & 0x80 == 0 ? "can change" : "cannot change"
            let parameters = value & 0x10 == 0 ? "from TA1" : "implicit"
            return "specific mode T=\(value & 0x0F): \(changeable), parameters \(parameters)"
        case ("TB", 2):
            return "programming voltage PI2=\(value) (deprecated)"
        case ("TC", 2):
            return "work waiting integer WI=\(value) for T=0"
        default:
            return protocolSpecific(kind, value: value, protocolNumber: group.appliesTo)
        }
    }

    /// TA1: Fi and Di from the tables of ISO 7816-3.
    static func clockRate(_ value: UInt8) -> String {
        let fi: [Int?] = [
            372, 372, 558, 744, 1116, 1488, 1860, nil, nil, 512, 768, 1024, 1536,
            2048, nil, nil,
        ]
        let fmax: [String?] = [
            "4", "5", "6", "8", "12", "16", "20", nil, nil, "5", "7.5", "10",
            "15", "20", nil, nil,
        ]
        let di: [Int?] = [nil, 1, 2, 4, 8, 16, 32, 64, 12, 20, nil, nil, nil, nil, nil, nil]
        let fIndex = Int(value >> 4)
        let dIndex = Int(value & 0x0F)
        let fText = fi[fIndex].map { "Fi=\($0)" } ?? "Fi=RFU"
        let dText = di[dIndex].map { "Di=\($0)" } ?? "Di=RFU"
        let maxText = fmax[fIndex].map { ", fmax=\($0) MHz" } ?? ""
        return "\(fText), \(dText)\(maxText)"
    }

    static func protocolSpecific(_ kind: String, value: UInt8, protocolNumber: Int?) -> String {
        switch (protocolNumber, kind) {
        case (1, "TA"):
            return "IFSC=\(value) bytes (T=1)"
        case (1, "TB"):
            return "BWI=\(value >> 4), CWI=\(value & 0x0F) (T=1)"
        case (1, "TC"):
            return value & 0x01 == 0 ? "error detection: LRC (T=1)" : "error detection: CRC (T=1)"
        case (15, "TA"):
            let stop = ["not supported", "state L", "state H", "no preference"][Int(value >> 6)]
            let classes = [(0x01, "A 5V"), (0x02, "B 3V"), (0x04, "C 1.8V")]
                .filter { Int(value) & $0.0 != 0 }
                .map(\.1)
            return "clock stop \(stop), classes \(classes.joined(separator: ", ")) (T=15)"
        case (15, "TB"):
            return value == 0 ? "SPU not used (T=15)" : "SPU=0x\(Hex.byte(value)) (T=15)"
        case (let number?, _):
            return "parameter for T=\(number)"
        default:
            return "global parameter"
        }
    }
}
