/// The relative prefix that leads from a page back to the site root: `""` for `index.html`,
/// `"../../../../"` for `posts/2023/10/x/index.html`.
public enum PageRoot {
    public static func of(outputFile: String) -> String {
        let depth = outputFile.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 }
        return String(repeating: "../", count: depth)
    }
}
