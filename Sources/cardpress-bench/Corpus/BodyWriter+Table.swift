extension BodyWriter {
    /// A GFM table of readers and results, three to eight rows.
    mutating func table() -> String {
        var lines = [
            "| Reader | Firmware | Platform | Result |",
            "|:-------|:--------:|:---------|-------:|",
        ]
        for _ in 0..<rng.int(in: 3...8) {
            let firmware = "\(rng.int(in: 1...9)).\(rng.int(in: 0...99))"
            let result = rng.chance(70) ? "works" : "`\(rng.pick(Vocabulary.objects))`"
            lines.append(
                "| \(rng.pick(Vocabulary.readers)) | \(firmware) "
                    + "| \(rng.pick(Vocabulary.platforms)) | \(result) |")
        }
        return lines.joined(separator: "\n")
    }
}
