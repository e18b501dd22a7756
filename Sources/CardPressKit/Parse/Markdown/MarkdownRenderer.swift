import CCmarkGFM
import Foundation
import Synchronization

/// Markdown to HTML with cmark-gfm: CommonMark plus GitHub's tables, strikethrough, autolinks
/// and task lists, raw HTML kept, and an `id` on every heading so old links can name a
/// section.
///
/// cmark-gfm 0.29 keeps a process-wide table that each parser changes while it runs; parsers
/// on several threads at once silently lose autolinks. `CmarkInlineTable` takes over the
/// function that changes it, and once it has seen itself called, documents render on every
/// core at once; until then (and on a platform where that cannot work) every call goes
/// through one lock.
public enum MarkdownRenderer {
    /// One fenced code block, as the post's author wrote it.
    public struct FencedBlock: Sendable, Hashable {
        public var info: String
        public var literal: String
        /// 1-based line of the opening fence within the Markdown text.
        public var line: Int
    }

    public struct Output: Sendable {
        public var html: String
        public var fencedBlocks: [FencedBlock]
    }

    private static let lock = Mutex(())
    private static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    /// Renders `markdown`. Fenced blocks whose info string's first word is in
    /// `collectingFences` are reported in `fencedBlocks` (they still render as code).
    public static func render(
        _ markdown: String,
        collectingFences: Set<String> = []
    ) -> Output {
        if CmarkInlineTable.isInterposed.load(ordering: .acquiring) {
            return renderDocument(markdown, collectingFences: collectingFences)
        }
        return lock.withLock { _ in
            renderDocument(markdown, collectingFences: collectingFences)
        }
    }

    /// True once documents render in parallel; false while they take turns.
    public static var rendersInParallel: Bool {
        CmarkInlineTable.isInterposed.load(ordering: .acquiring)
    }

    /// The extensions, found once: registering them is not safe on several threads. The
    /// registry never changes afterwards, and parsers only read the extensions.
    nonisolated(unsafe) private static let extensions: [OpaquePointer] = {
        cmark_gfm_core_extensions_ensure_registered()
        return extensionNames.compactMap { cmark_find_syntax_extension($0) }
    }()

    private static func renderDocument(
        _ markdown: String,
        collectingFences: Set<String>
    ) -> Output {
        let options = CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE
        guard let parser = cmark_parser_new(options) else {
            return Output(html: "", fencedBlocks: [])
        }
        defer { cmark_parser_free(parser) }

        for syntax in extensions {
            cmark_parser_attach_syntax_extension(parser, syntax)
        }
        var bytes = Array(markdown.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else {
            return Output(html: "", fencedBlocks: [])
        }
        defer { cmark_node_free(document) }

        let walk = DocumentWalk(document: document, collectingFences: collectingFences)
        guard
            let rendered = cmark_render_html(
                document, options, cmark_parser_get_syntax_extensions(parser))
        else {
            return Output(html: "", fencedBlocks: walk.fencedBlocks)
        }
        defer { free(rendered) }
        let html = HeadingAnchors.apply(String(cString: rendered), markers: walk.headingMarkers)
        return Output(html: html, fencedBlocks: walk.fencedBlocks)
    }
}

/// One pass over the document: marks headings for their ids and collects fenced blocks.
private struct DocumentWalk {
    var headingMarkers = false
    var fencedBlocks: [MarkdownRenderer.FencedBlock] = []

    init(document: OpaquePointer, collectingFences: Set<String>) {
        var usedIDs: [String: Int] = [:]
        var headings: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }

        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else {
                continue
            }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HEADING {
                headings.append(node)
            } else if type == CMARK_NODE_CODE_BLOCK, !collectingFences.isEmpty {
                let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
                let word = info.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
                if collectingFences.contains(word) {
                    let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                    fencedBlocks.append(
                        .init(
                            info: info, literal: literal,
                            line: Int(cmark_node_get_start_line(node))))
                }
            }
        }

        for heading in headings {
            let base = Slug.make(plainText(of: heading))
            let stem = base.isEmpty ? "section" : base
            let count = usedIDs[stem, default: 0]
            usedIDs[stem] = count + 1
            let id = count == 0 ? stem : "\(stem)-\(count)"
            guard let marker = cmark_node_new(CMARK_NODE_HTML_INLINE) else { continue }
            cmark_node_set_literal(marker, "\(HeadingAnchors.markerPrefix)\(id)-->")
            if cmark_node_prepend_child(heading, marker) == 1 {
                headingMarkers = true
            } else {
                cmark_node_free(marker)
            }
        }
    }

    private func plainText(of node: OpaquePointer) -> String {
        var text = ""
        var child = cmark_node_first_child(node)
        while let current = child {
            if let literal = cmark_node_get_literal(current) {
                text += String(cString: literal)
            } else {
                text += plainText(of: current)
            }
            child = cmark_node_next(current)
        }
        return text
    }
}
