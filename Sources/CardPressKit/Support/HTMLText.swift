import Mustache

/// Escapes text for HTML that Swift code writes itself (boxes and appendices added to posts),
/// exactly the way Mustache's `{{...}}` does for templates.
enum HTMLText {
    static func escape(_ text: String) -> String {
        HTMLEscape.escape(text)
    }
}
