// ShowText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static let showAbstract = Localized(
        en: "Show one entry.",
        nl: "Toon één aantekening.")

    static let helpHistory = Localized(
        en: "Show every version with when it was recorded.",
        nl: "Toon elke versie met het moment waarop ze werd vastgelegd.")
}
