/// One scanned tag: its kind, its trimmed content and where it sits in the source.
struct Tag: Sendable {
    var kind: TagKind
    var content: [UInt8]
    var start: Int
    var end: Int

    var contentText: String { String(decoding: content, as: UTF8.self) }
}
