import PCSC

extension ReaderState {
    /// The card state in pcsc_scan's words: `Card inserted, Shared Mode`.
    var stateText: String {
        let words: [(ReaderStateFlags, String)] = [
            (.ignore, "Ignore this reader"), (.unknown, "Unknown reader"),
            (.unavailable, "Status unavailable"), (.empty, "Card removed"),
            (.present, "Card inserted"), (.atrMatch, "ATR matches card"),
            (.exclusive, "Exclusive Mode"), (.inUse, "Shared Mode"),
            (.mute, "Unresponsive card"), (.unpowered, "Unpowered card"),
        ]
        return words.filter { flags.contains($0.0) }.map(\.1).joined(separator: ", ")
    }

    /// `{"name", "index", "flags", "eventCounter", "atr"}`.
    func json(index: Int) -> JSONValue {
        .object([
            ("index", .int(index)),
            ("name", .string(reader)),
            ("flags", .array(flags.withoutChange.names.map(JSONValue.string))),
            ("cardPresent", .bool(hasCard)),
            ("eventCounter", .int(eventCounter)),
            ("atr", atr.isEmpty ? .null : .hex(atr)),
        ])
    }
}
