import CPCSCLite

/// Turns a PC/SC return value into a thrown `PCSCError`.
@inline(__always)
func pcscCheck(_ result: LONG, _ function: String) throws(PCSCError) {
    let code = UInt32(truncatingIfNeeded: UInt(bitPattern: result))
    if code != PCSCErrorCode.success.code {
        throw PCSCError(function: function, code: code)
    }
}
