import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What this machine offers the checks: its system, PC/SC stack and readers, asked of the
/// probe once per run.
struct MachineSurvey: Sendable {
    var environment: CheckEnvironment
    /// Why no check can run here (the PC/SC service is down, the probe is missing), if so.
    var unavailable: String?
    /// The run's own reader pattern (`hwcheck --reader`); only matching readers are listed.
    var readerPattern: String?

    /// The reason every check of a machine without a running PC/SC service is skipped.
    static let noService = "the PC/SC service is not running (SCARD_E_NO_SERVICE)"

    static func survey(probe: ProbeProcess, readerPattern: String?, label: String?) -> Self {
        let env = try? probe.run(["env", "--json"])
        let info = env.flatMap { JSONValue.parse($0.standardOutput) }
        let system = text(info, ["os", "kernel"]) ?? hostSystem()
        let pcsc = stack(info)
        let version = text(info, ["probe"]).map { "pcsc-probe " + $0 } ?? "pcsc-probe, unknown"

        var unavailable: String?
        var readers: [CheckEnvironment.Reader] = []
        switch Result(catching: { try probe.run(["readers", "--json"]) }) {
        case .failure:
            unavailable = "the probe cannot run (\(probe.executable.path))"
        case .success(let outcome):
            let output = JSONValue.parse(outcome.standardOutput)
            if outcome.exitStatus != 0, isNoService(outcome) {
                unavailable = noService
            }
            if case .array(let list)? = output?.value(at: "readers") ?? output {
                for item in list {
                    guard let name = item.value(at: "name")?.plainText else { continue }
                    let atr = item.value(at: "atr").flatMap { $0 == .null ? nil : $0.plainText }
                    if let readerPattern, !Self.matches(name, pattern: readerPattern) { continue }
                    readers.append(.init(name: name, atr: atr))
                }
            }
        }

        let name = label ?? "\(system), \(pcsc)"
        var id = Slug.make(name)
        if id.isEmpty { id = "machine" }
        return MachineSurvey(
            environment: CheckEnvironment(
                id: id, label: name, system: system, pcsc: pcsc, probe: version,
                readers: readers.sorted { $0.name < $1.name }),
            unavailable: unavailable, readerPattern: readerPattern)
    }

    /// Whether a reader name matches a pattern with `*` and `?` wildcards.
    static func matches(_ name: String, pattern: String) -> Bool {
        fnmatch(pattern, name, 0) == 0
    }

    static func isNoService(_ outcome: ProbeProcess.Outcome) -> Bool {
        (outcome.standardError + outcome.standardOutput).contains("SCARD_E_NO_SERVICE")
    }

    /// The PC/SC stack as `pcsc-lite 1.9.9`: the version of the pcscd the probe finds, else
    /// that of the headers the probe was built with.
    private static func stack(_ info: JSONValue?) -> String {
        if let service = text(info, ["pcscd"]) {
            let words = service.split(separator: " ").map { String($0) }
            if words.count == 3, words[1] == "version" {
                let version = words[2].hasSuffix(".") ? String(words[2].dropLast()) : words[2]
                return "\(words[0]) \(version)"
            }
            return service
        }
        if let header = text(info, ["pcscliteHeader"]) { return "pcsc-lite \(header) (headers)" }
        return "unknown PC/SC stack"
    }

    private static func text(_ value: JSONValue?, _ paths: [String]) -> String? {
        for path in paths {
            if let found = value?.value(at: path), case .string(let text) = found, !text.isEmpty {
                return text
            }
        }
        return nil
    }

    private static func hostSystem() -> String {
        var names = utsname()
        guard uname(&names) == 0 else { return "unknown system" }
        let system = withUnsafeBytes(of: &names.sysname) {
            String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
        }
        let release = withUnsafeBytes(of: &names.release) {
            String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
        }
        return "\(system) \(release)"
    }
}
