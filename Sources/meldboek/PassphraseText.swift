// What the terminal says between passphrase tries.
import MeldboekCore

extension Localized {
    /// Asked after a passphrase that did not unlock the vault.
    static var askPassphraseAgain: Localized {
        Localized(en: "That passphrase does not open the vault. Try again: ",
                  nl: "Met deze wachtwoordzin gaat de kluis niet open. Probeer het opnieuw: ")
    }

    /// Asked after two new passphrases that differ.
    static var askNewPassphraseAfterMismatch: Localized {
        Localized(en: "The two passphrases differ. New passphrase: ",
                  nl: "De twee wachtwoordzinnen verschillen. Nieuwe wachtwoordzin: ")
    }

    /// Asked after an empty new passphrase.
    static var askNewPassphraseAfterEmpty: Localized {
        Localized(en: "The passphrase can't be empty. New passphrase: ",
                  nl: "De wachtwoordzin mag niet leeg zijn. Nieuwe wachtwoordzin: ")
    }
}
