import CPCSCLite

/// A connection to a card (or, in direct mode, to the reader itself).
///
/// Disconnected with `leave` when the last reference goes away; call `disconnect(_:)` to
/// choose otherwise. Keeps its context alive.
public final class CardConnection: @unchecked Sendable {
    /// The context the connection was made on.
    public let context: PCSCContext

    /// The reader's name as given to `connect`.
    public let reader: String

    /// The protocol the service chose; empty in direct mode without a card.
    public private(set) var activeProtocol: CardProtocols

    let handle: SCARDHANDLE
    private var isOpen = true

    init(context: PCSCContext, reader: String, handle: SCARDHANDLE, activeProtocol: CardProtocols) {
        self.context = context
        self.reader = reader
        self.handle = handle
        self.activeProtocol = activeProtocol
    }

    deinit {
        if isOpen {
            SCardDisconnect(handle, Disposition.leave.raw)
        }
    }

    /// Ends the connection, doing `disposition` to the card.
    public func disconnect(_ disposition: Disposition = .leave) throws(PCSCError) {
        guard isOpen else {
            return
        }
        isOpen = false
        try pcscCheck(SCardDisconnect(handle, disposition.raw), "SCardDisconnect")
    }

    /// Reconnects after a reset or a removal warning (`SCARD_W_RESET_CARD`).
    public func reconnect(
        share: ShareMode = .shared,
        protocols: CardProtocols = .any,
        initialization: Disposition = .leave
    ) throws(PCSCError) {
        var active: DWORD = 0
        let result = SCardReconnect(
            handle, share.raw, DWORD(protocols.rawValue), initialization.raw, &active)
        try pcscCheck(result, "SCardReconnect")
        activeProtocol = CardProtocols(rawValue: UInt32(truncatingIfNeeded: active))
    }

    /// Reader name, card state, protocol and ATR.
    ///
    /// pcsc-lite puts the reader's event counter in the upper 16 bits of the state, as it
    /// does for `SCardGetStatusChange`; they are masked off here.
    public func status() throws(PCSCError) -> CardStatus {
        var names = [CChar](repeating: 0, count: 1024)
        var namesLength = DWORD(names.count)
        var state: DWORD = 0
        var proto: DWORD = 0
        var atr = [UInt8](repeating: 0, count: Int(MAX_ATR_SIZE))
        var atrLength = DWORD(atr.count)
        let result = SCardStatus(handle, &names, &namesLength, &state, &proto, &atr, &atrLength)
        try pcscCheck(result, "SCardStatus")

        return CardStatus(
            readerNames: MultiString.split(names.prefix(Int(namesLength))),
            state: CardState(rawValue: UInt32(truncatingIfNeeded: state) & 0xFFFF),
            activeProtocol: CardProtocols(rawValue: UInt32(truncatingIfNeeded: proto)),
            atr: Array(atr.prefix(Int(atrLength)))
        )
    }

    /// Starts a transaction: no other application talks to the card until it ends.
    public func beginTransaction() throws(PCSCError) {
        try pcscCheck(SCardBeginTransaction(handle), "SCardBeginTransaction")
    }

    /// Ends a transaction started with `beginTransaction()`.
    public func endTransaction(_ disposition: Disposition = .leave) throws(PCSCError) {
        try pcscCheck(SCardEndTransaction(handle, disposition.raw), "SCardEndTransaction")
    }
}

extension PCSCContext {
    /// Connects to the card in `reader`, or to the reader itself with `.direct`.
    public func connect(
        reader: String,
        share: ShareMode = .shared,
        protocols: CardProtocols = .any
    ) throws(PCSCError) -> CardConnection {
        var card: SCARDHANDLE = 0
        var active: DWORD = 0
        let wanted: DWORD = share == .direct ? 0 : DWORD(protocols.rawValue)
        let result = SCardConnect(handle, reader, share.raw, wanted, &card, &active)
        try pcscCheck(result, "SCardConnect")
        return CardConnection(
            context: self,
            reader: reader,
            handle: card,
            activeProtocol: CardProtocols(rawValue: UInt32(truncatingIfNeeded: active))
        )
    }
}
