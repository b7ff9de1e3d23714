// Start-up hardening: no core dumps, owner-only files.
import Foundation

/// Settings the program applies to itself before touching any secret.
public enum ProcessHardening {
    /// Turns off core dumps (which would write decrypted memory to disk) and
    /// ptrace attachment by other processes of the same user, and makes every
    /// file the program creates owner-only.
    public static func apply() {
        var limit = rlimit(rlim_cur: 0, rlim_max: 0)
        setrlimit(Int32(RLIMIT_CORE.rawValue), &limit)
        _ = prctlSetNotDumpable()
        umask(0o077)
    }

    private static func prctlSetNotDumpable() -> Int32 {
        // PR_SET_DUMPABLE = 4; prctl is variadic, so call through a typed pointer.
        typealias Prctl = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "prctl") else { return -1 }
        return unsafeBitCast(symbol, to: Prctl.self)(4, 0, 0, 0, 0)
    }
}
