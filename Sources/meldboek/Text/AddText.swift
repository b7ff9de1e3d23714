// AddText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static let addAbstract = Localized(
        en: "Record a new incident.",
        nl: "Leg een nieuw incident vast.")

    static let helpAttach = Localized(
        en: "A file to attach; repeat for more.",
        nl: "Een bestand om toe te voegen; herhaal voor meer.")

    static let addDiscussion = Localized(
        en: "Without any of these flags, on a terminal, Meldboek asks about the incident question by question and shows a summary before saving.",
        nl: "Zonder een van deze opties, op een terminal, vraagt Meldboek vraag voor vraag naar het incident en toont een samenvatting voor het opslaan.")
}
