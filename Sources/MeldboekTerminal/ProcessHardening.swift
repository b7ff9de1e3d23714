// Start-up hardening: no core dumps, no ptrace, no crash report with memory in it, owner-only files.
import CMeldboekPlatform
import Foundation

/// Settings the program applies to itself before touching any secret.
public enum ProcessHardening {
    /// The exit status after a crash (a fault or a failed run-time check): `EX_SOFTWARE`.
    public static let crashExitStatus: Int32 = 70

    /// The signals a crash arrives as. The Swift runtime catches all but `SIGSYS` to run
    /// its backtracer, which prints registers and the memory they point to; ours replace it.
    static let crashSignals = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGSYS]

    /// Turns off core dumps (which would write decrypted memory to disk) and
    /// ptrace attachment by other processes of the same user, replaces the Swift
    /// runtime's crash backtracer by one plain line, and makes every file the
    /// program creates owner-only.
    ///
    /// - Parameter crashLine: What a crash prints on standard error, without a newline.
    public static func apply(crashLine: String = "meldboek: internal error: the program stopped") {
        var inherited = rlimit()
        if getrlimit(Int32(RLIMIT_CORE.rawValue), &inherited) == 0 { inheritedCoreLimit = UInt64(inherited.rlim_cur) }
        var limit = rlimit(rlim_cur: 0, rlim_max: 0)
        setrlimit(Int32(RLIMIT_CORE.rawValue), &limit)
        _ = meldboek_set_dumpable(0)
        umask(0o077)
        installCrashHandlers(crashLine: crashLine)
    }

    /// The soft core-file size limit the program was started with, before ``apply(crashLine:)`` set it to zero:
    /// what an editor or viewer started from the same shell still has (`meldboek doctor` reports it).
    public nonisolated(unsafe) private(set) static var inheritedCoreLimit: UInt64?

    /// Whether another process of this user can read this one's memory (through ptrace,
    /// `/proc/PID/mem` or a core dump): false once ``apply(crashLine:)`` ran.
    public static var isDumpable: Bool { meldboek_get_dumpable() != 0 }

    /// Installs a handler for every crash signal that writes `crashLine` and exits with
    /// ``crashExitStatus``: nothing else is printed, no helper process reads our memory,
    /// and no core dump is made.
    private static func installCrashHandlers(crashLine: String) {
        let bytes = Array((crashLine + "\n").utf8)
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count)
        buffer.initialize(from: bytes, count: bytes.count)
        CrashLine.bytes = UnsafeRawPointer(buffer)
        CrashLine.count = bytes.count
        ensureAlternateStack()
        for signal in crashSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = crashHandler
            sigemptyset(&action.sa_mask)
            // On the alternate stack, so a stack overflow is caught too; a fault inside the
            // handler finds the default action and ends the process.
            action.sa_flags = Int32(SA_ONSTACK) | Int32(bitPattern: UInt32(SA_RESETHAND))
            sigaction(signal, &action, nil)
        }
    }

    /// Gives this thread an alternate signal stack unless it has one (the runtime usually made one).
    private static func ensureAlternateStack() {
        var current = stack_t()
        guard sigaltstack(nil, &current) == 0, current.ss_flags & Int32(SS_DISABLE) != 0 else { return }
        let size = 64 * 1024
        var stack = stack_t(ss_sp: malloc(size), ss_flags: 0, ss_size: size)
        sigaltstack(&stack, nil)
    }

    /// Reads the test-only crash request: `MELDBOEK_TEST_CRASH` (`fault` or `trap`),
    /// honoured only with `MELDBOEK_ALLOW_TEST_KDF=1`, the test suite's switch. Crashes
    /// the way it names, so the test suite can see what a crash prints.
    public static func crashIfTestAsks(environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard environment["MELDBOEK_ALLOW_TEST_KDF"] == "1", let kind = environment["MELDBOEK_TEST_CRASH"] else { return }
        switch kind {
        case "fault":
            // A write through a bad pointer: SIGSEGV.
            let pointer = UnsafeMutablePointer<Int>(bitPattern: getpid() > 0 ? 8 : 16)
            pointer?.pointee = 42
        case "trap":
            // A failed run-time check: an index out of range traps (SIGILL or SIGTRAP).
            let values = Array(repeating: 0, count: Int(getpid() % 2) + 1)
            _ = values[values.count + 1]
        default:
            return
        }
    }
}

/// The line the crash handler writes, prepared before any crash: a handler may not allocate.
private enum CrashLine {
    nonisolated(unsafe) static var bytes: UnsafeRawPointer?
    nonisolated(unsafe) static var count = 0
}

/// Writes the prepared line and exits, using only async-signal-safe calls.
private let crashHandler: @convention(c) (Int32) -> Void = { _ in
    if let bytes = CrashLine.bytes { _ = write(2, bytes, CrashLine.count) }
    _exit(ProcessHardening.crashExitStatus)
}
