import Foundation
import PCSC

/// The PC/SC context of one probe run, re-established once when pcscd restarts under it.
///
/// After a pcscd restart pcsc-lite still calls the old context valid while every call
/// fails with `SCARD_E_NO_SERVICE` (or `SCARD_F_COMM_ERROR` for a wait that was running).
/// `run` retries such a call once on a new context, so a long `scan` survives a restart.
final class ProbeSession: @unchecked Sendable {
    let console: Console
    private(set) var context: PCSCContext?
    private(set) var reconnects = 0

    init(console: Console) {
        self.console = console
    }

    /// The current context, established on first use.
    func current() throws(ProbeFailure) -> PCSCContext {
        if let context {
            return context
        }
        do {
            let fresh = try PCSCContext()
            context = fresh
            Interrupt.shared.watch(fresh)
            return fresh
        } catch {
            throw ProbeFailure(error)
        }
    }

    /// Runs `body`, retrying once on a new context when the service went away.
    func run<Value>(
        _ body: (PCSCContext) throws(PCSCError) -> Value
    ) throws(ProbeFailure) -> Value {
        let first = try current()
        do {
            return try body(first)
        } catch  where isServiceLoss(error) && reconnects == 0 && !Interrupt.shared.wasInterrupted {
            reconnects += 1
            context = nil
            if !console.json {
                console.error("note: \(error.name) from \(error.function); reconnecting once")
            }
            let second = try reestablish()
            do {
                return try body(second)
            } catch {
                throw ProbeFailure(error, interrupted: Interrupt.shared.wasInterrupted)
            }
        } catch {
            throw ProbeFailure(error, interrupted: Interrupt.shared.wasInterrupted)
        }
    }

    /// A new context, waiting up to two seconds for a restarting pcscd to be ready.
    private func reestablish() throws(ProbeFailure) -> PCSCContext {
        var lastFailure: ProbeFailure?
        for _ in 0..<20 {
            do {
                return try current()
            } catch {
                lastFailure = error
                usleep(100_000)
            }
        }
        throw lastFailure ?? ProbeFailure(.noService, "pcscd did not come back")
    }

    private func isServiceLoss(_ error: PCSCError) -> Bool {
        error.is(.noService) || error.is(.commError) || error.is(.serviceStopped)
            || error.is(.invalidHandle)
    }
}
