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
/// interposition, the library calls it through its PLT), forwards "add" to the library's own
/// code under a lock and ignores "remove".
///
/// Interposition is a property of the platform's dynamic linker, so it is checked, not
/// assumed: `MarkdownRenderer` renders its first document under its lock and goes parallel
/// only once it has seen this function called.
enum CmarkInlineTable {
    /// Set the first time the library calls the function below instead of its own.
    static let isInterposed = Atomic<Bool>(false)

    private typealias Manage = @convention(c) (OpaquePointer?, Int32) -> Void

    private static let library = Mutex<Manage?>(nil)

    /// Adds the parser's extension characters with the library's own code; never removes.
    static func manage(_ parser: OpaquePointer?, add: Int32) {
        isInterposed.store(true, ordering: .releasing)
        guard add != 0 else { return }
        library.withLock { original in
            if original == nil, let symbol = dlsym(nextLibrary, functionName) {
                original = unsafeBitCast(symbol, to: Manage.self)
            }
            original?(parser, add)
        }
    }

    fileprivate static let functionName = "cmark_manage_extensions_special_characters"

    /// glibc's `RTLD_NEXT`: look the name up in the libraries loaded after this image.
    private static var nextLibrary: UnsafeMutableRawPointer? {
        UnsafeMutableRawPointer(bitPattern: -1)
    }
}

/// The interposing definition; its C name is the library's.
@_cdecl("cmark_manage_extensions_special_characters")
func cmarkManageExtensionsSpecialCharacters(_ parser: OpaquePointer?, _ add: Int32) {
    CmarkInlineTable.manage(parser, add: add)
}
