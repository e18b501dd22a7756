import CommandLineKit

/// The command tree of `pcsc-probe`, as plain data.
enum ProbeCommands {
    static let reader = OptionSpec(
        "reader", short: "r", value: "NAME",
        help: "Reader name, unique name prefix or index (default: the first reader).")
    static let timeout = OptionSpec(
        "timeout", short: "t", value: "S", help: "Give up after S seconds (default: wait forever).")

    static let root = CommandSpec(
        "pcsc-probe",
        abstract: "Probe a PC/SC stack: readers, cards, features, events and faults.",
        discussion: """
            Exit codes: 0 ok, 1 other PC/SC failure, 2 wrong usage, 3 pcscd not reachable, \
            4 reader unknown/unavailable/absent, 5 card absent/removed/held exclusively, \
            6 timeout or watchdog, 7 write command refused, 8 race detected, \
            130 interrupted (Ctrl-C, SCardCancel).
            """,
        options: [
            OptionSpec("json", help: "Print JSON (schema: Sources/pcsc-probe/JSONSchema.md)."),
            OptionSpec("atr-list", value: "FILE", help: "ATR list to identify cards with."),
        ],
        subcommands: [
            CommandSpec(
                "readers", abstract: "List readers with their state and ATR."),
            CommandSpec(
                "status", abstract: "Connect and show SCardStatus and the decoded ATR.",
                options: [reader]),
            CommandSpec(
                "atr", abstract: "Decode an ATR given in hex; no reader needed.",
                positionals: [PositionalSpec("HEX", help: "The ATR bytes.", variadic: true)],
                examples: ["pcsc-probe atr 3B 88 80 01 00 00 00 00 33 71 71 00 3A"]),
            CommandSpec(
                "features",
                abstract: "Show the reader's PC/SC part 10 features (direct connection).",
                options: [
                    reader,
                    OptionSpec("verify-pin", help: "Send FEATURE_VERIFY_PIN_DIRECT (PIN pad)."),
                    OptionSpec("allow-writes", help: "Allow commands that can lock a card."),
                ]),
            CommandSpec(
                "transmit", abstract: "Send APDUs in one transaction and show status words.",
                discussion: """
                    Commands that can lock or change a card (VERIFY, CHANGE/RESET RETRY \
                    COUNTER, PUT DATA, UPDATE/WRITE BINARY, ERASE, GENERATE KEY, \
                    TERMINATE, ...) are refused unless --allow-writes is given.
                    """,
                options: [
                    reader,
                    OptionSpec("allow-writes", help: "Send commands that can change the card."),
                    OptionSpec(
                        "watchdog", value: "S",
                        help: "Give up on a card that does not answer within S s (default 10)."),
                ],
                positionals: [
                    PositionalSpec("APDU", help: "Command APDUs in hex.", variadic: true)
                ],
                examples: ["pcsc-probe transmit --reader 0 00A4040007A0000000031010"]),
            CommandSpec(
                "wait", abstract: "Wait for a reader, a card or a card removal.",
                options: [reader, timeout],
                positionals: [
                    PositionalSpec(
                        "EVENT", help: "What to wait for.", choices: ["reader", "card", "removal"])
                ]),
            CommandSpec(
                "scan", abstract: "Follow reader and card events with timestamps.",
                options: [timeout]),
            CommandSpec(
                "race-check",
                abstract: "Check for 'present' followed by 'no smart card' on connect.",
                options: [
                    reader, timeout,
                    OptionSpec("rounds", short: "n", value: "N", help: "Rounds (default 10)."),
                ]),
            CommandSpec("env", abstract: "Show OS, pcsc-lite, driver and probe versions."),
        ]
    )
}
