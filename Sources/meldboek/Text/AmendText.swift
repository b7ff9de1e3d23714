// AmendText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static let amendAbstract = Localized(
        en: "Add to or correct an entry; every earlier version is kept.",
        nl: "Vul een aantekening aan of verbeter haar; elke eerdere versie blijft bewaard.")

    static let helpAppend = Localized(
        en: "Text to add to what happened, as a new paragraph.",
        nl: "Tekst om aan wat er gebeurde toe te voegen, als nieuwe alinea.")

    static let helpRemovePerson = Localized(
        en: "Remove someone involved, by name.",
        nl: "Haal een betrokkene weg, op naam.")

    static let helpRemoveWitness = Localized(
        en: "Remove a witness, by name.",
        nl: "Haal een getuige weg, op naam.")

    static let helpRemoveCategory = Localized(
        en: "Remove a kind of behaviour.",
        nl: "Haal een soort gedrag weg.")

    static let helpRemoveTag = Localized(
        en: "Remove a tag.",
        nl: "Haal een label weg.")

    static let amendDiscussion = Localized(
        en: "Without any of these flags, on a terminal, Meldboek walks through the entry's fields, showing what each holds now.",
        nl: "Zonder een van deze opties, op een terminal, loopt Meldboek de velden van de aantekening langs en toont wat er nu in staat.")
}
