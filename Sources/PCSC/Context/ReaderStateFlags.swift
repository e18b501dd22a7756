import CPCSCLite

/// The `SCARD_STATE_*` bits of a reader state, without the event counter.
public struct ReaderStateFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32

    public init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    public static let ignore = Self(rawValue: UInt32(SCARD_STATE_IGNORE))
    public static let changed = Self(rawValue: UInt32(SCARD_STATE_CHANGED))
    public static let unknown = Self(rawValue: UInt32(SCARD_STATE_UNKNOWN))
    public static let unavailable = Self(rawValue: UInt32(SCARD_STATE_UNAVAILABLE))
    public static let empty = Self(rawValue: UInt32(SCARD_STATE_EMPTY))
    public static let present = Self(rawValue: UInt32(SCARD_STATE_PRESENT))
    public static let atrMatch = Self(rawValue: UInt32(SCARD_STATE_ATRMATCH))
    public static let exclusive = Self(rawValue: UInt32(SCARD_STATE_EXCLUSIVE))
    public static let inUse = Self(rawValue: UInt32(SCARD_STATE_INUSE))
    public static let mute = Self(rawValue: UInt32(SCARD_STATE_MUTE))
    public static let unpowered = Self(rawValue: UInt32(SCARD_STATE_UNPOWERED))

    /// Names in bit order, as they appear in the JSON output.
    public static let named: [(Self, String)] = [
        (.ignore, "ignore"), (.changed, "changed"), (.unknown, "unknown"),
        (.unavailable, "unavailable"), (.empty, "empty"), (.present, "present"),
        (.atrMatch, "atrmatch"), (.exclusive, "exclusive"), (.inUse, "inuse"),
        (.mute, "mute"), (.unpowered, "unpowered"),
    ]

    /// The names of the bits set.
    public var names: [String] {
        Self.named.filter { contains($0.0) }.map(\.1)
    }

    /// Only the flags that describe the reader and card, not the "changed" marker.
    public var withoutChange: Self {
        subtracting([.changed, .ignore])
    }
}
