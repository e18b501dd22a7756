/// Draws a `bug:` mapping for the one post in ten that tracks a platform bug.
enum BugFactory {
    static let statuses = ["open", "fixed", "wontfix", "workaround", "cannot-reproduce"]
    static let apis = ["SCardControl", "SCardTransmit", "SCardConnect"]

    static func make(
        id: String,
        title: String,
        date: PostDate,
        using rng: inout SplitMix64
    ) -> BugRecord {
        let status = rng.pick(statuses)
        let major = rng.int(in: 10...15)
        let minor = rng.int(in: 0...4)
        let error = rng.pick(Vocabulary.objects.filter { $0.hasPrefix("SCARD_") })

        var history = [
            BugRecord.HistoryEntry(
                date: date,
                status: "open",
                note: "Reported as FB\(rng.int(in: 10_000_000...13_999_999)).")
        ]
        if status != "open" {
            history.append(
                BugRecord.HistoryEntry(
                    date: date.adding(months: rng.int(in: 1...9)),
                    status: status,
                    note: "Checked again on \(major).\(minor + 1)."))
        }

        return BugRecord(
            id: id,
            title: title,
            summary: "\(rng.pick(Vocabulary.subjects)) \(rng.pick(Vocabulary.verbs)) \(error).",
            platform: rng.pick(Vocabulary.platforms),
            component: rng.pick(Vocabulary.components),
            api: rng.pick(rng.int(in: 1...2), of: apis),
            affected: ">=\(major).\(minor) <\(major).\(minor + 1)",
            fixedIn: status == "fixed" ? "\(major).\(minor + 1)" : nil,
            status: status,
            refs: [
                "FB\(rng.int(in: 10_000_000...13_999_999))",
                "Debian #\(rng.int(in: 900_000...1_080_000))",
            ],
            errors: [error],
            readers: rng.pick(rng.int(in: 1...2), of: Vocabulary.readers),
            workaround: "Unplug the reader, then run:\n\n    sudo systemctl restart pcscd\n",
            history: history
        )
    }
}
