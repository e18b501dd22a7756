import Foundation

extension BugReader {
    /// The keys of one history entry.
    static let historyKeys = ["date", "status", "note"]

    /// The `history` list, oldest first: `- date: ... / status: ... / note: ...` entries,
    /// or the short `- 2024-02-05: fixed in 14.3` (a note without a status change).
    func readHistory(_ fields: BugFields) -> [BugEvent] {
        guard let list = fields.node["history"], !list.isNull else { return [] }
        guard let items = list.sequence else {
            log.error(
                "'history' must be a list of dated entries (date, status, note), not "
                    + list.kindName, at: fields.block.location(of: list))
            return []
        }
        var events: [BugEvent] = []
        for item in items {
            guard let event = readEvent(item, block: fields.block) else { continue }
            if let previous = events.last, event.date < previous.date {
                log.error(
                    "history entry of \(event.day) comes after one of \(previous.day); list "
                        + "history entries oldest first", at: event.location)
                continue
            }
            var numbered = event
            numbered.ordinal = events.filter { $0.day == event.day }.count + 1
            events.append(numbered)
        }
        return events
    }

    private func readEvent(_ item: YAMLNode, block: MetadataBlock) -> BugEvent? {
        let place = block.location(of: item)
        guard let pairs = item.mapping, !pairs.isEmpty else {
            log.error(
                "a history entry must be a mapping (date, status, note) or '<date>: <note>', "
                    + "not \(item.kindName)", at: place)
            return nil
        }

        if item["date"] == nil, pairs.count == 1, let dateText = pairs[0].key.scalar,
            dateParser.parse(dateText) != nil
        {
            return event(
                dateText: dateText, dateNode: pairs[0].key, status: nil,
                note: pairs[0].value.scalar ?? "", place: place, block: block)
        }

        var fine = true
        for pair in pairs where !Self.historyKeys.contains(pair.key.scalar ?? "") {
            log.error(
                "unknown key '\(pair.key.scalar ?? "")' in a history entry (expected date, "
                    + "status, note)", at: block.location(of: pair.key))
            fine = false
        }
        guard let dateNode = item["date"], let dateText = dateNode.scalar else {
            log.error("a history entry needs a 'date' (such as 2024-02-05)", at: place)
            return nil
        }
        var status: BugStatus?
        if let statusNode = item["status"], let text = statusNode.scalar, !statusNode.isNull {
            status = BugStatus(rawValue: text)
            if status == nil {
                log.error(
                    "unknown status '\(text)' in history (expected \(BugStatus.allowedText))",
                    at: block.location(of: statusNode))
                fine = false
            }
        }
        guard fine else { return nil }
        return event(
            dateText: dateText, dateNode: dateNode, status: status,
            note: item["note"]?.scalar ?? "", place: place, block: block)
    }

    private func event(
        dateText: String,
        dateNode: YAMLNode,
        status: BugStatus?,
        note: String,
        place: SourceLocation,
        block: MetadataBlock
    ) -> BugEvent? {
        guard let date = dateParser.parse(dateText) else {
            log.error(
                "history date '\(dateText)' is not a date (write \(DateParser.acceptedForms))",
                at: block.location(of: dateNode))
            return nil
        }
        return BugEvent(
            day: date.local.isoDate, date: date, status: status,
            note: note.trimmingCharacters(in: .whitespacesAndNewlines), ordinal: 1,
            location: place)
    }
}
