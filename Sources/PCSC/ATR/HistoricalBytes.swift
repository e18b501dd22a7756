/// The historical bytes of an ATR, decoded per ISO/IEC 7816-4 section 8.
public struct HistoricalBytes: Sendable, Equatable {
    /// The category indicator: 0x00, 0x10 and 0x80 are defined, others proprietary.
    public let category: UInt8

    /// The compact-TLV objects, when the category has them.
    public let objects: [CompactTLV]

    /// The status indicator (LCS and SW1 SW2) when present.
    public let status: [UInt8]

    /// Defects found while decoding.
    public let issues: [ATRIssue]

    /// For a contactless ISO 14443-B card seen through a PC/SC part 3 reader: the ATQB's
    /// application data (4 bytes), protocol info (3 bytes) and MBLI/CID byte, which take the
    /// place of ISO 7816-4 historical bytes. Nil otherwise.
    public let typeB: (applicationData: [UInt8], protocolInfo: [UInt8], mbli: UInt8)?

    /// For a contactless storage card seen through a PC/SC part 3 reader (`80 4F 0C ...`):
    /// the registered application provider (RID), the standard byte and the card name.
    public let storageCard: (rid: [UInt8], standard: UInt8, cardName: [UInt8])?

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.category == rhs.category && lhs.objects == rhs.objects && lhs.status == rhs.status
            && lhs.issues == rhs.issues && lhs.typeB?.applicationData == rhs.typeB?.applicationData
            && lhs.typeB?.protocolInfo == rhs.typeB?.protocolInfo
            && lhs.typeB?.mbli == rhs.typeB?.mbli
            && lhs.storageCard?.rid == rhs.storageCard?.rid
            && lhs.storageCard?.cardName == rhs.storageCard?.cardName
    }

    /// What the category indicator means.
    public var categoryMeaning: String {
        switch category {
        case 0x00: "compact-TLV objects, then a status indicator in the last three bytes"
        case 0x10: "DIR data reference"
        case 0x80: "compact-TLV objects, a status indicator may be among them"
        case 0x81...0x8F: "reserved for future use"
        default: "proprietary format"
        }
    }

    /// Decodes the historical bytes (at least one byte: the category indicator).
    ///
    /// `contactless` says the ATR has PC/SC part 3's contactless shape (`3B 8n 80 01`); eight
    /// bytes not in category 0x80 are then an ISO 14443-B card's ATQB fields.
    public init(_ bytes: [UInt8], contactless: Bool = false) {
        category = bytes.first ?? 0
        var issues: [ATRIssue] = []
        if contactless && bytes.count == 8 && category != 0x80 {
            typeB = (Array(bytes[0..<4]), Array(bytes[4..<7]), bytes[7])
            storageCard = nil
            objects = []
            status = []
            self.issues = []
            return
        }
        typeB = nil
        if contactless && bytes.count >= 14 && category == 0x80 && bytes[1] == 0x4F
            && bytes[2] == 0x0C
        {
            storageCard = (Array(bytes[3..<8]), bytes[8], Array(bytes[9..<11]))
            objects = []
            status = []
            self.issues = []
            return
        }
        storageCard = nil
        switch category {
        case 0x00:
            if bytes.count < 4 {
                issues.append(
                    .historicalBytesTooShort(category: 0, needed: 4, present: bytes.count))
                objects = []
                status = []
            } else {
                let body = Array(bytes[1..<(bytes.count - 3)])
                (objects, issues) = CompactTLV.decode(body, firstOffset: 1)
                status = Array(bytes.suffix(3))
            }
        case 0x80:
            (objects, issues) = CompactTLV.decode(Array(bytes.dropFirst()), firstOffset: 1)
            status = objects.first { $0.tag == 0x8 }?.value ?? []
        case 0x10:
            objects = []
            status = []
            if bytes.count < 2 {
                issues.append(.historicalBytesTooShort(category: 0x10, needed: 2, present: 1))
            }
        default:
            objects = []
            status = []
        }
        self.issues = issues
    }
}
