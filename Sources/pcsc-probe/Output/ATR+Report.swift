import PCSC

extension ATR {
    /// The decoded ATR as pcsc_scan's analysis prints it, one fact per line.
    func reportLines(list: SmartcardList?) -> [String] {
        var lines = ["ATR: \(Hex.spaced(bytes))"]
        if let ts = bytes.first {
            let name = convention.map { $0 == .direct ? "Direct" : "Inverse" } ?? "Unknown"
            lines.append("+ TS = \(Hex.byte(ts)) --> \(name) Convention")
        }
        if let formatByte {
            let bits = String(formatByte >> 4, radix: 2)
            let padded = String(repeating: "0", count: 4 - bits.count) + bits
            lines.append(
                "+ T0 = \(Hex.byte(formatByte)), Y(1): \(padded), "
                    + "K: \(announcedHistoricalCount) (historical bytes)")
        }
        for (name, value, meaning) in interfaceByteMeanings {
            lines.append("  \(name) = \(Hex.byte(value)) --> \(meaning)")
        }
        lines.append("+ Protocols offered: " + protocols.map { "T=\($0)" }.joined(separator: ", "))
        if let historical {
            lines.append("+ Historical bytes: \(Hex.spaced(historicalBytes))")
            lines.append(
                "  Category indicator byte: \(Hex.byte(historical.category)) "
                    + "(\(historical.categoryMeaning))")
            if let typeB = historical.typeB {
                lines.append(
                    "  ISO 14443-B (PC/SC part 3): application data "
                        + "\(Hex.spaced(typeB.applicationData)), protocol info "
                        + "\(Hex.spaced(typeB.protocolInfo)), MBLI/CID \(Hex.byte(typeB.mbli))")
            }
            if let card = historical.storageCard {
                lines.append(
                    "  PC/SC part 3 storage card: RID \(Hex.spaced(card.rid)), standard "
                        + "\(Hex.byte(card.standard)), card name \(Hex.spaced(card.cardName))")
            }
            for object in historical.objects {
                lines.append(
                    "  + Tag: \(Hex.byte(object.tag)) (\(object.name)): "
                        + Hex.spaced(object.value))
            }
            if !historical.status.isEmpty {
                lines.append("  + Status indicator: \(Hex.spaced(historical.status))")
            }
        }
        switch checkByte {
        case .notRequired:
            lines.append("+ TCK: none (only T=0 offered)")
        case .valid(let byte):
            lines.append("+ TCK = \(Hex.byte(byte)) (correct checksum)")
        case .invalid(let found, let expected):
            lines.append(
                "+ TCK = \(Hex.byte(found)) WRONG CHECKSUM (expected \(Hex.byte(expected)))")
        case .missing:
            lines.append("+ TCK: MISSING")
        }
        for issue in issues {
            lines.append("! \(issue.description)")
        }
        lines += identificationLines(list: list)
        return lines
    }

    /// The matching entries of `smartcard_list.txt`, or why there are none.
    func identificationLines(list: SmartcardList?) -> [String] {
        guard let list else {
            return ["", "No ATR list found (install pcsc-tools, or give --atr-list FILE)."]
        }
        let matches = list.matches(for: bytes)
        guard !matches.isEmpty else {
            return ["", "Unknown ATR (not in \(list.path))."]
        }
        var lines = ["", "Possibly identified card (using \(list.path)):"]
        for entry in matches {
            lines.append("\(entry.pattern)")
            lines += entry.descriptions.map { "\t\($0)" }
        }
        return lines
    }

    /// The decoded ATR for `--json` (see JSONSchema.md, "atr").
    func json(list: SmartcardList?) -> JSONValue {
        let check: JSONValue =
            switch checkByte {
            case .notRequired: .object([("status", .string("not-required"))])
            case .valid(let byte):
                .object([("status", .string("valid")), ("value", .hex([byte]))])
            case .invalid(let found, let expected):
                .object([
                    ("status", .string("invalid")), ("value", .hex([found])),
                    ("expected", .hex([expected])),
                ])
            case .missing: .object([("status", .string("missing"))])
            }
        let interface = interfaceByteMeanings.map { name, value, meaning in
            JSONValue.object([
                ("name", .string(name)), ("value", .hex([value])), ("meaning", .string(meaning)),
            ])
        }
        let historicalJSON: JSONValue =
            historical.map { historical in
                .object([
                    ("bytes", .hex(historicalBytes)),
                    ("category", .hex([historical.category])),
                    ("categoryMeaning", .string(historical.categoryMeaning)),
                    (
                        "objects",
                        .array(
                            historical.objects.map {
                                .object([
                                    ("tag", .hex([$0.tag])), ("name", .string($0.name)),
                                    ("value", .hex($0.value)),
                                ])
                            })
                    ),
                    ("status", historical.status.isEmpty ? .null : .hex(historical.status)),
                ])
            } ?? .null
        let identified: JSONValue =
            list.map { list in
                .object([
                    ("list", .string(list.path)),
                    (
                        "matches",
                        .array(
                            list.matches(for: bytes).map {
                                .object([
                                    ("pattern", .string($0.pattern)), ("line", .int($0.line)),
                                    ("descriptions", .array($0.descriptions.map(JSONValue.string))),
                                ])
                            })
                    ),
                ])
            } ?? .null
        return .object([
            ("bytes", .hex(bytes)),
            ("convention", .optional(convention?.rawValue)),
            ("t0", formatByte.map { .hex([$0]) } ?? .null),
            ("interfaceBytes", .array(interface)),
            ("protocols", .array(protocols.map(JSONValue.int))),
            ("historical", historicalJSON),
            ("tck", check),
            ("wellFormed", .bool(isWellFormed)),
            (
                "issues",
                .array(
                    issues.map {
                        .object([("code", .string($0.code)), ("message", .string($0.description))])
                    })
            ),
            ("identification", identified),
        ])
    }
}
