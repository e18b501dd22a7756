import Foundation

/// The values of one bug mapping, by key, with their places in the author's file.
///
/// Shapes are checked once when the mapping is read (a list where one value belongs, a
/// mapping where a list belongs), so the readers of single keys stay silent.
struct BugFields {
    let node: YAMLNode
    let block: MetadataBlock
    let log: DiagnosticLog

    /// Keys that hold one value.
    static let singleKeys: Set<String> = [
        "id", "title", "summary", "platform", "component", "fixed_in", "status", "workaround",
    ]
    /// Keys that hold a list, or one value standing for a list of one.
    static let listKeys: Set<String> = ["api", "affected", "refs", "errors", "readers"]

    init(node: YAMLNode, post: Post, log: DiagnosticLog) {
        self.node = node
        self.block = post.metadata.block
        self.log = log
        checkShapes()
    }

    /// Where the mapping starts.
    var nodeLocation: SourceLocation { block.location(of: node) }

    /// Where a key's value was written; nil when the key is absent.
    func location(of key: String) -> SourceLocation? {
        node[key].map(block.location(of:))
    }

    /// Where to point for a problem with a key: its value, or the mapping when it is absent.
    func place(_ key: String) -> SourceLocation {
        location(of: key) ?? nodeLocation
    }

    /// A key's single value; nil when absent, empty or not a single value.
    func text(_ key: String) -> String? {
        guard let value = node[key], !value.isNull, let text = value.scalar else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A key's list; one value is a list of one, or split at commas unless told otherwise.
    func list(_ key: String, splittingCommas: Bool = true) -> [String] {
        guard let value = node[key], !value.isNull else { return [] }
        if let items = value.sequence {
            return items.compactMap(\.scalar).map(trimmed).filter { !$0.isEmpty }
        }
        guard let text = value.scalar else { return [] }
        let parts = splittingCommas ? text.split(separator: ",").map(String.init) : [text]
        return parts.map(trimmed).filter { !$0.isEmpty }
    }

    /// Reports keys outside the contract, which would otherwise be dropped without a word.
    func rejectUnknownKeys() {
        for pair in node.mapping ?? [] {
            let key = pair.key.scalar ?? ""
            guard !BugReader.keys.contains(key) else { continue }
            log.error(
                "unknown key '\(key)' in a bug "
                    + "(expected \(BugReader.keys.joined(separator: ", ")))",
                at: block.location(of: pair.key))
        }
    }

    private func checkShapes() {
        for pair in node.mapping ?? [] {
            guard let key = pair.key.scalar, !pair.value.isNull else { continue }
            let value = pair.value
            if Self.singleKeys.contains(key), value.scalar == nil {
                log.error(
                    "'\(key)' must be a single value, not \(value.kindName)",
                    at: block.location(of: value))
            }
            if Self.listKeys.contains(key) {
                let items = value.sequence ?? [value]
                for item in items where item.scalar == nil {
                    log.error(
                        "'\(key)' must be a list of single values; this item is \(item.kindName)",
                        at: block.location(of: item))
                }
            }
        }
    }

    private func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
