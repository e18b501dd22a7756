import Dispatch
import Foundation
import PCSC

/// Turns Ctrl-C (SIGINT) and SIGTERM into `SCardCancel` on the context that is waiting.
///
/// A blocking `SCardGetStatusChange` cannot be left any other way without leaving pcscd
/// with a dangling client; cancelling makes the wait return `SCARD_E_CANCELLED`, and the
/// command then exits with `ExitCode.interrupted`.
final class Interrupt: @unchecked Sendable {
    static let shared = Interrupt()

    private let lock = NSLock()
    private var target: PCSCContext?
    private var fired = false
    private var sources: [DispatchSourceSignal] = []

    /// Whether a signal arrived.
    var wasInterrupted: Bool {
        lock.lock()
        defer { lock.unlock() }
        return fired
    }

    /// Starts listening; later signals cancel whatever context `watch` named last.
    func install() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in
                self?.fire()
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Names the context to cancel on a signal.
    func watch(_ context: PCSCContext?) {
        lock.lock()
        target = context
        let already = fired
        lock.unlock()
        if already {
            try? context?.cancel()
        }
    }

    private func fire() {
        lock.lock()
        fired = true
        let context = target
        lock.unlock()
        if let context {
            try? context.cancel()
        } else {
            exit(ExitCode.interrupted.rawValue)
        }
    }
}
