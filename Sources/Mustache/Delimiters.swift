/// The current tag markers; `{{=<% %>=}}` swaps them for the rest of the template.
struct Delimiters: Sendable {
    var open: [UInt8]
    var close: [UInt8]

    static let standard = Delimiters(open: Array("{{".utf8), close: Array("}}".utf8))
}
