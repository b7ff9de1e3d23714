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

        @OptionGroup var recovery: NewVaultRecovery

        func run() throws {
            try createVault(at: global.vaultFolder, role: .melder, kdf: kdf, recovery: recovery)
        }
    }
}

/// `--no-recovery` and `--recovery-code-out`, for `init` and `adviser init`.
struct NewVaultRecovery: ParsableArguments {
    @Flag(name: .customLong("no-recovery"), help: ArgumentHelp(t(.helpNoRecovery)))
    var none = false

    @OptionGroup var output: RecoveryCodeOutput

    func validate() throws {
        if none, output.file != nil { throw ValidationError(t(.errNoRecoveryAndOut)) }
    }
}

/// Creates a vault with a new passphrase and (unless `--no-recovery`) a recovery code, and prints its card:
/// shared by `init` and `adviser init`.
///
/// The code is shown on the terminal and three of its words are asked back before the vault is made, so a
/// code not written down leaves no vault behind; without a terminal it goes to `--recovery-code-out`, and
/// with neither, `init` refuses rather than make a vault whose code nobody saw.
func createVault(at folder: URL, role: VaultRole, kdf: KDFChoice, recovery: NewVaultRecovery) throws {
    if (try? Vault.open(at: folder)) != nil {
        throw MeldboekError.vaultExists(path: folder.path)
    }
    let destination = try recovery.none ? nil : recovery.output.destination(offerNone: true)
    let passphrase = try PassphraseReader().new(
        question: t(.askNewPassphrase), repeatQuestion: t(.askRepeatPassphrase),
        mismatchQuestion: t(.askNewPassphraseAfterMismatch),
        emptyQuestion: t(.askNewPassphraseAfterEmpty), fallBackToUnlocking: true)
    var code: RecoveryCode?
    if let destination {
        let made = try RecoveryCode.generate()
        if destination == .terminal { try recovery.output.hand(made, to: .terminal) }
        code = made
    }
    let journal = try Vault.create(at: folder, passphrase: passphrase, cost: kdf.cost, role: role, recoveryCode: code)
    // Written once the vault exists: a file whose code opens nothing would only mislead.
    if let code, let destination, destination != .terminal { try recovery.output.hand(code, to: destination) }
    print(t(.vaultCreated(folder.path)))
    if let code, let destination {
        recovery.output.reportKept(code, at: destination, replacing: false)
        print(t(.vaultCreatedHintWithRecovery(adviser: role == .adviser)))
    } else {
        print(t(.vaultCreatedHint(adviser: role == .adviser)))
        FileHandle.standardError.write(Data(("meldboek: " + t(.warnNoRecovery) + "\n").utf8))
    }
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

