import Foundation
import Synchronization

/// Makes cmark-gfm's one process-wide table of inline "special characters" safe to share
/// between parsers on several threads, so Markdown can render on every core.
///
/// cmark-gfm 0.29 calls `cmark_manage_extensions_special_characters(parser, 1)` before it
/// parses a document's inlines and `(parser, 0)` after, adding and then removing the
/// characters its extensions watch for (`:` and `w` for autolinks, `~`, `|`). A parser that
/// finishes removes them under the feet of one still running, whose autolinks then vanish.
/// Every CardPress parser attaches the same extensions, so the characters may as well stay:
/// this definition of the exported function takes the library's place (ELF symbol
/// interposition, the library calls it through its PLT), forwards the first "add" to the
/// library's own code under a lock, and ignores every later call.
///
/// Interposition is a property of the platform's dynamic linker, so it is checked, not
/// assumed: `MarkdownRenderer` renders its first document under its lock and goes parallel
/// only once it has seen this function called.
enum CmarkInlineTable {
    /// Set once the library has called the function below instead of its own, and the
    /// characters are in the table: documents may then render on several threads, and every
    /// later call returns at once.
    static let isInterposed = Atomic<Bool>(false)

    private typealias Manage = @convention(c) (OpaquePointer?, Int32) -> Void

    private static let library = Mutex<Manage?>(nil)

    /// Adds the parser's extension characters once, with the library's own code; never
    /// removes them.
    static func manage(_ parser: OpaquePointer?, add: Int32) {
        guard add != 0, !isInterposed.load(ordering: .acquiring) else { return }
        library.withLock { original in
            guard !isInterposed.load(ordering: .relaxed) else { return }
            if original == nil, let symbol = dlsym(nextLibrary, functionName) {
                original = unsafeBitCast(symbol, to: Manage.self)
            }
            guard let original else { return }
            original(parser, add)
            isInterposed.store(true, ordering: .releasing)
        }
    }

    fileprivate static let functionName = "cmark_manage_extensions_special_characters"

    /// glibc's `RTLD_NEXT`: look the name up in the libraries loaded after this image.
    private static var nextLibrary: UnsafeMutableRawPointer? {
        UnsafeMutableRawPointer(bitPattern: -1)
    }
}

/// The interposing definition; its C name is the library's. Public, so the symbol is visible
/// outside the module; an executable must also export it (see Package.swift).
@_cdecl("cmark_manage_extensions_special_characters")
public func cmarkManageExtensionsSpecialCharacters(_ parser: OpaquePointer?, _ add: Int32) {
    CmarkInlineTable.manage(parser, add: add)
}
