// InitText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static let initAbstract = Localized(
        en: "Create a new encrypted vault.",
        nl: "Maak een nieuwe versleutelde kluis.")

    static func vaultCreated(_ path: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Created a new vault in \(path).",
            nl: "Nieuwe kluis gemaakt in \(path).")
    }

    /// After init without a recovery code; the adviser's vault is no journal (dagboek), so it is named as a vault.
    static func vaultCreatedHint(adviser: Bool) -> Localized {
        adviser
            ? Localized(en: "Keep your passphrase safe: without it nobody, not even you, can read this vault.",
                        nl: "Bewaar je wachtwoordzin goed: zonder wachtwoordzin kan niemand, ook jij niet, deze kluis lezen.")
            : Localized(en: "Keep your passphrase safe: without it nobody, not even you, can read this journal.",
                        nl: "Bewaar je wachtwoordzin goed: zonder wachtwoordzin kan niemand, ook jij niet, dit dagboek lezen.")
    }

    static func yourAdviserCard(_ text: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Your card, for melders to add as a contact: \(text)",
            nl: "Je kaart, voor melders om als contact toe te voegen: \(text)")
    }
}
