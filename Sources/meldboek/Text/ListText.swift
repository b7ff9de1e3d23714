// ListText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static let listAbstract = Localized(
        en: "List entries, oldest first.",
        nl: "Toon aantekeningen, oudste eerst.")

    static let helpLimit = Localized(
        en: "Show only the most recent N.",
        nl: "Toon alleen de laatste N.")

    static let errBadLimit = Localized(
        en: "--limit must be a positive number.",
        nl: "--limit moet een positief getal zijn.")
}
