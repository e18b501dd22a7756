import CommandLineKit
import Foundation
import PCSC

/// What every command gets: the parsed arguments, where to print, and the PC/SC session.
struct Invocation {
    let parsed: ParsedCommand
    let console: Console
    let session: ProbeSession

    /// The ATR list from `--atr-list`, or the one pcsc-tools installed, or nil.
    func atrList() throws(ProbeFailure) -> SmartcardList? {
        guard let path = parsed.value("atr-list") else {
            return SmartcardList.installed()
        }
        do {
            return try SmartcardList(contentsOf: path)
        } catch {
            throw ProbeFailure(
                .usage, "\(path): cannot read the ATR list (\(error.localizedDescription))",
                advice: "Give a readable smartcard_list.txt to --atr-list.")
        }
    }

    /// A number of seconds from `option`, checked to be zero or more.
    func seconds(_ option: String) throws -> Double? {
        guard let value = try parsed.double(option) else {
            return nil
        }
        guard value >= 0 else {
            throw parsed.error("--\(option) must be zero or more seconds, got '\(value)'")
        }
        return value
    }

    /// The reader the command works on, from `--reader` or the first one.
    func reader() throws(ProbeFailure) -> String {
        let readers = try session.run { context throws(PCSCError) in try context.readers() }
        return try ReaderChoice.resolve(parsed.value("reader"), among: readers)
    }

    /// Connects to `reader`, turning an unknown name into the list of known ones.
    func connect(_ reader: String, share: ShareMode) throws(ProbeFailure) -> CardConnection {
        do {
            return try session.run { context throws(PCSCError) in
                try context.connect(reader: reader, share: share)
            }
        } catch  where error.pcscError?.is(.unknownReader) == true {
            let known = (try? session.run { context throws(PCSCError) in try context.readers() })
            throw ReaderChoice.unknown(reader, known ?? [])
        }
    }

    /// Milliseconds since `start`, rounded to 0.1 ms.
    static func elapsed(since start: ContinuousClock.Instant) -> Double {
        let duration = ContinuousClock.now - start
        let (seconds, attoseconds) = duration.components
        let milliseconds = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        return (milliseconds * 10).rounded() / 10
    }

    /// The wall-clock time in ISO 8601 with milliseconds, for event lines.
    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date())
    }
}
