import Foundation

extension BenchOptions {
    /// Reads the command line; `nil` means `--help` was asked for and printed.
    static func parse(_ arguments: [String]) throws(UsageError) -> BenchOptions? {
        var options = BenchOptions()
        var rest = arguments[...]

        while let argument = rest.popFirst() {
            let (name, inlineValue) = split(argument)
            func value() throws(UsageError) -> String {
                if let inlineValue { return inlineValue }
                guard let next = rest.popFirst() else {
                    throw UsageError("'\(name)' needs a value")
                }
                return next
            }

            switch name {
            case "-h", "--help":
                Console.output(usage)
                return nil
            case "--posts": options.postCounts = try counts(try value())
            case "--runs": options.runs = try positive(try value(), for: name)
            case "--work": options.workFolder = URL(fileURLWithPath: try value())
            case "--cardpress": options.cardpress = URL(fileURLWithPath: try value())
            case "--hugo": options.hugo = URL(fileURLWithPath: try value())
            case "--themes": options.themes = URL(fileURLWithPath: try value())
            case "--seed":
                let text = try value()
                guard let seed = UInt64(text) else {
                    throw UsageError("'--seed' must be a whole number, not '\(text)'")
                }
                options.seed = seed
            case "--keep": options.keep = true
            case "--json": options.json = true
            case "--skip-hugo": options.skipHugo = true
            case "--skip-cardpress": options.skipCardPress = true
            default:
                throw UsageError("unknown option '\(argument)' (see --help)")
            }
        }

        if options.skipHugo, options.skipCardPress {
            throw UsageError("'--skip-hugo' and '--skip-cardpress' leave nothing to time")
        }
        return options
    }

    static let usage = """
        USAGE: cardpress-bench [options]

        Generates a smart card knowledge base corpus, builds it with CardPress and with Hugo
        on the same posts, and prints wall time, peak memory (RSS) and their ratios.

        OPTIONS:
          --posts LIST        corpus sizes, comma separated (default 1000,10000)
          --runs N            timed runs per tool and size (default 3 up to 2,000 posts, else 2)
          --work DIR          work folder for corpora and outputs (default ./bench-work)
          --cardpress PATH    cardpress binary (default .build/release/cardpress)
          --hugo PATH         hugo binary (default /usr/bin/hugo)
          --themes DIR        folder holding the default theme (default ./themes)
          --seed N            corpus seed (default 2023)
          --keep              keep the work folder after the run
          --json              print the results as JSON on stdout
          --skip-hugo         time CardPress alone
          --skip-cardpress    time Hugo alone
          -h, --help          show this help

        """

    private static func split(_ argument: String) -> (String, String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else {
            return (argument, nil)
        }
        return (
            String(argument[..<equals]),
            String(argument[argument.index(after: equals)...])
        )
    }

    private static func counts(_ text: String) throws(UsageError) -> [Int] {
        var counts: [Int] = []
        for part in text.split(separator: ",") {
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            counts.append(
                try positive(
                    trimmed.replacingOccurrences(of: "_", with: ""),
                    for: "--posts"))
        }
        guard !counts.isEmpty else {
            throw UsageError("'--posts' needs at least one size, such as 1000,10000")
        }
        return counts
    }

    private static func positive(_ text: String, for name: String) throws(UsageError) -> Int {
        guard let value = Int(text), value > 0 else {
            throw UsageError("'\(name)' must be a whole number above 0, not '\(text)'")
        }
        return value
    }
}
