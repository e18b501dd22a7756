import CXXHash

/// XXH3 digests of file contents, so the importer can tell a file it wrote from one the
/// author changed since.
///
/// The only file that calls libxxhash; the digest leaves it as 16 hex digits.
enum ContentHash {
    static func of(_ text: String) -> String {
        var text = text
        let value = text.withUTF8 { buffer in
            XXH3_64bits(buffer.baseAddress, buffer.count)
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
