import CPCSCLite

/// A failed PC/SC call, carrying what a post or a bug report needs to quote.
///
/// The code is kept as the 32-bit value the PC/SC specification prints (`0x80100016`),
/// whatever width `LONG` has on the platform; the name and text come from the header's
/// constants and from pcsc-lite itself, so they follow the library actually linked.
public struct PCSCError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The PC/SC function that returned the error, e.g. `SCardConnect`.
    public let function: String

    /// The error code as the specification writes it.
    public let code: UInt32

    /// The symbolic name, e.g. `SCARD_E_NOT_TRANSACTED`; `UNKNOWN` for codes outside the table.
    public let name: String

    /// pcsc-lite's own text for the code (`pcsc_stringify_error`).
    public let message: String

    /// Builds an error from a raw return value of `function`.
    public init(function: String, code: UInt32) {
        self.function = function
        self.code = code
        self.name = PCSCErrorCode.name(of: code)
        self.message = PCSCErrorCode.text(of: code)
    }

    /// The code in the usual eight-digit hexadecimal form.
    public var hexCode: String {
        "0x" + Hex.word(code)
    }

    public var description: String {
        "\(function): \(name) (\(hexCode)): \(message)"
    }

    /// Whether this error has the same code as one of the header's constants.
    public func `is`(_ known: PCSCErrorCode) -> Bool {
        code == known.code
    }
}
