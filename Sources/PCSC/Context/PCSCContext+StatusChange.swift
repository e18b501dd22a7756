import CPCSCLite

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension PCSCContext {
    /// Blocks until one of `known` differs from what the service sees, or `timeout` passes.
    ///
    /// Pass `ReaderState.unaware(name)` to read the current state at once. `timeout` is in
    /// seconds, `nil` waits forever (until `cancel()`). Throws `SCARD_E_TIMEOUT` when
    /// nothing changed in time.
    public func waitForChange(
        _ known: [ReaderState],
        timeout: Double?
    ) throws(PCSCError) -> [ReaderState] {
        let names = known.map { strdup($0.reader) }
        defer {
            names.forEach { free($0) }
        }

        var states = known.enumerated().map { index, state in
            var raw = SCARD_READERSTATE()
            raw.szReader = UnsafePointer(names[index])
            raw.dwCurrentState = DWORD(state.rawState)
            return raw
        }
        let milliseconds = timeout.map { DWORD(max(0, ($0 * 1000).rounded())) } ?? cpcsc_infinite()
        let result = SCardGetStatusChange(handle, milliseconds, &states, DWORD(states.count))
        try pcscCheck(result, "SCardGetStatusChange")

        return states.enumerated().map { index, raw in
            let atrLength = min(Int(raw.cbAtr), Int(MAX_ATR_SIZE))
            let atr = withUnsafeBytes(of: raw.rgbAtr) { Array($0.prefix(atrLength)) }
            return ReaderState(
                reader: known[index].reader,
                rawState: UInt32(truncatingIfNeeded: raw.dwEventState),
                atr: atr
            )
        }
    }

    /// The current state of each reader, read without waiting.
    public func currentStates(of readers: [String]) throws(PCSCError) -> [ReaderState] {
        try waitForChange(readers.map(ReaderState.unaware), timeout: 0)
    }

    /// Whether the service reports reader arrivals and departures through the PnP reader.
    ///
    /// pcsc-lite answers a zero-timeout wait on it with `SCARD_E_TIMEOUT` and no
    /// `SCARD_STATE_UNKNOWN` when it does; the probe polls otherwise.
    public func supportsPlugAndPlay() -> Bool {
        let probe = ReaderState.unaware(ReaderState.plugAndPlayReader)
        do {
            let states = try waitForChange([probe], timeout: 0)
            return !(states.first?.flags.contains(.unknown) ?? true)
        } catch {
            return error.is(.timeout)
        }
    }
}
