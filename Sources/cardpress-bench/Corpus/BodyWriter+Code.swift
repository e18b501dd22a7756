extension BodyWriter {
    /// A fenced C block calling PC/SC, 8 to 25 lines.
    mutating func cCode() -> String {
        let call = rng.pick(["SCardControl", "SCardTransmit", "SCardGetStatusChange"])
        var lines = [
            "```c",
            "#include <winscard.h>",
            "",
            "static LONG probe_\(rng.int(in: 1...999))(SCARDHANDLE card)",
            "{",
            "    BYTE buffer[\(rng.pick([258, 264, 65538]))];",
            "    DWORD length = sizeof buffer;",
            "    LONG rv;",
            "",
        ]
        for step in 0..<rng.int(in: 1...4) {
            let apdu = (0..<rng.int(in: 4...8)).map { _ in hexByte() }.joined(separator: ", ")
            lines += [
                "    const BYTE apdu_\(step)[] = { \(apdu) };",
                "    rv = \(call)(card, apdu_\(step), sizeof apdu_\(step), buffer, &length);",
                "    if (rv != SCARD_S_SUCCESS)",
                "        return rv; /* \(rng.pick(Vocabulary.objects)) */",
            ]
        }
        lines += ["    return SCARD_S_SUCCESS;", "}", "```"]
        return lines.joined(separator: "\n")
    }

    /// A fenced shell block: commands with their output.
    mutating func shellCode() -> String {
        var lines = ["```sh"]
        for _ in 0..<rng.int(in: 2...5) {
            lines.append(
                "$ "
                    + rng.pick([
                        "sudo systemctl restart pcscd.service",
                        "pcsc_scan -r",
                        "journalctl -u pcscd --since today",
                        "opensc-tool --list-readers",
                        "lsusb -v -d 08e6:3437 | grep -i ccid",
                        "LIBCCID_ifdLogLevel=0x000F pcscd --foreground --debug",
                    ]))
            for _ in 0..<rng.int(in: 0...3) {
                let code = "0x801000\(hexByte().dropFirst(2))"
                lines.append("\(rng.int(in: 1...99_999)) \(rng.pick(Vocabulary.words)) \(code)")
            }
        }
        lines.append("```")
        return lines.joined(separator: "\n")
    }

    private mutating func hexByte() -> String {
        let digits = Array("0123456789ABCDEF")
        let value = rng.int(in: 0...255)
        return "0x" + String(digits[value / 16]) + String(digits[value % 16])
    }
}
