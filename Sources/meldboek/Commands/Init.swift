// `meldboek init`: create a vault.
import ArgumentParser
import MeldboekCore

extension Meldboek {
    struct Init: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: t(.initAbstract)) }

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp(t(.helpKDF), valueName: "strength"))
        var kdf: KDFChoice = .moderate

        func run() throws {
            let folder = global.vaultFolder
            if (try? Vault.open(at: folder)) != nil {
                throw MeldboekError.vaultExists(path: folder.path)
            }
            let passphrase = try PassphraseReader().new(
                question: t(.askNewPassphrase), repeatQuestion: t(.askRepeatPassphrase), fallBackToUnlocking: true)
            _ = try Vault.create(at: folder, passphrase: passphrase, cost: kdf.cost)
            print(t(.vaultCreated, folder.path))
            print(t(.vaultCreatedHint))
        }
    }
}
