import Foundation

/// Runs a blocking PC/SC call on its own thread and stops waiting for it after a deadline.
///
/// pcsc-lite's `SCardTransmit` has no timeout: a card that stops answering blocks the caller
/// for good. The call cannot be interrupted, so the watchdog leaves the thread blocked and
/// gives the caller back control; the process is expected to report and exit soon after.
public enum Watchdog {
    /// The result of `body`, or nil when it did not return within `seconds`.
    public static func run<Value: Sendable>(
        seconds: Double,
        _ body: @escaping @Sendable () -> Value
    ) -> Value? {
        let box = ResultBox<Value>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.set(body())
            done.signal()
        }
        thread.start()

        guard done.wait(timeout: .now() + max(0, seconds)) == .success else {
            return nil
        }
        return box.get()
    }
}

/// A value handed from the watchdog's worker thread to the waiting one.
private final class ResultBox<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?

    func set(_ newValue: Value) {
        lock.lock()
        value = newValue
        lock.unlock()
    }

    func get() -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}
