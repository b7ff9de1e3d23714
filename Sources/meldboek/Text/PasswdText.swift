// PasswdText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static let passwdAbstract = Localized(
        en: "Change the vault's passphrase.",
        nl: "Wijzig de wachtwoordzin van de kluis.")

    static let passphraseChanged = Localized(
        en: "Passphrase changed. The old passphrase no longer opens this vault; copies of the vault made before still open with it.",
        nl: "Wachtwoordzin gewijzigd. De oude wachtwoordzin opent deze kluis niet meer; eerder gemaakte kopieën van de kluis openen er nog wel mee.")

    static let sessionEndedAfterPasswd = Localized(
        en: "The unlock session has ended; 'meldboek unlock' starts one with the new passphrase.",
        nl: "De ontgrendelsessie is beëindigd; 'meldboek unlock' start er een met de nieuwe wachtwoordzin.")
}
