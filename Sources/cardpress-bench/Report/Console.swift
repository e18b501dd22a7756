import Foundation

/// Progress and results go to stdout, warnings and errors to stderr.
enum Console {
    static func say(_ line: String) {
        print(line)
        fflush(stdout)
    }

    static func warn(_ line: String) {
        FileHandle.standardError.write(Data(("cardpress-bench: warning: " + line + "\n").utf8))
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data(("cardpress-bench: error: " + line + "\n").utf8))
    }
}
