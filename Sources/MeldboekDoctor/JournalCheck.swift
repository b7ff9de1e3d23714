// What only the unlocked journal can say about its own safety: its last backup and its recovery code.
import Foundation
import MeldboekCore

/// The backup and recovery-code checks, from what the vault keeps sealed.
struct JournalCheck {
    /// A backup older than this many days is called old.
    static let oldBackupDays = 30

    let now: Date

    /// Whole days from `date` to now (0 for today or a clock set back).
    func days(since date: Date) -> Int { max(0, Int(now.timeIntervalSince(date) / 86_400)) }

    func backup(last: Date?) -> CheckupFinding {
        guard let last else { return CheckupFinding(.backup, .risk, .doctorBackupNone, advice: .doctorBackupAdvice) }
        let age = days(since: last)
        if age > Self.oldBackupDays {
            return CheckupFinding(.backup, .risk, .doctorBackupOld(days: age), advice: .doctorBackupAdvice)
        }
        return CheckupFinding(.backup, .ok, .doctorBackupRecent(days: age))
    }

    func recoveryCode(_ state: RecoveryState?) -> CheckupFinding {
        guard let state else {
            return CheckupFinding(.recoveryCode, .risk, .doctorRecoveryNone, advice: .doctorRecoveryNoneAdvice)
        }
        let used = state.usedAt.map { Localized.doctorRecoveryUsed(days: days(since: $0)) }
        guard let tested = state.testedAt else {
            return CheckupFinding(.recoveryCode, .risk, .doctorRecoveryUntested(used: used),
                                  advice: .doctorRecoveryTestAdvice)
        }
        return CheckupFinding(.recoveryCode, .ok, .doctorRecoveryTested(days: days(since: tested), used: used))
    }
}

extension Checkup {
    /// The checks that read the unlocked journal: its last backup and its recovery code.
    public static func journalChecks(lastBackup: Date?, recovery: RecoveryState?, now: Date = Date())
        -> [CheckupFinding]
    {
        let check = JournalCheck(now: now)
        return [check.backup(last: lastBackup), check.recoveryCode(recovery)]
    }

    /// The same two checks when the journal could not be unlocked without asking: said so, not guessed.
    public static func lockedJournalChecks() -> [CheckupFinding] {
        [CheckupFinding(.backup, .unknown, .doctorLocked), CheckupFinding(.recoveryCode, .unknown, .doctorLocked)]
    }
}
