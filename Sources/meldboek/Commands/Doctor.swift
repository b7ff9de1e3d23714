// `meldboek doctor`: what on this computer puts the journal at risk, each with what to do.
import ArgumentParser
import Foundation
import MeldboekAgent
import MeldboekCore
import MeldboekDoctor
import MeldboekShare
import MeldboekTerminal

extension Meldboek {
    struct Doctor: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: t(.doctorAbstract), discussion: t(.doctorDiscussion), aliases: ["dokter"])
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: JSONOption

        @Flag(help: ArgumentHelp(t(.helpDoctorAdviser)))
        var adviser = false

        func run() throws {
            let folder = adviser ? global.adviserFolder : global.vaultFolder
            var findings = Checkup.computerChecks(vault: folder, inheritedCoreLimit: ProcessHardening.inheritedCoreLimit)
            var repaired: [String] = []
            // A vault that can't be opened or unlocked (a wrong passphrase in the environment, a damaged vault) is a
            // finding of the checks that need the key, never the end of the check-up: the others stand without it.
            let journal: Journal?
            var unlockFailure: Error?
            do {
                journal = try unlockWithoutSurprises(folder, repaired: &repaired)
            } catch {
                if let presented = ErrorPresentation.of(error, t), presented.isOwnChoice { throw error }
                journal = nil
                unlockFailure = error
            }
            // Opening closed the vault's files to others, as every command does: say so instead of the risk.
            if !repaired.isEmpty, let index = findings.firstIndex(where: { $0.item == .vaultPermissions }) {
                findings[index] = .vaultRepaired(repaired)
            }
            if let journal {
                let recovery: RecoveryReading
                do {
                    // The kept code unwraps the slot to this vault's key: a changed slot shows before it is needed.
                    recovery = try journal.checkedRecoveryState().map(RecoveryReading.state) ?? .none
                } catch MeldboekError.recoverySlotDamaged {
                    recovery = .damaged
                }
                findings += Checkup.journalChecks(lastBackup: try journal.lastBackup(), recovery: recovery,
                                                  adviser: adviser)
            } else if let unlockFailure {
                let (reason, hint) = Self.explained(unlockFailure)
                findings += Checkup.unlockFailedChecks(reason: reason, advice: hint)
            } else if FileManager.default.fileExists(atPath: folder.appendingPathComponent("meldboek.db").path) {
                findings += Checkup.lockedJournalChecks()
            }
            let checkup = Checkup(findings)
            if output.json {
                try printJSON(CheckupDocument(checkup, vault: folder, language: interfaceLanguage))
            } else {
                print(t(.doctorHeading(folder.path)))
                for finding in checkup.findings {
                    print("")
                    print(t(.doctorLine(status: finding.status, item: finding.item)))
                    print("  " + t(finding.finding))
                    if let advice = finding.advice { print("  " + t(.doctorAdvice(t(advice)))) }
                }
                print("")
                print(t(.doctorSummary(checkup.findings.filter { $0.status == .risk }.count)))
            }
            if checkup.isAtRisk { throw ExitCode(ExitStatus.failure) }
        }

        /// The journal in `folder`, unlocked by its unlock session, the passphrase from the environment, or a
        /// question on the terminal; nil when there is no vault, or no way to unlock it without a surprise
        /// (a script without a passphrase).
        /// - Parameter repaired: Set to the paths the opening closed to other accounts.
        /// - Throws: Why the vault could not be opened or unlocked: damaged, someone else's, the other role's,
        ///   a wrong passphrase.
        func unlockWithoutSurprises(_ folder: URL, repaired: inout [String]) throws -> Journal? {
            guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("meldboek.db").path) else {
                return nil
            }
            let vault = try openVault(at: folder)
            let role: VaultRole = adviser ? .adviser : .melder
            guard vault.role == role else { throw ShareError.wrongRole(expected: role.rawValue) }
            repaired = vault.permissionRepairs.map(\.path)
            if let journal = vault.unlockFromAgent() { return journal }
            guard Terminal.hasSomeoneToAsk || PassphraseReader().hasUnlockingPassphrase else { return nil }
            return adviser ? try global.unlockAdviser() : try global.unlockJournal()
        }

        /// An error's message and hint in both languages: a finding is printed, or written as JSON, in either.
        static func explained(_ error: Error) -> (reason: Localized, hint: Localized?) {
            func presented(_ language: Language) -> ErrorPresentation {
                let t = Localizer(language)
                return ErrorPresentation.of(error, t) ?? .unexpected(t)
            }
            let (en, nl) = (presented(.en), presented(.nl))
            guard let enHint = en.hint, let nlHint = nl.hint else { return (Localized(en: en.message, nl: nl.message), nil) }
            return (Localized(en: en.message, nl: nl.message), Localized(en: enHint, nl: nlHint))
        }
    }
}
