import Foundation

/// Progress and results go to stdout, warnings and errors to stderr.
///
/// With `--json` the JSON document owns stdout, so progress moves to stderr.
enum Console {
    nonisolated(unsafe) static var progressToStandardError = false

    static func say(_ line: String) {
        let handle =
            progressToStandardError
            ? FileHandle.standardError : FileHandle.standardOutput
        handle.write(Data((line + "\n").utf8))
    }

    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func warn(_ line: String) {
        FileHandle.standardError.write(Data(("cardpress-bench: warning: " + line + "\n").utf8))
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data(("cardpress-bench: error: " + line + "\n").utf8))
    }
}
