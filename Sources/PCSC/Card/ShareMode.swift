import CPCSCLite

/// How a connection shares the card with other applications.
public enum ShareMode: Sendable {
    /// Other applications may use the card between transactions.
    case shared
    /// No other application may connect; fails with `SCARD_E_SHARING_VIOLATION` if one has.
    case exclusive
    /// Talk to the reader itself, card or not (for `SCardControl`).
    case direct

    var raw: DWORD {
        switch self {
        case .shared: DWORD(SCARD_SHARE_SHARED)
        case .exclusive: DWORD(SCARD_SHARE_EXCLUSIVE)
        case .direct: DWORD(SCARD_SHARE_DIRECT)
        }
    }
}

/// What happens to the card when a connection or transaction ends.
public enum Disposition: Sendable {
    case leave, reset, unpower, eject

    var raw: DWORD {
        switch self {
        case .leave: DWORD(SCARD_LEAVE_CARD)
        case .reset: DWORD(SCARD_RESET_CARD)
        case .unpower: DWORD(SCARD_UNPOWER_CARD)
        case .eject: DWORD(SCARD_EJECT_CARD)
        }
    }
}
