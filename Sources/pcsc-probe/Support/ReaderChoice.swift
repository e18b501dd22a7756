import PCSC

/// Picks the reader a command works on from `--reader`, by name or by index.
enum ReaderChoice {
    /// The reader named (or numbered) `wanted`, or the first reader when nil.
    ///
    /// An unknown name fails with the list of known readers, so a typo is fixed in one step.
    static func resolve(_ wanted: String?, among readers: [String]) throws(ProbeFailure)
        -> String
    {
        guard !readers.isEmpty else {
            throw ProbeFailure(
                .reader, "no reader is connected",
                advice: "Connect a reader, or use 'pcsc-probe wait reader' to wait for one.")
        }
        guard let wanted else {
            return readers[0]
        }
        if readers.contains(wanted) {
            return wanted
        }
        if let index = Int(wanted), readers.indices.contains(index) {
            return readers[index]
        }
        let matches = readers.filter { $0.hasPrefix(wanted) }
        if matches.count == 1 {
            return matches[0]
        }
        throw unknown(wanted, readers)
    }

    /// The failure for a name pcscd does not know, listing the names it does.
    static func unknown(_ wanted: String, _ readers: [String]) -> ProbeFailure {
        let list = readers.enumerated().map { "  \($0.offset): \($0.element)" }
            .joined(separator: "\n")
        var failure = ProbeFailure(
            .reader, "unknown reader '\(wanted)' (SCARD_E_UNKNOWN_READER)",
            advice: "Known readers (give a name, a unique prefix or an index):\n" + list)
        failure.pcscError = PCSCError(
            function: "SCardConnect", code: PCSCErrorCode.unknownReader.code)
        return failure
    }
}
