// `meldboek init`: create a vault.
import ArgumentParser
import Foundation
import MeldboekCore
import MeldboekTerminal
import MeldboekShare

extension Meldboek {
    struct Init: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: t(.initAbstract)) }

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp(t(.helpKDF), valueName: t(.placeholderStrength)))
        var kdf: KDFChoice = .moderate

        func run() throws {
            try createVault(at: global.vaultFolder, role: .melder, kdf: kdf)
        }
    }
}

/// Creates a vault with a new passphrase and prints its card: shared by `init` and `adviser init`.
func createVault(at folder: URL, role: VaultRole, kdf: KDFChoice) throws {
    if (try? Vault.open(at: folder)) != nil {
        throw MeldboekError.vaultExists(path: folder.path)
    }
    let passphrase = try PassphraseReader().new(
        question: t(.askNewPassphrase), repeatQuestion: t(.askRepeatPassphrase),
        mismatchQuestion: t(.askNewPassphraseAfterMismatch), fallBackToUnlocking: true)
    let journal = try Vault.create(at: folder, passphrase: passphrase, cost: kdf.cost, role: role)
    print(t(.vaultCreated(folder.path)))
    print(t(.vaultCreatedHint))
    let card = try journal.identity().card
    // Melders add the adviser's card; the adviser never needs the melder's, which every bundle carries. The
    // melder's fingerprint is what counts: the adviser compares it when the first bundle opens a case.
    if role == .adviser {
        print(t(.yourAdviserCard(card.text)))
        print(t(.yourFingerprint(card.fingerprint)))
    } else {
        print(t(.ownFingerprint(card.fingerprint)))
        print(t(.ownFingerprintUse))
    }
}

