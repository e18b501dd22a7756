import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a build as a child process and measures it with `wait4`, so the figures are the
/// whole process's: start-up, every thread, and the peak memory the kernel saw.
enum ProcessRunner {
    /// Runs `executable` with `arguments`; stdout is discarded and stderr goes to `logFile`.
    static func run(
        _ executable: URL,
        _ arguments: [String],
        logFile: URL
    ) throws(RunError) -> Measurement {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(
            &actions, 2, logFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        let argv = cStrings([executable.path] + arguments)
        let environment = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
        let envp = cStrings(environment)
        defer {
            for pointer in argv + envp { free(pointer) }
        }

        var pid = pid_t()
        let start = monotonicSeconds()
        let spawned = posix_spawn(&pid, executable.path, &actions, nil, argv, envp)
        guard spawned == 0 else {
            throw RunError.spawn(executable.path, String(cString: strerror(spawned)))
        }

        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 {
            guard errno == EINTR else {
                throw RunError.wait(executable.path, String(cString: strerror(errno)))
            }
        }
        let wall = monotonicSeconds() - start

        return Measurement(
            wallSeconds: wall,
            peakRSSKiB: Int(usage.ru_maxrss),
            userSeconds: seconds(usage.ru_utime),
            systemSeconds: seconds(usage.ru_stime),
            termination: termination(status)
        )
    }

    /// Why a build could not be started or waited for.
    enum RunError: Error {
        case spawn(String, String)
        case wait(String, String)

        var message: String {
            switch self {
            case .spawn(let path, let reason): "cannot start \(path): \(reason)"
            case .wait(let path, let reason): "cannot wait for \(path): \(reason)"
            }
        }
    }

    private static func cStrings(_ strings: [String]) -> [UnsafeMutablePointer<CChar>?] {
        strings.map { strdup($0) } + [nil]
    }

    private static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    private static func seconds(_ time: timeval) -> Double {
        Double(time.tv_sec) + Double(time.tv_usec) / 1e6
    }

    /// Decodes a `wait` status the way the C macros `WIFEXITED` and friends do.
    private static func termination(_ status: Int32) -> Measurement.Termination {
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signaled(signal)
    }
}
