// `meldboek upgrade` and `meldboek rekey`: every record sealed again, asking for the passphrase each time.
import ArgumentParser
import Foundation
import MeldboekAgent
import MeldboekCore
import MeldboekSync
import MeldboekTerminal
import MeldboekShare
import MeldboekSodium

extension Meldboek {
    struct Upgrade: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: t(.upgradeAbstract)) }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var which: WhichVault

        func run() throws {
            let (journal, passphrase) = try which.unlockAskingPassphrase(global)
            let (count, upgraded) = try journal.upgrade(passphrase: passphrase, progress: RewriteProgress.show)
            print(t(.upgradeDone(count)))
            print(t(.journalFingerprint(try upgraded.headFingerprint())))
        }
    }

    struct Rekey: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: t(.rekeyAbstract)) }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var which: WhichVault

        func run() throws {
            let (journal, passphrase) = try which.unlockAskingPassphrase(global)
            if let folder = try Sync.folder(of: journal) { throw SyncError.rekeyWhileSynced(path: folder.path) }
            let (count, rekeyed) = try journal.rekey(passphrase: passphrase, progress: RewriteProgress.show)
            print(t(.rekeyDone(count)))
            print(t(.journalFingerprint(try rekeyed.headFingerprint())))
            // The agent holds the old key, which opens nothing any more.
            if journal.vault.lockAgent() { print(t(.sessionEndedForRekey)) }
        }
    }
}

/// `--adviser`: the adviser's vault instead of the melder's.
struct WhichVault: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp(t(.helpAdviserVault)))
    var adviser = false

    /// Unlocks the vault and returns it with the passphrase typed or given now: what
    /// rewrites every record needs the passphrase itself, even during an unlock session.
    func unlockAskingPassphrase(_ global: GlobalOptions) throws -> (Journal, SecureBytes) {
        let vault = try openVault(at: adviser ? global.adviserFolder : global.vaultFolder, adviser: adviser)
        guard vault.role == (adviser ? .adviser : .melder) else {
            throw ShareError.wrongRole(expected: adviser ? VaultRole.adviser.rawValue : VaultRole.melder.rawValue)
        }
        let (journal, passphrase) = try PassphraseReader().current(
            question: t(.askCurrentPassphrase), retryQuestion: t(.askPassphraseAgain)
        ) { secret in (try vault.unlock(passphrase: secret), secret) }
        reportRecoveryUse(journal)
        keepCommitmentLog(journal)
        openedJournal = journal
        return (journal, passphrase)
    }
}

/// A one-line progress count on standard error, when that is a terminal.
enum RewriteProgress {
    static func show(_ done: Int, _ total: Int) {
        guard isatty(STDERR_FILENO) == 1 else { return }
        let line = "\r" + t(.rewriteProgress(done, total)) + (done == total ? "\n" : "")
        FileHandle.standardError.write(Data(line.utf8))
    }
}
