/// One group of interface bytes: TAi, TBi, TCi and the TDi that announced the next group.
public struct InterfaceGroup: Sendable, Equatable {
    /// i, counted from 1 as ISO 7816-3 does.
    public let index: Int
    /// TAi, when present.
    public let ta: UInt8?
    /// TBi, when present.
    public let tb: UInt8?
    /// TCi, when present.
    public let tc: UInt8?
    /// TDi, when present.
    public let td: UInt8?
    /// The protocol whose parameters this group carries: the T of TD(i-1); nil for group 1,
    /// whose bytes are global.
    public let appliesTo: Int?

    /// The T of TDi: the protocol this TD offers.
    public var protocolNumber: Int? {
        td.map { Int($0 & 0x0F) }
    }
}
