/// A section, inverted section, parent or block still waiting for its closing tag.
struct ParseFrame {
    var kind: TagKind
    var name: String
    var dottedName: DottedName
    var reference: PartialReference?
    var location: SourceLocation
    var nodes: [Node] = []
}
