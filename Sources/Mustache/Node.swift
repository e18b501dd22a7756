/// One piece of a parsed template; rendering walks these without looking at the source again.
indirect enum Node: Sendable {
    case text([UInt8])
    case variable(DottedName, escaped: Bool)
    case section(DottedName, children: [Node], inverted: Bool)
    case partial(PartialReference)
    /// A parent and the blocks it overrides; other content inside a parent tag is ignored.
    case parent(PartialReference, overrides: [String: [Node]])
    case block(String, defaultContent: [Node])
}
