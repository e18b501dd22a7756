/// Splits a command line into words as a POSIX shell would for quoting, and nothing more:
/// no variables, globbing or redirection, because a snippet is never handed to a shell.
enum CommandWords {
    enum Failure: Error, Equatable {
        case unclosedQuote(Character)
    }

    static func split(_ line: String) throws(Failure) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false

        for character in line {
            if escaped {
                current.append(character)
                escaped = false
                continue
            }
            if let open = quote {
                if character == open {
                    quote = nil
                } else if character == "\\" && open == "\"" {
                    escaped = true
                } else {
                    current.append(character)
                }
                continue
            }
            switch character {
            case "\"", "'":
                quote = character
                inWord = true
            case "\\":
                escaped = true
                inWord = true
            case " ", "\t", "\n", "\r":
                if inWord { words.append(current) }
                current = ""
                inWord = false
            default:
                current.append(character)
                inWord = true
            }
        }
        if let quote { throw .unclosedQuote(quote) }
        if inWord { words.append(current) }
        return words
    }

    /// The words as one line a shell would split back into them: plain words bare, others
    /// in double quotes.
    static func join(_ words: [String]) -> String {
        words.map { word in
            let plain =
                !word.isEmpty
                && word.allSatisfy { $0.isLetter || $0.isNumber || "-_./=:,+@%".contains($0) }
            guard !plain else { return word }
            let escaped = word.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "\"", with: "\\\"")
            return "\"" + escaped + "\""
        }.joined(separator: " ")
    }
}
