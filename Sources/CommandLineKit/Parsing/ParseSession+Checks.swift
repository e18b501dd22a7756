/// The checks made once every argument is read, and the errors the session raises.
extension ParseSession {
    func checkRequiredOptions() throws(CommandLineError) {
        for command in chain {
            for spec in command.options where spec.isRequired {
                if givenValues[spec.long] == nil && flagCounts[spec.long] == nil {
                    throw fail(.missingOption(synopsis: spec.synopsis))
                }
            }
        }
    }

    /// Hands positional words out in declaration order; a variadic one takes the rest.
    func assignPositionals() throws(CommandLineError) -> [String: [String]] {
        let command = chain[chain.count - 1]
        var assigned: [String: [String]] = [:]
        var next = 0

        for spec in command.positionals {
            let taken: [String]
            if spec.isVariadic {
                taken = Array(positionalWords[next...])
            } else {
                taken = next < positionalWords.count ? [positionalWords[next]] : []
            }
            if taken.isEmpty && !spec.isOptional {
                throw fail(.missingPositional(name: spec.synopsis))
            }

            for word in taken where !spec.choices.isEmpty && !spec.choices.contains(word) {
                let failure = ParseFailure.invalidChoice(
                    value: word,
                    name: spec.name,
                    choices: spec.choices
                )
                throw fail(failure)
            }
            if !taken.isEmpty { assigned[spec.name] = taken }
            next += taken.count
        }

        if next < positionalWords.count {
            throw fail(.unexpectedArgument(positionalWords[next]))
        }
        return assigned
    }

    /// Every option in scope by long name, the nearest command's spec winning.
    func declaredOptions() -> [String: OptionSpec] {
        var declared: [String: OptionSpec] = [:]
        for command in chain {
            for spec in command.options { declared[spec.long] = spec }
        }
        return declared
    }

    func fail(_ failure: ParseFailure) -> CommandLineError {
        CommandLineError(failure, usage: UsageLine.text(for: chain), commandPath: path)
    }

    func unknownOption(_ written: String, bareName: String) -> CommandLineError {
        var inScope = (chain + pendingDefaults).flatMap { $0.options.map(\.long) }
        inScope.append("help")
        if chain.count == 1 { inScope.append("version") }
        let suggestion = Suggestion.closest(to: bareName, among: inScope)
        let failure = ParseFailure.unknownOption(
            written,
            suggestion: suggestion.map { "--\($0)" },
            owner: descendantOwning { $0.option(long: bareName) }
        )
        return fail(failure)
    }

    func unknownSubcommand(_ word: String, of command: CommandSpec) -> CommandLineError {
        fail(unknownSubcommandFailure(word, of: command))
    }

    func unknownSubcommandFailure(_ word: String, of command: CommandSpec) -> ParseFailure {
        let names = command.subcommands.map(\.name)
        return .unknownSubcommand(
            word,
            suggestion: Suggestion.closest(to: word, among: names + ["help"]),
            available: names
        )
    }

    /// The path of the nearest command below the current one that declares an option,
    /// so a misplaced option gets a hint instead of a guess.
    func descendantOwning(_ find: (CommandSpec) -> OptionSpec?) -> String? {
        var queue = chain[chain.count - 1].subcommands.map { (path + [$0.name], $0) }
        while !queue.isEmpty {
            let (names, command) = queue.removeFirst()
            if find(command) != nil { return names.joined(separator: " ") }
            queue += command.subcommands.map { (names + [$0.name], $0) }
        }
        return nil
    }
}
