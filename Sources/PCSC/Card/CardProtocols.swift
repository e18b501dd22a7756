import CPCSCLite

/// The transmission protocols of a connection (`SCARD_PROTOCOL_*`).
public struct CardProtocols: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32

    public init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    public static let t0 = Self(rawValue: UInt32(SCARD_PROTOCOL_T0))
    public static let t1 = Self(rawValue: UInt32(SCARD_PROTOCOL_T1))
    public static let raw = Self(rawValue: UInt32(SCARD_PROTOCOL_RAW))
    public static let any: Self = [.t0, .t1]

    /// `T=0`, `T=1`, `RAW`, or `none` when no protocol is active.
    public var name: String {
        let names = [(Self.t0, "T=0"), (Self.t1, "T=1"), (Self.raw, "RAW")]
            .filter { contains($0.0) }
            .map(\.1)
        return names.isEmpty ? "none" : names.joined(separator: "|")
    }
}
