/// A template problem, located in the template file so a theme author can go straight to it.
public struct MustacheError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The template's path as given when it was loaded.
    public var file: String
    /// 1-based line of the tag at fault.
    public var line: Int
    /// 1-based column of the tag's first character.
    public var column: Int
    /// What is wrong, quoting the tag's name.
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: error: message`, the shape compilers and editors understand.
    public var description: String {
        "\(file):\(line):\(column): error: \(message)"
    }
}
