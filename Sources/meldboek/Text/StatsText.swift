// StatsText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static let statsAbstract = Localized(
        en: "Count entries per kind, month, person and place, and show the gaps between incidents.",
        nl: "Tel aantekeningen per soort, maand, persoon en plaats, en toon de tijd tussen incidenten.")
}
