import Foundation

/// The Hugo the figures were measured against, e.g. `hugo v0.111.3+extended linux/amd64`.
enum HugoVersion {
    /// The first line of `hugo version`, without the build date; nil if it cannot run.
    static func of(_ hugo: URL) -> String? {
        let process = Process()
        process.executableURL = hugo
        process.arguments = ["version"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()

        let line = String(decoding: data, as: UTF8.self).split(separator: "\n").first ?? ""
        let words = line.split(separator: " ").filter { !$0.hasPrefix("BuildDate=") }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}
