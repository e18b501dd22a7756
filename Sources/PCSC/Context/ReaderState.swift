/// What `SCardGetStatusChange` says about one reader.
public struct ReaderState: Sendable, Equatable {
    /// The reader's name (or the PnP notification pseudo-reader).
    public var reader: String

    /// The state bits, event counter masked off.
    public var flags: ReaderStateFlags

    /// The counter pcsc-lite keeps in the upper 16 bits of the state: it grows on each
    /// card insertion or removal, so two reads with the same flags can still differ.
    public var eventCounter: Int

    /// The card's ATR when one is present.
    public var atr: [UInt8]

    /// A state that asks the service for the current one at once.
    public static func unaware(_ reader: String) -> ReaderState {
        ReaderState(reader: reader, flags: [], eventCounter: 0, atr: [])
    }

    /// The name pcsc-lite uses to report readers appearing and disappearing.
    public static let plugAndPlayReader = "\\\\?PnP?\\Notification"

    public init(reader: String, flags: ReaderStateFlags, eventCounter: Int, atr: [UInt8]) {
        self.reader = reader
        self.flags = flags
        self.eventCounter = eventCounter
        self.atr = atr
    }

    /// Splits a raw `dwEventState` into flags and counter.
    init(reader: String, rawState: UInt32, atr: [UInt8]) {
        self.reader = reader
        self.flags = ReaderStateFlags(rawValue: rawState & 0xFFFF)
        self.eventCounter = Int(rawState >> 16)
        self.atr = atr
    }

    /// The value to pass back as `dwCurrentState`, counter included.
    var rawState: UInt32 {
        flags.subtracting(.changed).rawValue | UInt32(truncatingIfNeeded: eventCounter) << 16
    }

    /// Whether a card is in the reader.
    public var hasCard: Bool {
        flags.contains(.present)
    }
}
