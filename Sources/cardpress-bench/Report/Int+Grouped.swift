extension Int {
    /// The number with thousands separated by commas, `10,000`, as the table prints counts.
    var grouped: String {
        let digits = Array(String(self.magnitude))
        var text = self < 0 ? "-" : ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }
}
