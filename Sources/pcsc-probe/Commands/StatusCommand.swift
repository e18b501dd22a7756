import PCSC

/// `pcsc-probe status`: connect, `SCardStatus`, and the decoded ATR.
enum StatusCommand {
    static func run(_ invocation: Invocation) throws -> ExitCode {
        let reader = try invocation.reader()
        let connection = try invocation.connect(reader, share: .shared)
        let status: CardStatus
        do {
            status = try connection.status()
        } catch {
            throw ProbeFailure(error)
        }
        let atr = ATR(bytes: status.atr)
        let list = try invocation.atrList()

        if invocation.console.json {
            invocation.console.document(
                .object([
                    ("reader", .string(reader)),
                    ("readerNames", .array(status.readerNames.map(JSONValue.string))),
                    ("state", .array(status.state.names.map(JSONValue.string))),
                    ("stateValue", .string("0x" + Hex.word(status.state.rawValue))),
                    ("protocol", .string(status.activeProtocol.name)),
                    ("atr", atr.json(list: list)),
                ]))
            return .success
        }
        let console = invocation.console
        console.line("Current Reader Name     : \(status.readerNames.first ?? reader)")
        console.line(
            "Current Reader State    : 0x\(String(status.state.rawValue, radix: 16)) "
                + "(\(status.state.names.joined(separator: ", ")))")
        console.line("Current Reader Protocol : \(status.activeProtocol.name)")
        console.line("Current Reader ATR Size : \(status.atr.count)")
        console.line("")
        atr.reportLines(list: list).forEach { console.line($0) }
        return .success
    }
}
