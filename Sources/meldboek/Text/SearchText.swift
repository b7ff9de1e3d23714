// SearchText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static let searchAbstract = Localized(
        en: "Search every field of every entry, ignoring case and accents.",
        nl: "Zoek in alle velden van alle aantekeningen, ongeacht hoofdletters en accenten.")

    static let helpSearchWords = Localized(
        en: "The words to find; every one must occur.",
        nl: "De woorden om te zoeken; elk woord moet voorkomen.")
}
