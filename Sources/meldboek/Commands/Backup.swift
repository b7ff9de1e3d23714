// `meldboek backup`, `backup check` and `restore`: the whole vault as one age file, and back.
import ArgumentParser
import Foundation
import MeldboekBackup
import MeldboekCore
import MeldboekShare
import MeldboekSodium
import MeldboekTerminal
import MeldboekText

extension Meldboek {
    struct BackupCommand: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "backup", abstract: t(.backupAbstract), discussion: t(.backupDiscussion),
                subcommands: [Create.self, Check.self], defaultSubcommand: Create.self, aliases: ["reservekopie"])
        }

        struct Create: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "create", abstract: t(.backupCreateAbstract), aliases: ["maak"])
            }

            @OptionGroup var global: GlobalOptions

            @Option(help: ArgumentHelp(t(.backupHelpOut), valueName: t(.placeholderPath)), completion: .file())
            var out: String?

            @Flag(help: ArgumentHelp(t(.backupHelpForce)))
            var force = false

            @Option(name: .customLong("to"), help: ArgumentHelp(t(.backupHelpTo), valueName: "contact"))
            var contacts: [String] = []

            @Option(name: [.customShort("r"), .customLong("recipient")],
                    help: ArgumentHelp(t(.backupHelpRecipient), valueName: "age1..."))
            var recipients: [String] = []

            func validate() throws {
                for recipient in recipients where (try? AgeRecipient(string: recipient)) == nil {
                    throw ValidationError(t(.backupErrBadRecipient(OutsideText.line(recipient))))
                }
            }

            func run() throws {
                let now = Date()
                let destination = URL(fileURLWithPath: out ?? defaultName(now))
                // Before anything else: in the vault folder even an existing name isn't the first problem.
                try Backup.refuseInside(global.vaultFolder, destination)
                if !force { try NamedFile.checkAbsent(destination.path) }
                let journal = try global.unlockJournal()
                let seal: BackupSeal
                if contacts.isEmpty && recipients.isEmpty {
                    // The vault keeps its recovery code (sealed under the vault key), so nothing is asked; a vault
                    // without one (--no-recovery, or made before recovery codes) has the code typed.
                    let code: SecureBytes
                    if let kept = try journal.recoveryCode() {
                        code = try SecureBytes(copying: Array(kept.phrase.utf8))
                    } else {
                        code = try readCode(confirming: true) { $0 }
                    }
                    seal = .passphrase(try ScryptRecipient(Backup.passphrase(fromCode: code), workFactor: workFactor()))
                } else {
                    let book = try Contacts(journal)
                    let keys = try contacts.map { try book.named($0).card.ageRecipient }
                        + recipients.map { try AgeRecipient(string: $0) }
                    seal = .recipients(keys)
                    warn(t(.backupNoteRecipientsOnly))
                }
                let summary = try Backup.write(journal.vault, to: destination, seal: seal, replacing: force, now: now)
                do {
                    try journal.recordBackup(at: now)
                } catch {
                    warn(t(.backupNoteNotRecorded))
                }
                print(t(.backupWritten(OutsideText.line(destination.path), megabytes(summary.archiveSize))))
            }

            /// `backup-2026-12-02.age` in the current folder: a date and nothing about what it holds.
            private func defaultName(_ now: Date) -> String {
                var calendar = Calendar(identifier: .gregorian)
                calendar.timeZone = .current
                let day = calendar.dateComponents([.year, .month, .day], from: now)
                return String(format: "backup-%04d-%02d-%02d.age", day.year ?? 0, day.month ?? 0, day.day ?? 0)
            }
        }

        struct Check: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(abstract: t(.backupCheckAbstract), aliases: ["controleer"])
            }

            @OptionGroup var global: GlobalOptions

            @Argument(help: ArgumentHelp(t(.backupHelpFile), valueName: t(.placeholderPath)), completion: .file())
            var file: String

            @Option(help: ArgumentHelp(t(.backupHelpIdentity), valueName: t(.placeholderPath)), completion: .file())
            var identity: String?

            func run() throws {
                try NamedFile.checkReadable(file)
                let (reader, code) = try openBackup(file, identity: identity)
                let scratch = try PrivateFolder()
                defer { scratch.remove() }
                let folder = scratch.url.appendingPathComponent(BackupFormat.folderName)
                try reader.unpack(into: folder)
                print(t(.backupReadOK))
                guard try verifyUnpacked(folder, code: code) else { throw ExitCode(ExitStatus.integrity) }
                print(t(.backupCheckOK))
            }
        }
    }

    struct Restore: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: t(.restoreAbstract), discussion: t(.restoreDiscussion), aliases: ["terugzetten"])
        }

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp(t(.backupHelpFile), valueName: t(.placeholderPath)), completion: .file())
        var file: String

        @Option(help: ArgumentHelp(t(.backupHelpIdentity), valueName: t(.placeholderPath)), completion: .file())
        var identity: String?

        func run() throws {
            let folder = global.vaultFolder
            try NamedFile.checkReadable(file)
            // Before the code is asked for: the folders above the vault (a new account has no ~/.local/share),
            // so a folder that can't be made is said first.
            try Backup.makeParents(of: folder)
            // Never into an existing folder; and the hint must not lead anyone to remove the vault they have.
            do {
                try NamedFile.checkAbsent(folder.path)
            } catch MeldboekError.fileExists {
                throw CommandError.restoreTargetExists(path: folder.path)
            }
            let (reader, code) = try openBackup(file, identity: identity)
            try reader.unpack(into: folder)
            print(t(.backupReadOK))
            let intact: Bool
            do {
                intact = try verifyUnpacked(folder, code: code)
            } catch {
                // What does not open as a vault is no restore: nothing half is left behind.
                try? FileManager.default.removeItem(at: folder)
                throw error
            }
            guard intact else {
                warn(t(.restoreKeptDamaged(OutsideText.line(folder.path))))
                throw ExitCode(ExitStatus.integrity)
            }
            print(t(.restored(OutsideText.line(folder.path))))
        }
    }
}

/// The scrypt work factor: age's 18, or a lower one the test suite sets (only with its switch on).
private func workFactor() -> UInt8 {
    let environment = ProcessInfo.processInfo.environment
    if environment["MELDBOEK_ALLOW_TEST_KDF"] == "1", let text = environment["MELDBOEK_TEST_BACKUP_WORK_FACTOR"],
       let factor = UInt8(text), (1...ScryptRecipient.maximumWorkFactor).contains(factor) {
        return factor
    }
    return ScryptRecipient.defaultWorkFactor
}

/// Reads the recovery code: `MELDBOEK_RECOVERY_CODE`, then `MELDBOEK_RECOVERY_CODE_FILE`, then the terminal
/// (twice, when `confirming`, since a backup sealed with a mistyped code opens with nothing).
private func readCode<T>(confirming: Bool, _ open: (SecureBytes) throws -> T) throws -> T {
    let reader = PassphraseReader()
    return try reader.secret(
        variable: "MELDBOEK_RECOVERY_CODE", file: "MELDBOEK_RECOVERY_CODE_FILE", question: t(.backupAskCode),
        retryQuestion: t(.backupAskCodeAgain),
        unavailable: CommandError.missing(t(.backupErrNoCode)),
        isWrong: { ($0 as? BackupError) == .wrongKey || ($0 as? CodeMismatch) != nil }
    ) { code in
        if confirming, Terminal.isAvailable, ProcessInfo.processInfo.environment["MELDBOEK_RECOVERY_CODE"] == nil,
           ProcessInfo.processInfo.environment["MELDBOEK_RECOVERY_CODE_FILE"] == nil {
            guard let again = try Terminal.readSecret(t(.backupAskCodeRepeat)) else {
                throw CommandError.missing(t(.backupErrNoCode))
            }
            guard try Backup.passphrase(fromCode: code).isEqual(to: Backup.passphrase(fromCode: again)) else {
                throw CodeMismatch()
            }
        }
        return try open(code)
    }
}

/// Two typings of the code that differ.
private struct CodeMismatch: Error {}

/// Opens a backup's header with the identity file, or with the recovery code (asked again when wrong); gives the
/// code too when it reads as a recovery code, which can unlock the vault inside.
private func openBackup(_ file: String, identity: String?) throws -> (BackupReader, RecoveryCode?) {
    let url = URL(fileURLWithPath: file)
    if let identity {
        var data = try NamedFile.contents(of: identity)
        defer { wipe(&data) }
        let keys = try ageIdentities(in: data)
        return (try Backup.open(url, keys: keys), nil)
    }
    return try readCode(confirming: false) { code in
        // Twelve words read as a recovery code are read forgivingly (first four letters, any separators), then
        // given to age in the one form it takes; anything else as typed, lower case, one space apart.
        var typed = code
        let recoveryCode = try? RecoveryCode(typed: code)
        if let recoveryCode { typed = try SecureBytes(copying: Array(recoveryCode.phrase.utf8)) }
        return (try Backup.open(url, keys: [ScryptPassphrase(try Backup.passphrase(fromCode: typed))]), recoveryCode)
    }
}

/// The `AGE-SECRET-KEY-1...` lines of an age identity file; comments and blank lines are skipped.
private func ageIdentities(in data: Data) throws -> [any AgeIdentityProtocol] {
    var identities: [any AgeIdentityProtocol] = []
    for line in data.split(whereSeparator: { $0 == 0x0A || $0 == 0x0D }) {
        guard let first = line.first, first != UInt8(ascii: "#") else { continue }
        identities.append(try AgeIdentity(encoded: SecureBytes(copying: line)))
    }
    guard !identities.isEmpty else { throw AgeError.malformedIdentity }
    return identities
}

/// Opens an unpacked vault and checks it as `verify` does: SQLite's integrity check, every record, the chain,
/// every attachment and the commitment log. Prints what it finds; true when all is intact.
///
/// The vault is unlocked with `code` when its recovery slot takes it (a forgotten passphrase is why many
/// restore), else with the passphrase.
private func verifyUnpacked(_ folder: URL, code: RecoveryCode?) throws -> Bool {
    let vault = try Vault.open(at: folder)
    guard try vault.passesIntegrityCheck() else { throw BackupError.damaged(.database) }
    // Not through the unlock session, and no head is recorded as seen: this copy is not the journal in use.
    var unlocked: Journal?
    if let code, vault.hasRecoveryCode {
        // A code that seals the backup but is not this vault's (typed for an older vault) leaves the passphrase.
        unlocked = try? vault.unlock(recoveryCode: code)
    }
    let journal = try unlocked ?? PassphraseReader().unlocking(
        question: t(.askPassphrase), retryQuestion: t(.askPassphraseAgain)) { try vault.unlock(passphrase: $0) }
    let report = try journal.verify()
    // Each use of the recovery code is a record in the chain: said here as verify says it.
    for used in report.recoveries {
        print(t(.recoveryCodeUsed(Localized.dateAtClock(used, timeZone: .current))))
    }
    if report.isIntact {
        print(t(.verifyOK(records: report.records, entries: report.entries, attachments: report.attachments,
                         deletions: report.deletions)))
    } else {
        print(t(.verifyFailed(report.problems.count)))
        for problem in report.problems { print("  " + Meldboek.Verify.describe(problem)) }
    }
    let logIntact = try Meldboek.Verify.verifyLog(journal)
    if let head = report.head { print(t(.journalFingerprint(head))) }
    return report.isIntact && logIntact
}

/// A size in megabytes with one decimal, as the user reads it.
private func megabytes(_ bytes: UInt64) -> String {
    String(format: "%.1f", Double(bytes) / 1_000_000)
}

private func warn(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
