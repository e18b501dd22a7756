/// Where a tag starts in its template, kept on nodes that can fail at render time.
struct SourceLocation: Sendable, Equatable {
    var line: Int
    var column: Int

    func error(in file: String, _ message: String) -> MustacheError {
        MustacheError(file: file, line: line, column: column, message: message)
    }
}
