// TagText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static let tagAbstract = Localized(
        en: "Add or remove tags on an entry.",
        nl: "Voeg labels toe aan een aantekening of haal ze weg.")

    static let helpTags = Localized(
        en: "The tags.",
        nl: "De labels.")

    static let helpRemove = Localized(
        en: "Remove these tags instead of adding them.",
        nl: "Haal deze labels weg in plaats van ze toe te voegen.")
}
