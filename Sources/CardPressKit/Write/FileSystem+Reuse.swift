import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Unchanged files of the previous build go into the new one as hard links: the same inode,
/// the same modification time (deploys with rsync or make see nothing to do), no new inode to
/// allocate and no old one to free. The old file is only ever read and linked, never written:
/// the previous site stays exactly as it was until the swap.
extension FileSystem {
    /// Links `previous` at `path` when it holds exactly `buffer`; false when it does not, or
    /// when the link cannot be made (another file system), and the caller writes instead.
    static func reuse(
        _ previous: String,
        ifItHolds buffer: UnsafeRawBufferPointer,
        at path: String
    ) -> Bool {
        guard holds(previous, buffer) else { return false }
        if link(previous, path) == 0 { return true }
        guard errno == ENOENT else { return false }
        do {
            try makeFolders((path as NSString).deletingLastPathComponent)
        } catch {
            return false
        }
        return link(previous, path) == 0
    }

    /// True when the file at `path` is a regular file holding exactly `buffer`.
    private static func holds(_ path: String, _ buffer: UnsafeRawBufferPointer) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
            Int(status.st_size) == buffer.count, let old = read(path), old.count == buffer.count
        else { return false }
        return old.withUnsafeBytes { oldBytes in
            guard let oldBase = oldBytes.baseAddress, let newBase = buffer.baseAddress else {
                return buffer.isEmpty
            }
            return memcmp(oldBase, newBase, buffer.count) == 0
        }
    }
}
