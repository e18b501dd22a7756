import CPCSCLite

/// The card state `SCardStatus` reports (`SCARD_ABSENT` ... `SCARD_SPECIFIC`).
public struct CardState: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32

    public init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    public static let unknown = Self(rawValue: UInt32(SCARD_UNKNOWN))
    public static let absent = Self(rawValue: UInt32(SCARD_ABSENT))
    public static let present = Self(rawValue: UInt32(SCARD_PRESENT))
    public static let swallowed = Self(rawValue: UInt32(SCARD_SWALLOWED))
    public static let powered = Self(rawValue: UInt32(SCARD_POWERED))
    public static let negotiable = Self(rawValue: UInt32(SCARD_NEGOTIABLE))
    public static let specific = Self(rawValue: UInt32(SCARD_SPECIFIC))

    /// The names of the bits set, lowest first.
    public var names: [String] {
        let all: [(Self, String)] = [
            (.unknown, "unknown"), (.absent, "absent"), (.present, "present"),
            (.swallowed, "swallowed"), (.powered, "powered"), (.negotiable, "negotiable"),
            (.specific, "specific"),
        ]
        return all.filter { contains($0.0) }.map(\.1)
    }
}

/// What `SCardStatus` returns for a connection.
public struct CardStatus: Sendable, Equatable {
    /// The reader names the service gives for this connection.
    public var readerNames: [String]
    /// The raw state bits, decoded.
    public var state: CardState
    /// The protocol in use.
    public var activeProtocol: CardProtocols
    /// The card's answer to reset.
    public var atr: [UInt8]
}
