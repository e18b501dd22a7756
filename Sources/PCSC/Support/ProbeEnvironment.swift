import CPCSCLite
import Foundation

/// Facts about the machine a check runs on: OS, pcsc-lite, drivers, probe version.
public enum ProbeEnvironment {
    /// The probe's own version.
    public static let probeVersion = "0.1.0"

    /// Ordered key/value facts; missing facts are left out rather than guessed.
    public static func collect() -> [(String, String)] {
        var facts: [(String, String)] = [("probe", probeVersion)]
        var names = utsname()
        uname(&names)
        let system = withUnsafeBytes(of: names.sysname) {
            String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
        }
        let release = withUnsafeBytes(of: names.release) {
            String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
        }
        let machine = withUnsafeBytes(of: names.machine) {
            String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
        }
        facts.append(("kernel", "\(system) \(release) \(machine)"))
        if let os = osRelease() {
            facts.append(("os", os))
        }
        facts.append(("pcscliteHeader", PCSCLITE_VERSION_NUMBER))
        if let daemon = daemonVersion() {
            facts.append(("pcscd", daemon))
        }
        for (bundle, version) in driverVersions() {
            facts.append(("driver \(bundle)", version))
        }
        return facts
    }

    /// Vendor attributes a reader driver answers over a direct connection.
    public static func attributes(of reader: String, on context: PCSCContext)
        -> [(String, String)]
    {
        guard let connection = try? context.connect(reader: reader, share: .direct) else {
            return []
        }
        var found: [(String, String)] = []
        for attribute in ReaderAttribute.identity {
            guard let bytes = try? connection.attribute(attribute), !bytes.isEmpty else {
                continue
            }
            if attribute == .vendorIFDVersion && bytes.count == 4 {
                let value = bytes.reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
                found.append(
                    (attribute.name, "\(value >> 24).\(value >> 16 & 0xFF).\(value & 0xFFFF)"))
                continue
            }
            let printable = bytes.dropLast(bytes.last == 0 ? 1 : 0)
            let isText = printable.allSatisfy { (0x20..<0x7F).contains($0) } && !printable.isEmpty
            let value = isText ? String(decoding: printable, as: UTF8.self) : Hex.spaced(bytes)
            found.append((attribute.name, value))
        }
        return found
    }

    /// `PRETTY_NAME` from `/etc/os-release`, or macOS's product version.
    static func osRelease() -> String? {
        guard let text = try? String(contentsOfFile: "/etc/os-release", encoding: .utf8) else {
            let version = ProcessInfo.processInfo.operatingSystemVersionString
            return version.isEmpty ? nil : version
        }
        for line in text.split(separator: "\n") where line.hasPrefix("PRETTY_NAME=") {
            return String(line.dropFirst("PRETTY_NAME=".count)).trimmingCharacters(
                in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }

    /// What `pcscd --version` prints first, e.g. `pcsc-lite version 1.9.9.`.
    static func daemonVersion() -> String? {
        for path in ["/usr/sbin/pcscd", "/usr/local/sbin/pcscd"]
        where FileManager.default.isExecutableFile(atPath: path) {
            let process = Process()
            let pipe = Pipe()
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = ["--version"]
            process.standardOutput = pipe
            process.standardError = pipe
            guard (try? process.run()) != nil else {
                return nil
            }
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let first = String(decoding: data, as: UTF8.self).split(separator: "\n").first
            return first.map(String.init)
        }
        return nil
    }

    /// Driver bundle versions from `Info.plist` files under pcsc-lite's driver folder.
    static func driverVersions() -> [(String, String)] {
        let root = "/usr/lib/pcsc/drivers"
        guard let bundles = try? FileManager.default.contentsOfDirectory(atPath: root) else {
            return []
        }
        var versions: [(String, String)] = []
        for bundle in bundles.sorted() where bundle.hasSuffix(".bundle") {
            let plist = "\(root)/\(bundle)/Contents/Info.plist"
            guard let text = try? String(contentsOfFile: plist, encoding: .utf8),
                let range = text.range(of: "CFBundleShortVersionString")
            else {
                continue
            }
            let rest = text[range.upperBound...]
            if let open = rest.range(of: "<string>"), let close = rest.range(of: "</string>") {
                versions.append((bundle, String(rest[open.upperBound..<close.lowerBound])))
            }
        }
        return versions
    }
}
