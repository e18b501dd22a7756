import CPCSCLite

/// The PC/SC return codes the probe reacts to, taken from the header's constants.
///
/// Values differ between pcsc-lite and Windows/macOS (`SCARD_E_UNSUPPORTED_FEATURE` is
/// `0x8010001F` here and `0x80100022` there), so every comparison goes through this type
/// instead of a literal.
public struct PCSCErrorCode: Equatable, Sendable {
    /// The 32-bit code.
    public let code: UInt32

    /// The name under which the header defines it.
    public let name: String

    init(_ value: Int, _ name: String) {
        self.code = UInt32(truncatingIfNeeded: value)
        self.name = name
    }

    public static let success = Self(Int(SCARD_S_SUCCESS), "SCARD_S_SUCCESS")
    public static let cancelled = Self(Int(SCARD_E_CANCELLED), "SCARD_E_CANCELLED")
    public static let invalidHandle = Self(Int(SCARD_E_INVALID_HANDLE), "SCARD_E_INVALID_HANDLE")
    public static let unknownReader = Self(Int(SCARD_E_UNKNOWN_READER), "SCARD_E_UNKNOWN_READER")
    public static let timeout = Self(Int(SCARD_E_TIMEOUT), "SCARD_E_TIMEOUT")
    public static let sharingViolation = Self(
        Int(SCARD_E_SHARING_VIOLATION), "SCARD_E_SHARING_VIOLATION")
    public static let noSmartcard = Self(Int(SCARD_E_NO_SMARTCARD), "SCARD_E_NO_SMARTCARD")
    public static let notTransacted = Self(Int(SCARD_E_NOT_TRANSACTED), "SCARD_E_NOT_TRANSACTED")
    public static let readerUnavailable = Self(
        Int(SCARD_E_READER_UNAVAILABLE), "SCARD_E_READER_UNAVAILABLE")
    public static let noService = Self(Int(SCARD_E_NO_SERVICE), "SCARD_E_NO_SERVICE")
    public static let serviceStopped = Self(Int(SCARD_E_SERVICE_STOPPED), "SCARD_E_SERVICE_STOPPED")
    public static let unsupportedFeature = Self(
        Int(SCARD_E_UNSUPPORTED_FEATURE), "SCARD_E_UNSUPPORTED_FEATURE")
    public static let noReadersAvailable = Self(
        Int(SCARD_E_NO_READERS_AVAILABLE), "SCARD_E_NO_READERS_AVAILABLE")
    public static let commError = Self(Int(SCARD_F_COMM_ERROR), "SCARD_F_COMM_ERROR")
    public static let removedCard = Self(Int(SCARD_W_REMOVED_CARD), "SCARD_W_REMOVED_CARD")
    public static let resetCard = Self(Int(SCARD_W_RESET_CARD), "SCARD_W_RESET_CARD")
    public static let unresponsiveCard = Self(
        Int(SCARD_W_UNRESPONSIVE_CARD), "SCARD_W_UNRESPONSIVE_CARD")
    public static let unpoweredCard = Self(
        Int(SCARD_W_UNPOWERED_CARD), "SCARD_W_UNPOWERED_CARD")
    public static let insufficientBuffer = Self(
        Int(SCARD_E_INSUFFICIENT_BUFFER), "SCARD_E_INSUFFICIENT_BUFFER")

    /// Every code of pcsc-lite's header, in the order used to name a value.
    ///
    /// Where two names share a value (pcsc-lite gives `SCARD_E_UNSUPPORTED_FEATURE` and
    /// `SCARD_E_UNEXPECTED` the same code) the first one listed names it.
    static let all: [PCSCErrorCode] = [
        .success,
        Self(Int(SCARD_F_INTERNAL_ERROR), "SCARD_F_INTERNAL_ERROR"),
        .cancelled,
        .invalidHandle,
        Self(Int(SCARD_E_INVALID_PARAMETER), "SCARD_E_INVALID_PARAMETER"),
        Self(Int(SCARD_E_INVALID_TARGET), "SCARD_E_INVALID_TARGET"),
        Self(Int(SCARD_E_NO_MEMORY), "SCARD_E_NO_MEMORY"),
        Self(Int(SCARD_F_WAITED_TOO_LONG), "SCARD_F_WAITED_TOO_LONG"),
        .insufficientBuffer,
        .unknownReader,
        .timeout,
        .sharingViolation,
        .noSmartcard,
        Self(Int(SCARD_E_UNKNOWN_CARD), "SCARD_E_UNKNOWN_CARD"),
        Self(Int(SCARD_E_CANT_DISPOSE), "SCARD_E_CANT_DISPOSE"),
        Self(Int(SCARD_E_PROTO_MISMATCH), "SCARD_E_PROTO_MISMATCH"),
        Self(Int(SCARD_E_NOT_READY), "SCARD_E_NOT_READY"),
        Self(Int(SCARD_E_INVALID_VALUE), "SCARD_E_INVALID_VALUE"),
        Self(Int(SCARD_E_SYSTEM_CANCELLED), "SCARD_E_SYSTEM_CANCELLED"),
        .commError,
        Self(Int(SCARD_F_UNKNOWN_ERROR), "SCARD_F_UNKNOWN_ERROR"),
        Self(Int(SCARD_E_INVALID_ATR), "SCARD_E_INVALID_ATR"),
        .notTransacted,
        .readerUnavailable,
        Self(Int(SCARD_P_SHUTDOWN), "SCARD_P_SHUTDOWN"),
        Self(Int(SCARD_E_PCI_TOO_SMALL), "SCARD_E_PCI_TOO_SMALL"),
        Self(Int(SCARD_E_READER_UNSUPPORTED), "SCARD_E_READER_UNSUPPORTED"),
        Self(Int(SCARD_E_DUPLICATE_READER), "SCARD_E_DUPLICATE_READER"),
        Self(Int(SCARD_E_CARD_UNSUPPORTED), "SCARD_E_CARD_UNSUPPORTED"),
        .noService,
        .serviceStopped,
        .unsupportedFeature,
        Self(Int(SCARD_E_UNEXPECTED), "SCARD_E_UNEXPECTED"),
        Self(Int(SCARD_E_ICC_INSTALLATION), "SCARD_E_ICC_INSTALLATION"),
        Self(Int(SCARD_E_ICC_CREATEORDER), "SCARD_E_ICC_CREATEORDER"),
        Self(Int(SCARD_E_DIR_NOT_FOUND), "SCARD_E_DIR_NOT_FOUND"),
        Self(Int(SCARD_E_FILE_NOT_FOUND), "SCARD_E_FILE_NOT_FOUND"),
        Self(Int(SCARD_E_NO_DIR), "SCARD_E_NO_DIR"),
        Self(Int(SCARD_E_NO_FILE), "SCARD_E_NO_FILE"),
        Self(Int(SCARD_E_NO_ACCESS), "SCARD_E_NO_ACCESS"),
        Self(Int(SCARD_E_WRITE_TOO_MANY), "SCARD_E_WRITE_TOO_MANY"),
        Self(Int(SCARD_E_BAD_SEEK), "SCARD_E_BAD_SEEK"),
        Self(Int(SCARD_E_INVALID_CHV), "SCARD_E_INVALID_CHV"),
        Self(Int(SCARD_E_UNKNOWN_RES_MNG), "SCARD_E_UNKNOWN_RES_MNG"),
        Self(Int(SCARD_E_NO_SUCH_CERTIFICATE), "SCARD_E_NO_SUCH_CERTIFICATE"),
        Self(Int(SCARD_E_CERTIFICATE_UNAVAILABLE), "SCARD_E_CERTIFICATE_UNAVAILABLE"),
        .noReadersAvailable,
        Self(Int(SCARD_E_COMM_DATA_LOST), "SCARD_E_COMM_DATA_LOST"),
        Self(Int(SCARD_E_NO_KEY_CONTAINER), "SCARD_E_NO_KEY_CONTAINER"),
        Self(Int(SCARD_E_SERVER_TOO_BUSY), "SCARD_E_SERVER_TOO_BUSY"),
        Self(Int(SCARD_W_UNSUPPORTED_CARD), "SCARD_W_UNSUPPORTED_CARD"),
        .unresponsiveCard,
        .unpoweredCard,
        .resetCard,
        .removedCard,
        Self(Int(SCARD_W_SECURITY_VIOLATION), "SCARD_W_SECURITY_VIOLATION"),
        Self(Int(SCARD_W_WRONG_CHV), "SCARD_W_WRONG_CHV"),
        Self(Int(SCARD_W_CHV_BLOCKED), "SCARD_W_CHV_BLOCKED"),
        Self(Int(SCARD_W_EOF), "SCARD_W_EOF"),
        Self(Int(SCARD_W_CANCELLED_BY_USER), "SCARD_W_CANCELLED_BY_USER"),
        Self(Int(SCARD_W_CARD_NOT_AUTHENTICATED), "SCARD_W_CARD_NOT_AUTHENTICATED"),
    ]

    /// The header name of `code`, or `UNKNOWN`.
    public static func name(of code: UInt32) -> String {
        all.first { $0.code == code }?.name ?? "UNKNOWN"
    }

    /// The code named `name`, for matching what a user or a test typed.
    public static func code(named name: String) -> PCSCErrorCode? {
        all.first { $0.name == name }
    }

    /// pcsc-lite's text for `code`.
    static func text(of code: UInt32) -> String {
        let raw = LONG(bitPattern: UInt(code))
        guard let cString = pcsc_stringify_error(raw) else {
            return "unknown error"
        }
        return String(cString: cString)
    }
}
