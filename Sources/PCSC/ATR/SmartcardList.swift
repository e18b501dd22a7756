import Foundation

/// The ATR list pcsc-tools ships (`smartcard_list.txt`): patterns and the cards they name.
///
/// Each entry is a line with an ATR pattern (hex bytes, `.` for any digit, `[..]` for a set,
/// `.*` for any rest) followed by tab-indented description lines.
public struct SmartcardList: Sendable {
    /// One pattern and its description lines.
    public struct Entry: Sendable, Equatable {
        /// The pattern as written in the file.
        public let pattern: String
        /// The line number of the pattern, counted from 1.
        public let line: Int
        /// The description lines, tabs removed.
        public let descriptions: [String]
    }

    /// Where the list was read from.
    public let path: String

    /// Every entry, in file order.
    public let entries: [Entry]

    /// The places pcsc-tools installs the list, in the order the probe looks.
    public static let defaultPaths = [
        "/usr/share/pcsc/smartcard_list.txt",
        "/usr/local/share/pcsc/smartcard_list.txt",
        "/opt/homebrew/share/pcsc/smartcard_list.txt",
    ]

    /// Reads the list at `path`.
    public init(contentsOf path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        self.init(path: path, text: String(decoding: data, as: UTF8.self))
    }

    /// Parses list text; `path` is only kept for output.
    public init(path: String, text: String) {
        var entries: [Entry] = []
        var pattern: String? = nil
        var patternLine = 0
        var descriptions: [String] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
        {
            if line.hasPrefix("\t") || line.hasPrefix(" ") {
                if pattern != nil {
                    descriptions.append(line.trimmingCharacters(in: .whitespaces))
                }
                continue
            }
            if let current = pattern {
                entries.append(
                    Entry(pattern: current, line: patternLine, descriptions: descriptions))
                pattern = nil
                descriptions = []
            }
            if line.isEmpty || line.hasPrefix("#") {
                continue
            }
            pattern = line.trimmingCharacters(in: .whitespaces)
            patternLine = offset + 1
        }
        if let current = pattern {
            entries.append(Entry(pattern: current, line: patternLine, descriptions: descriptions))
        }
        self.path = path
        self.entries = entries
    }

    /// The list at the first default path that exists, or nil.
    public static func installed() -> SmartcardList? {
        for path in defaultPaths where FileManager.default.fileExists(atPath: path) {
            if let list = try? SmartcardList(contentsOf: path) {
                return list
            }
        }
        return nil
    }

    /// Every entry whose pattern matches `atr`.
    public func matches(for atr: [UInt8]) -> [Entry] {
        let text = Array(Hex.spaced(atr).utf8)
        return entries.filter { ATRPattern.matches(Array($0.pattern.utf8), text) }
    }
}
