import PCSC

/// `pcsc-probe features`: the reader's PC/SC part 10 features, TLV properties and PIN
/// properties, read over a direct connection so no card is needed.
enum FeaturesCommand {
    static func run(_ invocation: Invocation) throws -> ExitCode {
        let reader = try invocation.reader()
        let connection = try invocation.connect(reader, share: .direct)
        let console = invocation.console

        let raw: [UInt8]
        do {
            raw = try connection.control(ControlCode.getFeatureRequest)
        } catch  where error.is(.unsupportedFeature) {
            return none(reader, error, console)
        } catch {
            throw ProbeFailure(error)
        }
        let list = FeatureList(bytes: raw)
        let tlv = list.controlCode(of: .getTLVProperties).map { code in
            Result { () throws(PCSCError) in try connection.control(code) }
        }
        let pin = list.controlCode(of: .ifdPINProperties).map { code in
            Result { () throws(PCSCError) in try connection.control(code) }
        }
        var pinResult: JSONValue = .null
        if invocation.parsed.flag("verify-pin") {
            pinResult = try verifyPIN(invocation, connection, list)
        }

        if console.json {
            console.document(
                .object([
                    ("reader", .string(reader)),
                    ("supported", .bool(true)),
                    ("raw", .hex(raw)),
                    ("features", .array(list.entries.map(json))),
                    ("issues", issuesJSON(list.issues)),
                    ("tlvProperties", tlv.map(tlvJSON) ?? .null),
                    ("pinProperties", pin.map(pinJSON) ?? .null),
                    ("pinVerify", pinResult),
                ]))
            return .success
        }
        console.line("Reader: \(reader)")
        console.line("GET_FEATURE_REQUEST answer (\(raw.count) bytes): \(Hex.spaced(raw))")
        for entry in list.entries {
            console.line(
                "  \(entry.feature.name) (0x\(Hex.byte(entry.feature.tag))): "
                    + "control code 0x\(Hex.word(entry.controlCode))")
        }
        list.issues.forEach { console.line("! \($0.description)") }
        if let tlv {
            textTLV(tlv, console)
        }
        if let pin {
            textPIN(pin, console)
        }
        if case .object(let members) = pinResult {
            let values = Dictionary(members, uniquingKeysWith: { first, _ in first })
            console.line(
                "PIN pad result: \(values["answer"]?.text ?? "") "
                    + "(\(values["meaning"]?.text ?? "no status word"))")
        }
        return .success
    }

    /// The answer for a reader whose driver implements no part 10 request.
    private static func none(_ reader: String, _ error: PCSCError, _ console: Console)
        -> ExitCode
    {
        if console.json {
            console.document(
                .object([
                    ("reader", .string(reader)),
                    ("supported", .bool(false)),
                    ("error", error.json),
                    ("features", .array([])),
                ]))
        } else {
            console.line("Reader: \(reader)")
            console.line(
                "The reader supports no PC/SC part 10 features: \(error.function) answered "
                    + "\(error.name) (\(error.hexCode)): \(error.message)")
        }
        return .success
    }

    /// Sends `FEATURE_VERIFY_PIN_DIRECT` with a PIN-pad VERIFY: only with `--allow-writes`,
    /// since a wrong PIN uses up a try.
    private static func verifyPIN(
        _ invocation: Invocation,
        _ connection: CardConnection,
        _ list: FeatureList
    ) throws -> JSONValue {
        guard invocation.parsed.flag("allow-writes") else {
            throw ProbeFailure(
                .refused, "refused --verify-pin: a PIN entry can use up a try and block the PIN",
                advice: "Add --allow-writes to send it anyway.")
        }
        guard let code = list.controlCode(of: .verifyPINDirect) else {
            throw ProbeFailure(.failure, "the reader does not offer FEATURE_VERIFY_PIN_DIRECT")
        }
        let answer: [UInt8]
        do {
            answer = try connection.control(code, PINVerifyRequest.standard)
        } catch {
            throw ProbeFailure(error)
        }
        let word = StatusWord(response: answer)
        return .object([
            ("answer", .hex(answer)),
            ("sw", .optional(word?.hex)),
            ("meaning", .optional(word?.meaning)),
        ])
    }

    private static func json(_ entry: FeatureList.Entry) -> JSONValue {
        .object([
            ("name", .string(entry.feature.name)),
            ("tag", .hex([entry.feature.tag])),
            ("controlCode", .string("0x" + Hex.word(entry.controlCode))),
        ])
    }

    private static func issuesJSON(_ issues: [TLVDecodeIssue]) -> JSONValue {
        .array(
            issues.map {
                .object([("code", .string($0.code)), ("message", .string($0.description))])
            })
    }

    private static func tlvJSON(_ result: Result<[UInt8], PCSCError>) -> JSONValue {
        switch result {
        case .failure(let error):
            return .object([("error", error.json)])
        case .success(let raw):
            let decoded = TLVProperties(bytes: raw)
            let properties = decoded.properties.map { property in
                JSONValue.object([
                    ("name", .string(property.name)),
                    ("tag", .hex([property.tag])),
                    ("raw", .hex(property.value)),
                    (
                        "value",
                        property.text.map(JSONValue.string)
                            ?? property.integer.map { .int(Int(truncatingIfNeeded: $0)) } ?? .null
                    ),
                ])
            }
            return .object([
                ("raw", .hex(raw)), ("properties", .array(properties)),
                ("issues", issuesJSON(decoded.issues)),
            ])
        }
    }

    private static func pinJSON(_ result: Result<[UInt8], PCSCError>) -> JSONValue {
        switch result {
        case .failure(let error):
            return .object([("error", error.json)])
        case .success(let raw):
            switch PINProperties.decode(raw) {
            case .failure(let issue):
                return .object([("raw", .hex(raw)), ("issues", issuesJSON([issue]))])
            case .success(let pin):
                return .object([
                    ("raw", .hex(raw)),
                    ("wLcdLayout", .int(Int(pin.lcdLayout))),
                    ("bEntryValidationCondition", .int(Int(pin.entryValidationCondition))),
                    ("validation", .array(pin.validationConditions.map(JSONValue.string))),
                    ("bTimeOut2", .int(Int(pin.timeOut2))),
                    ("issues", .array([])),
                ])
            }
        }
    }

    private static func textTLV(_ result: Result<[UInt8], PCSCError>, _ console: Console) {
        switch result {
        case .failure(let error):
            console.line("GET_TLV_PROPERTIES failed: \(error)")
        case .success(let raw):
            let decoded = TLVProperties(bytes: raw)
            console.line("TLV properties (\(raw.count) bytes):")
            for property in decoded.properties {
                console.line("  \(property.name): \(property.displayValue)")
            }
            decoded.issues.forEach { console.line("! \($0.description)") }
        }
    }

    private static func textPIN(_ result: Result<[UInt8], PCSCError>, _ console: Console) {
        switch result {
        case .failure(let error):
            console.line("IFD_PIN_PROPERTIES failed: \(error)")
        case .success(let raw):
            switch PINProperties.decode(raw) {
            case .failure(let issue):
                console.line("IFD_PIN_PROPERTIES: \(Hex.spaced(raw)): \(issue.description)")
            case .success(let pin):
                let display = pin.display.map { "\($0.columns)x\($0.lines)" } ?? "none"
                let conditions = pin.validationConditions.joined(separator: ", ")
                console.line(
                    "IFD PIN properties: display \(display), validation "
                        + "0x\(Hex.byte(pin.entryValidationCondition)) (\(conditions)), "
                        + "bTimeOut2 \(pin.timeOut2)")
            }
        }
    }
}
