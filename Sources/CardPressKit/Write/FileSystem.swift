import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few file operations the writer needs, done directly with POSIX calls on the hot path.
enum FileSystem {
    /// Writes `text` to `path`, replacing the file; throws a message on failure. When
    /// `previous` (the same file of the last build) holds exactly these bytes, it is linked
    /// instead (see `FileSystem+Reuse.swift`).
    static func write(
        _ text: String,
        to path: String,
        sameAs previous: String? = nil
    ) throws(Diagnostic) {
        var text = text
        var failure: Diagnostic?
        text.withUTF8 { buffer in
            do throws(Diagnostic) {
                try write(UnsafeRawBufferPointer(buffer), to: path, sameAs: previous)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
    }

    static func write(
        _ buffer: UnsafeRawBufferPointer,
        to path: String,
        sameAs previous: String?
    ) throws(Diagnostic) {
        if let previous, reuse(previous, ifItHolds: buffer, at: path) { return }
        try write(buffer, to: path)
    }

    /// Writes the bytes to `path`, making its missing folders first: folders are made by
    /// the writes that need them, on every core, instead of in a pass of their own.
    static func write(_ buffer: UnsafeRawBufferPointer, to path: String) throws(Diagnostic) {
        let flags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC
        var descriptor = open(path, flags, 0o644)
        if descriptor < 0, errno == ENOENT {
            try makeFolders((path as NSString).deletingLastPathComponent)
            descriptor = open(path, flags, 0o644)
        }
        guard descriptor >= 0 else {
            throw Diagnostic.error("cannot create \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var offset = 0
        while offset < buffer.count {
            guard let base = buffer.baseAddress else { break }
            let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw Diagnostic.error("cannot write \(path): \(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }

    /// The whole file as bytes, nil when it cannot be opened or read. One `fstat` and one
    /// `read` for a post-sized file: `FileManager.contents(atPath:)` costs several times that.
    static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }

        // One byte more than the size, so the read that finds the end needs no new room.
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: 65536)) }
            let count = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return -1 }
                return Glibc.read(descriptor, base + filled, buffer.count - filled)
            }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { break }
            filled += count
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

    static func copy(
        from source: String,
        to destination: String,
        sameAs previous: String? = nil
    ) throws(Diagnostic) {
        guard let data = read(source) else {
            throw Diagnostic.error("cannot read \(source)")
        }
        var failure: Diagnostic?
        data.withUnsafeBytes { buffer in
            do throws(Diagnostic) {
                try write(buffer, to: destination, sameAs: previous)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
    }

    /// `mkdir -p` with plain system calls; a folder another thread made meanwhile is fine.
    static func makeFolders(_ path: String) throws(Diagnostic) {
        guard !path.isEmpty, mkdir(path, 0o755) != 0 else { return }
        switch errno {
        case EEXIST:
            return
        case ENOENT:
            try makeFolders((path as NSString).deletingLastPathComponent)
            if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        default:
            break
        }
        throw Diagnostic.error(
            "cannot create the folder \(path): \(String(cString: strerror(errno)))")
    }

    static func makeFolder(_ path: String) throws(Diagnostic) {
        do {
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true)
        } catch {
            throw Diagnostic.error(
                "cannot create the folder \(path): \(error.localizedDescription)")
        }
    }

    static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            && isFolder.boolValue
    }

    /// The files under `folder` (anything but a folder, links included), relative, sorted.
    /// `readdir`'s entry types save a `stat` per file: this runs over the whole output twice
    /// a rebuild.
    static func files(under folder: String) -> [String] {
        var files: [String] = []
        collectFiles(in: folder, prefix: "", into: &files)
        return files.sorted()
    }

    private static func collectFiles(in folder: String, prefix: String, into files: inout [String])
    {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = folder + "/" + name
            var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                var status = stat()
                isFolder = lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
            }
            if isFolder {
                collectFiles(in: path, prefix: prefix + name + "/", into: &files)
            } else {
                files.append(prefix + name)
            }
        }
    }
}
