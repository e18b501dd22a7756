extension ATR {
    /// Decodes `bytes`; see `issues` for anything malformed.
    public init(bytes: [UInt8]) {
        var issues: [ATRIssue] = []
        guard let ts = bytes.first else {
            self.init(
                bytes: bytes, convention: nil, formatByte: nil, groups: [],
                historicalBytes: [], historical: nil, checkByte: .notRequired,
                issues: [.empty])
            return
        }
        let convention: Convention? =
            switch ts {
            case 0x3B: .direct
            case 0x3F: .inverse
            default: nil
            }
        if convention == nil {
            issues.append(.unknownConvention(ts))
        }
        if bytes.count > 33 {
            issues.append(.tooLong(count: bytes.count))
        }

        // The interface bytes: each Y nibble says which of TA..TD follow.
        var position = 1
        let formatByte = bytes.count > 1 ? bytes[1] : nil
        var groups: [InterfaceGroup] = []
        var indicator = formatByte.map { $0 >> 4 }
        var appliesTo: Int? = nil
        var truncated = false
        if formatByte == nil {
            issues.append(.truncatedInterfaceBytes(group: 0, missing: ["T"]))
            truncated = true
        } else {
            position = 2
        }
        while let nibble = indicator, !truncated {
            let index = groups.count + 1
            var values: [UInt8?] = [nil, nil, nil, nil]
            var missing: [String] = []
            for (bit, name) in ["TA", "TB", "TC", "TD"].enumerated() where nibble & (1 << bit) != 0
            {
                if position < bytes.count {
                    values[bit] = bytes[position]
                    position += 1
                } else {
                    missing.append(name)
                }
            }
            if !missing.isEmpty {
                issues.append(.truncatedInterfaceBytes(group: index, missing: missing))
                truncated = true
            }
            let group = InterfaceGroup(
                index: index, ta: values[0], tb: values[1], tc: values[2], td: values[3],
                appliesTo: appliesTo)
            groups.append(group)
            indicator = group.td.flatMap { $0 >> 4 == 0 ? nil : $0 >> 4 }
            appliesTo = group.protocolNumber
        }

        // The historical bytes: K of them, fewer if the ATR is cut short.
        let announced = Int((formatByte ?? 0) & 0x0F)
        let available = max(0, min(announced, bytes.count - position))
        let historicalBytes = Array(bytes[min(position, bytes.count)...].prefix(available))
        position += available
        if !truncated && available < announced {
            issues.append(.truncatedHistoricalBytes(announced: announced, present: available))
            truncated = true
        }
        let contactless =
            ts == 0x3B && groups.count == 2
            && groups[0].td == 0x80 && groups[0].ta == nil && groups[0].tb == nil
            && groups[0].tc == nil && groups[1].td == 0x01 && groups[1].ta == nil
            && groups[1].tb == nil && groups[1].tc == nil
        let historical =
            historicalBytes.isEmpty
            ? nil : HistoricalBytes(historicalBytes, contactless: contactless)
        issues += historical?.issues ?? []

        // TCK: required as soon as any TD offers something other than T=0.
        let needsCheck = groups.contains { ($0.protocolNumber ?? 0) != 0 }
        var checkByte = CheckByte.notRequired
        if needsCheck {
            if position < bytes.count {
                let found = bytes[position]
                let expected = bytes[1..<position].reduce(0, ^)
                checkByte =
                    expected == found
                    ? .valid(found) : .invalid(found: found, expected: expected)
                if expected != found {
                    issues.append(.wrongCheckByte(found: found, expected: expected))
                }
                position += 1
            } else {
                checkByte = .missing
                if !truncated {
                    issues.append(.missingCheckByte)
                }
            }
        }
        if position < bytes.count {
            issues.append(.extraBytes(count: bytes.count - position))
        }

        self.init(
            bytes: bytes, convention: convention, formatByte: formatByte, groups: groups,
            historicalBytes: historicalBytes, historical: historical, checkByte: checkByte,
            issues: issues)
    }
}
