// Whether programs started from this shell may write their memory to disk when they crash.
import Foundation
import MeldboekCore

/// Meldboek turns core dumps off for itself and the editor it starts; an editor or viewer started another way
/// keeps the limit the shell gave it.
struct CoreDumpCheck {
    let host: HostFiles
    /// The soft core-file size limit meldboek was started with, before it set its own to zero.
    let inheritedLimit: UInt64?

    func run() -> CheckupFinding {
        guard let inheritedLimit else { return CheckupFinding(.coreDumps, .unknown, .doctorCoreUnknown) }
        guard inheritedLimit > 0 else { return CheckupFinding(.coreDumps, .ok, .doctorCoreOff) }
        let pattern = host.read("/proc/sys/kernel/core_pattern")?.trimmingCharacters(in: .whitespacesAndNewlines)
        let handler = pattern.flatMap { $0.hasPrefix("|") ? String($0.dropFirst()).split(separator: " ").first.map(String.init) : nil }
        return CheckupFinding(.coreDumps, .risk, .doctorCoreOn(handler: handler.map { ($0 as NSString).lastPathComponent }),
                              advice: .doctorCoreAdvice)
    }
}
