import Testing

@testable import CardPressKit

@Suite("Hardware-check snippets in posts")
struct SnippetParserTests {
    private func post(_ blocks: [(info: String, literal: String, line: Int)]) -> Post {
        let metadata = PostMetadata(
            title: "T", slug: "t", date: nil, updated: nil, tags: [], category: nil,
            description: "", author: nil, status: .published, kind: .post, aliases: [],
            template: nil, series: nil, guid: nil, extra: [],
            block: MetadataBlock(entries: [], file: "posts/t.md", lineOffset: 0))
        return Post(
            metadata: metadata, sourcePath: "posts/t.md", contentHTML: "", teaserHTML: nil,
            sitePath: "posts/2023/10/t/",
            fencedBlocks: blocks.map { .init(info: $0.info, literal: $0.literal, line: $0.line) },
            bodyLine: 1)
    }

    private func parse(_ info: String, _ literal: String) -> ([ProbeSnippet], [String]) {
        let log = DiagnosticLog()
        let snippets = SnippetParser.snippets(of: post([(info, literal, 12)]), log: log)
        return (snippets, log.all.map(\.description))
    }

    @Test("a snippet gives its id, arguments, expectations, requirements and bug")
    func fullSnippet() throws {
        let (snippets, problems) = parse(
            #"pcsc-probe id=gempc-features expect-exit=0 expect-json="features.0.name=FEATURE_VERIFY_PIN_DIRECT" expect-text='PIN pad' requires-reader="Gemalto*" requires-feature=FEATURE_VERIFY_PIN_DIRECT reproduces=sonoma-scardcontrol"#,
            "features --reader \"Gemalto USB GemPCPinpad*\"\n")
        #expect(problems.isEmpty)
        let snippet = try #require(snippets.first)
        #expect(snippet.id == "gempc-features")
        #expect(snippet.arguments == ["features", "--reader", "Gemalto USB GemPCPinpad*"])
        #expect(
            snippet.expectations == [
                .exitStatus(0), .json(path: "features.0.name", value: "FEATURE_VERIFY_PIN_DIRECT"),
                .text("PIN pad"),
            ])
        #expect(snippet.requiredReader == "Gemalto*")
        #expect(snippet.requiredFeature == "FEATURE_VERIFY_PIN_DIRECT")
        #expect(snippet.reproduces == "sonoma-scardcontrol")
        #expect(snippet.location.prefix == "posts/t.md:12:1")
    }

    @Test("the hash changes when the snippet does, and only then")
    func hash() {
        let one = parse("pcsc-probe id=a", "readers\n").0.first?.hash
        let same = parse("pcsc-probe id=a", "readers\n").0.first?.hash
        let edited = parse("pcsc-probe id=a", "readers --json\n").0.first?.hash
        #expect(one != nil && one == same)
        #expect(one != edited)
        #expect(one?.count == 16)
    }

    @Test(
        "a snippet that cannot run safely is an error at its fence line",
        arguments: [
            ("pcsc-probe id=a", "rm -rf /\n", "unknown probe command 'rm'"),
            (
                "pcsc-probe id=a", "transmit --reader X --allow-writes 00A4040000\n",
                "--allow-writes"
            ),
            ("pcsc-probe id=a", "transmit --reader X 0020008108313233343536FFFF\n", "VERIFY"),
            ("pcsc-probe id=a", "transmit --reader X 00DA010203AABBCC\n", "PUT DATA"),
            ("pcsc-probe id=a", "wait card\n", "--timeout"),
            ("pcsc-probe", "readers\n", "no id"),
            ("pcsc-probe id=a", "readers\nstatus\n", "one probe command"),
            ("pcsc-probe id=a", "\n", "no command"),
            ("pcsc-probe id=a colour=red", "readers\n", "unknown check attribute 'colour'"),
            ("pcsc-probe id=a expect-exit=ok", "readers\n", "expect-exit"),
            ("pcsc-probe id=a expect-json=nothing", "readers\n", "PATH=VALUE"),
            ("pcsc-probe id=a", "status --reader \"Gemalto\n", "unclosed quote"),
        ])
    func unsafeOrBroken(info: String, literal: String, message: String) throws {
        let (snippets, problems) = parse(info, literal)
        #expect(snippets.isEmpty)
        let problem = try #require(problems.first)
        #expect(problem.hasPrefix("posts/t.md:12:1: error: "), "\(problem)")
        #expect(problem.contains(message), "\(problem)")
    }

    @Test("reading APDUs are allowed")
    func readingAPDU() {
        let (snippets, problems) = parse(
            "pcsc-probe id=select", "transmit 00A4040007A0000000031010 00B0000000\n")
        #expect(problems.isEmpty)
        #expect(snippets.count == 1)
    }

    @Test("two checks with the same id in one post are an error naming the first")
    func duplicateIDs() {
        let log = DiagnosticLog()
        let snippets = SnippetParser.snippets(
            of: post([("pcsc-probe id=a", "readers\n", 5), ("pcsc-probe id=a", "env\n", 9)]),
            log: log)
        #expect(snippets.count == 1)
        #expect(log.errors.first?.description.hasPrefix("posts/t.md:9:1: error: ") == true)
        #expect(log.errors.first?.message.contains("line 5") == true)
    }

    @Test(
        "command words split like a shell's quoting and nothing more",
        arguments: [
            (#"status --reader "Gemalto Prox DU*""#, ["status", "--reader", "Gemalto Prox DU*"]),
            (#"a 'b c' d\ e "f\"g" $HOME"#, ["a", "b c", "d e", "f\"g", "$HOME"]),
            ("  readers   ", ["readers"]),
            (#"x """#, ["x", ""]),
        ])
    func words(line: String, words: [String]) throws {
        #expect(try CommandWords.split(line) == words)
    }
}
