// What only the unlocked journal can say about its own safety: its last backup and its recovery code.
import Foundation
import MeldboekCore

/// What the vault says about its recovery code.
public enum RecoveryReading: Sendable {
    /// The vault has no recovery code.
    case none
    /// The kept state: when the code was made, last tested, last used.
    case state(RecoveryState)
    /// The recovery slot doesn't open with this vault's key: damaged, or copied in from another vault.
    case damaged
}

/// The backup and recovery-code checks, from what the vault keeps sealed.
struct JournalCheck {
    /// A backup older than this many days is called old.
    static let oldBackupDays = 30

    let now: Date
    /// Whether the vault is the adviser's: commands then take `--adviser`, and `meldboek backup` doesn't cover it.
    let adviser: Bool

    /// Whole days from `date` to now (0 for today or a clock set back).
    func days(since date: Date) -> Int { max(0, Int(now.timeIntervalSince(date) / 86_400)) }

    /// ` --adviser` after a command for the adviser's vault, nothing for the melder's.
    var which: String { adviser ? " --adviser" : "" }

    func backup(last: Date?) -> CheckupFinding {
        if adviser { return CheckupFinding(.backup, .unknown, .doctorBackupAdviser, advice: .doctorBackupAdviserAdvice) }
        guard let last else { return CheckupFinding(.backup, .risk, .doctorBackupNone, advice: .doctorBackupAdvice) }
        let age = days(since: last)
        if age > Self.oldBackupDays {
            return CheckupFinding(.backup, .risk, .doctorBackupOld(days: age), advice: .doctorBackupAdvice)
        }
        return CheckupFinding(.backup, .ok, .doctorBackupRecent(days: age))
    }

    func recoveryCode(_ reading: RecoveryReading) -> CheckupFinding {
        let state: RecoveryState
        switch reading {
        case .none:
            return CheckupFinding(.recoveryCode, .risk, .doctorRecoveryNone, advice: .doctorRecoveryNoneAdvice(which))
        case .damaged:
            return CheckupFinding(.recoveryCode, .risk, .doctorRecoveryDamaged, advice: .doctorRecoveryNoneAdvice(which))
        case .state(let kept):
            state = kept
        }
        // A recovery with the code proved it right, as a test does.
        let proven = [state.testedAt, state.usedAt].compactMap { $0 }.max()
        if let used = state.usedAt {
            let finding = Localized.doctorRecoveryUsed(days: days(since: used))
            return CheckupFinding(.recoveryCode, .ok, finding, advice: .doctorRecoveryUsedAdvice(which))
        }
        guard let proven else {
            return CheckupFinding(.recoveryCode, .risk, .doctorRecoveryUntested, advice: .doctorRecoveryTestAdvice(which))
        }
        return CheckupFinding(.recoveryCode, .ok, .doctorRecoveryTested(days: days(since: proven)))
    }
}

extension Checkup {
    /// The checks that read the unlocked journal: its last backup and its recovery code.
    /// - Parameter adviser: Whether it is the adviser's vault.
    public static func journalChecks(lastBackup: Date?, recovery: RecoveryReading, adviser: Bool = false,
                                     now: Date = Date()) -> [CheckupFinding] {
        let check = JournalCheck(now: now, adviser: adviser)
        return [check.backup(last: lastBackup), check.recoveryCode(recovery)]
    }

    /// The same two checks when the journal could not be unlocked without asking: said so, not guessed.
    public static func lockedJournalChecks() -> [CheckupFinding] {
        [CheckupFinding(.backup, .unknown, .doctorLocked), CheckupFinding(.recoveryCode, .unknown, .doctorLocked)]
    }

    /// The same two checks when opening or unlocking the vault failed: unknown, with why, and what to do when the
    /// failure says it.
    /// - Parameters:
    ///   - reason: The failure's message, as the command line says it.
    ///   - advice: Its hint, if it has one.
    public static func unlockFailedChecks(reason: Localized, advice: Localized?) -> [CheckupFinding] {
        [CheckupFinding(.backup, .unknown, .doctorUnlockFailed(reason), advice: advice),
         CheckupFinding(.recoveryCode, .unknown, .doctorUnlockFailed(reason), advice: advice)]
    }
}
