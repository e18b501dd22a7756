/// The exit statuses of `pcsc-probe`, so scripts and posts can tell failures apart.
///
/// 2 is `CommandLineError.exitCode`, kept as CommandLineKit defines it.
enum ExitCode: Int32 {
    /// The check ran and found nothing wrong.
    case success = 0
    /// A PC/SC call failed in a way no other code covers.
    case failure = 1
    /// The command line was wrong.
    case usage = 2
    /// pcscd is not running or not reachable (`SCARD_E_NO_SERVICE`).
    case noService = 3
    /// The reader is unknown, unavailable, or there is none.
    case reader = 4
    /// No card, card removed, card held exclusively elsewhere, or the exchange broke.
    case card = 5
    /// A wait ran out of time, or the watchdog gave up on a card that stopped answering.
    case timeout = 6
    /// A command that can lock or change the card was refused (no `--allow-writes`).
    case refused = 7
    /// `race-check` saw "present" followed by "no smart card".
    case raceDetected = 8
    /// Ctrl-C: the wait was cancelled with `SCardCancel` and the probe exited cleanly.
    case interrupted = 130
}
