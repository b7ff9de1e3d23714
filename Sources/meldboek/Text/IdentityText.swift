// IdentityText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static let contactsAbstract = Localized(
        en: "Keep the cards of advisers you may share with.",
        nl: "Bewaar de kaarten van vertrouwenspersonen met wie je kunt delen.")

    static let contactsAddAbstract = Localized(
        en: "Add a contact from their card.",
        nl: "Voeg een contact toe met diens kaart.")

    static let contactsListAbstract = Localized(
        en: "List your contacts.",
        nl: "Toon je contacten.")

    static let contactsRemoveAbstract = Localized(
        en: "Remove a contact; earlier shares stay in the share log.",
        nl: "Verwijder een contact; eerdere deelacties blijven in het deellogboek.")

    static let helpContactName = Localized(
        en: "The name you give this contact.",
        nl: "De naam die je dit contact geeft.")

    static let helpCard = Localized(
        en: "Their card: one line starting with meldboek-card:1:.",
        nl: "Diens kaart: één regel die begint met meldboek-card:1:.")

    static func contactAdded(_ name: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Added contact \(name).",
            nl: "Contact \(name) toegevoegd.")
    }

    static func compareFingerprint(_ fingerprint: some CustomStringConvertible, _ name: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Fingerprint \(fingerprint): compare it with \(name) by phone or in person before you share anything.",
            nl: "Vingerafdruk \(fingerprint): vergelijk die met \(name) telefonisch of persoonlijk voordat je iets deelt.")
    }

    static let noContacts = Localized(
        en: "No contacts.",
        nl: "Geen contacten.")

    static func contactRemoved(_ name: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Removed contact \(name).",
            nl: "Contact \(name) verwijderd.")
    }
}
