/// One `{{>name}}` or `{{<name}}` found while validating, and whether it always renders.
struct IncludeEdge {
    var reference: PartialReference
    var isParent: Bool
    /// False inside sections and blocks, where a loop can stop on data or an override.
    var unconditional: Bool

    init(_ reference: PartialReference, _ isParent: Bool, _ unconditional: Bool) {
        self.reference = reference
        self.isParent = isParent
        self.unconditional = unconditional
    }
}
