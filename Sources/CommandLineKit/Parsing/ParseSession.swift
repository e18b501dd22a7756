/// One pass over a command line: walks down the command tree while collecting options and
/// positionals, then checks what the chosen command requires.
///
/// Options are matched against the current command and its ancestors, so global options
/// work after a subcommand; subcommands are chosen by the first positional word.
struct ParseSession {
    private let arguments: [String]
    private var index = 0
    private var optionsEnded = false

    /// The commands chosen so far, root first.
    private(set) var chain: [CommandSpec]
    private(set) var givenValues: [String: [String]] = [:]
    private(set) var flagCounts: [String: Int] = [:]
    private(set) var positionalWords: [String] = []

    init(root: CommandSpec, arguments: [String]) {
        self.chain = [root]
        self.arguments = arguments
    }

    /// What the step that read one argument decided.
    enum Step {
        case next
        case stop(Stop)
    }

    /// Why parsing ended before the last argument.
    enum Stop {
        case help(path: [String])
        case version
    }

    /// Reads every argument; returns early when help or the version is asked for.
    mutating func run() throws(CommandLineError) -> Stop? {
        while index < arguments.count {
            let argument = arguments[index]
            index += 1

            if case .stop(let stop) = try read(argument) { return stop }
        }

        try chooseDefaultSubcommands()
        return nil
    }

    /// Checks requirements and builds the result for the chosen command.
    func finish() throws(CommandLineError) -> ParsedCommand {
        try checkRequiredOptions()

        let positionals = try assignPositionals()

        return ParsedCommand(
            path: path,
            usage: UsageLine.text(for: chain),
            declared: declaredOptions(),
            givenValues: givenValues,
            flagCounts: flagCounts,
            positionalValues: positionals
        )
    }

    var path: [String] { chain.map(\.name) }
}

extension ParseSession {
    private mutating func read(_ argument: String) throws(CommandLineError) -> Step {
        if !optionsEnded && argument == "--" {
            optionsEnded = true
            return .next
        }
        if !optionsEnded && Self.looksLikeOption(argument) {
            return try readOption(argument)
        }
        return try readPositional(argument)
    }

    private mutating func readOption(_ argument: String) throws(CommandLineError) -> Step {
        if argument == "--help" || argument == "-h" { return .stop(.help(path: path)) }
        if argument == "--version" && chain.count == 1 { return .stop(.version) }

        if argument.hasPrefix("--") {
            try readLongOption(argument)
            return .next
        }
        return try readShortCluster(argument)
    }

    private mutating func readLongOption(_ argument: String) throws(CommandLineError) {
        let body = argument.dropFirst(2)
        let name: String
        let inlineValue: String?
        if let equals = body.firstIndex(of: "=") {
            name = String(body[..<equals])
            inlineValue = String(body[body.index(after: equals)...])
        } else {
            name = String(body)
            inlineValue = nil
        }

        let isBuiltIn = name == "help" || (name == "version" && chain.count == 1)
        if isBuiltIn, let inlineValue {
            throw fail(.flagGivenValue(option: "--\(name)", value: inlineValue))
        }

        guard let spec = resolve({ $0.option(long: name) }) else {
            throw unknownOption("--\(name)", bareName: name)
        }
        if spec.isFlag {
            if let inlineValue {
                throw fail(.flagGivenValue(option: "--\(name)", value: inlineValue))
            }
            flagCounts[spec.long, default: 0] += 1
            return
        }

        if let inlineValue {
            try record(inlineValue, for: spec)
        } else {
            try record(nextValue(for: spec.synopsis), for: spec)
        }
    }

    private mutating func readShortCluster(_ argument: String) throws(CommandLineError) -> Step {
        let letters = Array(argument.dropFirst())

        for (offset, letter) in letters.enumerated() {
            if letter == "h" { return .stop(.help(path: path)) }

            guard let spec = resolve({ $0.option(short: letter) }) else {
                let failure = ParseFailure.unknownShortOption(
                    "-\(letter)",
                    cluster: letters.count > 1 ? argument : nil,
                    owner: descendantOwning { $0.option(short: letter) }
                )
                throw fail(failure)
            }
            if spec.isFlag {
                flagCounts[spec.long, default: 0] += 1
                continue
            }

            let rest = String(letters[(offset + 1)...])
            let value: String
            if rest.isEmpty {
                value = try nextValue(for: "-\(letter) \(spec.value ?? "")")
            } else {
                value = rest
            }
            try record(value, for: spec)
            break
        }
        return .next
    }

    private mutating func readPositional(_ word: String) throws(CommandLineError) -> Step {
        let command = current
        guard !command.subcommands.isEmpty, positionalWords.isEmpty else {
            positionalWords.append(word)
            return .next
        }

        if let child = command.subcommand(named: word) {
            chain.append(child)
            return .next
        }
        if word == "help" {
            return .stop(.help(path: try helpPath()))
        }
        if !command.positionals.isEmpty {
            positionalWords.append(word)
            return .next
        }
        if let route = defaultRoute(taking: word, below: command) {
            chain += route.commands
            if !route.namesSubcommand { positionalWords.append(word) }
            return .next
        }
        throw unknownSubcommand(word, of: command)
    }

    /// The default subcommands to walk into so `word` makes sense: down to a command that
    /// names it as a subcommand (which is then included) or takes positionals.
    ///
    /// `nil` when no default child takes the word, so it is reported as a wrong subcommand.
    private func defaultRoute(
        taking word: String,
        below command: CommandSpec
    ) -> (commands: [CommandSpec], namesSubcommand: Bool)? {
        var walked: [CommandSpec] = []
        var parent = command

        while let child = parent.defaultChild {
            walked.append(child)
            if let named = child.subcommand(named: word) { return (walked + [named], true) }
            if !child.positionals.isEmpty { return (walked, false) }
            parent = child
        }
        return nil
    }
}

extension ParseSession {
    /// Resolves `help A B` to the path of the command it names, below the current one.
    private mutating func helpPath() throws(CommandLineError) -> [String] {
        var command = current
        var names = path

        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if Self.looksLikeOption(word) { continue }

            guard let child = command.subcommand(named: word) else {
                let failure =
                    command.subcommands.isEmpty
                    ? ParseFailure.unexpectedArgument(word)
                    : unknownSubcommandFailure(word, of: command)
                throw CommandLineError(
                    failure,
                    usage: UsageLine.text(for: helpChain(names)),
                    commandPath: names
                )
            }
            command = child
            names.append(word)
        }
        return names
    }

    /// The commands a help path names, root first, for the usage line of a help error.
    private func helpChain(_ names: [String]) -> [CommandSpec] {
        var commands = [chain[0]]
        for name in names.dropFirst() {
            guard let child = commands[commands.count - 1].subcommand(named: name) else { break }
            commands.append(child)
        }
        return commands
    }

    /// Walks into default subcommands until a command that can run is reached.
    private mutating func chooseDefaultSubcommands() throws(CommandLineError) {
        while !current.subcommands.isEmpty && positionalWords.isEmpty {
            guard let child = current.defaultChild else {
                throw fail(.missingSubcommand(available: current.subcommands.map(\.name)))
            }
            chain.append(child)
        }
    }

    /// Finds an option in the current command or an ancestor, the nearest first.
    ///
    /// When the current command is waiting for a subcommand and has a default one, that
    /// child's options are tried too, so `check --legacy FILE` reaches `check links`.
    private mutating func resolve(
        _ find: (CommandSpec) -> OptionSpec?
    ) -> OptionSpec? {
        for command in chain.reversed() {
            if let spec = find(command) { return spec }
        }
        var walked: [CommandSpec] = []
        for child in pendingDefaults {
            walked.append(child)
            if let spec = find(child) {
                chain += walked
                return spec
            }
        }
        return nil
    }

    /// The default subcommands that would run if no subcommand word came, nearest first;
    /// empty once a subcommand or positional word has been read.
    var pendingDefaults: [CommandSpec] {
        guard positionalWords.isEmpty else { return [] }
        var defaults: [CommandSpec] = []
        var parent = current
        while let child = parent.defaultChild {
            defaults.append(child)
            parent = child
        }
        return defaults
    }

    private mutating func nextValue(for synopsis: String) throws(CommandLineError) -> String {
        guard index < arguments.count, !Self.looksLikeOption(arguments[index]) else {
            throw fail(.missingValue(option: synopsis))
        }
        defer { index += 1 }
        return arguments[index]
    }

    private mutating func record(_ value: String, for spec: OptionSpec) throws(CommandLineError) {
        if !spec.choices.isEmpty && !spec.choices.contains(value) {
            let failure = ParseFailure.invalidChoice(
                value: value,
                name: "--\(spec.long)",
                choices: spec.choices
            )
            throw fail(failure)
        }
        givenValues[spec.long, default: []].append(value)
    }

    /// Whether a word is an option rather than a value: `-` (stdin) and negative numbers
    /// such as `-1` or `-0.5` are values.
    ///
    /// Only words whose second byte is a digit or a dot count as numbers, so `-inf` and
    /// `-nan` stay clusters of short options.
    static func looksLikeOption(_ word: String) -> Bool {
        let bytes = Array(word.utf8.prefix(2))
        guard bytes.count == 2, bytes[0] == UInt8(ascii: "-") else { return false }

        let startsLikeNumber =
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[1])
            || bytes[1] == UInt8(ascii: ".")
        return !(startsLikeNumber && Double(word) != nil)
    }

    private var current: CommandSpec {
        chain[chain.count - 1]
    }
}
