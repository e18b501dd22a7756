import CPCSCLite

/// A connection to the PC/SC resource manager (pcscd, or the platform's service).
///
/// Released when the last reference goes away. A context is used from one task at a time,
/// except `cancel()`, which pcsc-lite allows from any thread to end a blocking wait.
public final class PCSCContext: @unchecked Sendable {
    let handle: SCARDCONTEXT

    /// Opens a system-scope context; throws `SCARD_E_NO_SERVICE` at once when pcscd is down.
    public init() throws(PCSCError) {
        var context: SCARDCONTEXT = 0
        let result = SCardEstablishContext(DWORD(SCARD_SCOPE_SYSTEM), nil, nil, &context)
        try pcscCheck(result, "SCardEstablishContext")
        handle = context
    }

    deinit {
        SCardReleaseContext(handle)
    }

    /// Whether the context is still valid.
    ///
    /// pcsc-lite answers from the client side: after a pcscd restart this still says yes
    /// while every other call fails with `SCARD_E_NO_SERVICE`.
    public var isValid: Bool {
        SCardIsValidContext(handle) == SCARD_S_SUCCESS
    }

    /// Ends a blocking `waitForChange` on this context with `SCARD_E_CANCELLED`.
    public func cancel() throws(PCSCError) {
        try pcscCheck(SCardCancel(handle), "SCardCancel")
    }

    /// The names of the readers known to the service; empty when there are none.
    public func readers() throws(PCSCError) -> [String] {
        var length: DWORD = 0
        let sized = SCardListReaders(handle, nil, nil, &length)
        if UInt32(truncatingIfNeeded: UInt(bitPattern: sized))
            == PCSCErrorCode.noReadersAvailable.code
        {
            return []
        }
        try pcscCheck(sized, "SCardListReaders")

        var buffer = [CChar](repeating: 0, count: Int(length))
        let listed = SCardListReaders(handle, nil, &buffer, &length)
        if UInt32(truncatingIfNeeded: UInt(bitPattern: listed))
            == PCSCErrorCode.noReadersAvailable.code
        {
            return []
        }
        try pcscCheck(listed, "SCardListReaders")
        return MultiString.split(buffer.prefix(Int(length)))
    }
}
