import CardPressKit
import Foundation

/// Where the executable speaks: results to stdout, warnings and errors to stderr.
struct Console {
    var quiet = false

    func say(_ line: String) {
        guard !quiet else { return }
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Prints every diagnostic as a compiler would; warnings are hidden by `--quiet`.
    func report(_ diagnostics: [Diagnostic]) {
        var text = ""
        for diagnostic in diagnostics where !(quiet && diagnostic.severity != .error) {
            text += diagnostic.description + "\n"
        }
        guard !text.isEmpty else { return }
        FileHandle.standardError.write(Data(text.utf8))
    }
}
