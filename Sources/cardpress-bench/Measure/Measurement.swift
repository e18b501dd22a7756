/// One timed build: the whole process, from spawn to reaped.
struct Measurement {
    /// Wall-clock seconds between spawning the process and reaping it.
    let wallSeconds: Double
    /// The process's peak resident set size in KiB (`ru_maxrss` from `wait4`).
    let peakRSSKiB: Int
    /// CPU seconds in user mode, summed over threads.
    let userSeconds: Double
    /// CPU seconds in the kernel, summed over threads.
    let systemSeconds: Double
    /// How the process ended.
    let termination: Termination

    /// A process's end: an exit code or the signal that killed it.
    enum Termination: Equatable {
        case exited(Int32)
        case signaled(Int32)
    }

    var succeeded: Bool { termination == .exited(0) }
}
