// `meldboek passwd`: change the passphrase; only the vault key is re-wrapped.
import ArgumentParser
import MeldboekAgent
import MeldboekCore
import MeldboekTerminal

extension Meldboek {
    struct Passwd: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: t(.passwdAbstract), aliases: ["wachtwoordzin"])
        }

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp(t(.helpKDF), valueName: t(.placeholderStrength)))
        var kdf: KDFChoice?

        func run() throws {
            // Always the current passphrase, never an unlock session's key: whoever sits at an
            // unlocked computer must not be able to change it and lock the melder out.
            let journal = try global.unlockJournalWithPassphrase()
            guard !journal.vault.isReadOnly else { throw MeldboekError.readOnly(path: journal.vault.folder.path) }
            let passphrase = try PassphraseReader().new(
                question: t(.askNewPassphrase), repeatQuestion: t(.askRepeatPassphrase),
                mismatchQuestion: t(.askNewPassphraseAfterMismatch),
                emptyQuestion: t(.askNewPassphraseAfterEmpty), fallBackToUnlocking: false)
            try journal.changePassphrase(to: passphrase, cost: kdf?.cost)
            print(t(.passphraseChanged))
            // The agent would notice the new wrapped key at its next use; end it now.
            if journal.vault.lockAgent() { print(t(.sessionEndedAfterPasswd)) }
        }
    }
}
