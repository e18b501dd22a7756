import Foundation

/// Where results and errors go: results to stdout, errors and advice to stderr.
///
/// Writes go straight to the file descriptors, unbuffered, so a streaming command (`scan`,
/// `wait`) shows each event at once even when stdout is a pipe.
struct Console: Sendable {
    /// Whether the user asked for `--json`.
    let json: Bool

    /// Writes one line of text to stdout.
    func line(_ text: String = "") {
        write(text + "\n", to: FileHandle.standardOutput)
    }

    /// Writes a JSON document to stdout: indented for a whole result.
    func document(_ value: JSONValue) {
        line(value.pretty())
    }

    /// Writes one JSON value on one line, for event streams (JSON Lines).
    func event(_ value: JSONValue) {
        line(value.encoded())
    }

    /// Writes a line to stderr.
    func error(_ text: String) {
        write(text + "\n", to: FileHandle.standardError)
    }

    private func write(_ text: String, to handle: FileHandle) {
        handle.write(Data(text.utf8))
    }
}
