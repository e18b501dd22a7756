import Foundation

/// URL-safe names for posts, tags and categories.
///
/// Letters are folded to lower-case ASCII (`é` → `e`, `ß` → `ss`, Cyrillic transliterated),
/// runs of spaces and dashes become one `-`, everything else but `_` is dropped, so `PC/SC`
/// gives `pcsc` and `macOS Sonoma` gives `macos-sonoma`, as Nikola names them.
public enum Slug {
    public static func make(_ text: String) -> String {
        let ascii = isPlainASCII(text) ? text : transliterated(text)
        var output: [UInt8] = []
        output.reserveCapacity(ascii.utf8.count)
        var pendingDash = false
        for byte in ascii.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "_"):
                if pendingDash && !output.isEmpty { output.append(UInt8(ascii: "-")) }
                pendingDash = false
                output.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if pendingDash && !output.isEmpty { output.append(UInt8(ascii: "-")) }
                pendingDash = false
                output.append(byte + 32)
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "\t"), UInt8(ascii: "."):
                pendingDash = true
            default:
                continue
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    private static func transliterated(_ text: String) -> String {
        text.applyingTransform(StringTransform("Any-Latin; Latin-ASCII"), reverse: false)
            ?? text
    }
}
