/// A command line the benchmark cannot run; the message quotes what was typed.
struct UsageError: Error {
    let message: String

    init(_ message: String) {
        self.message = message
    }
}
