// ReportCommandText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static let reportAbstract = Localized(
        en: "Write a report of entries in time order, with a time line and a table of the people involved.",
        nl: "Schrijf een rapport van aantekeningen op volgorde van tijd, met een tijdlijn en een tabel van betrokkenen.")

    static let adviserReportAbstract = Localized(
        en: "Write a report of a case, saying which bundle brought each entry.",
        nl: "Schrijf een rapport van een dossier, met de bundel waarin elke aantekening binnenkwam.")

    static let helpReportFormat = Localized(
        en: "The format: html or markdown.",
        nl: "De indeling: html of markdown.")

    static let helpReportRedact = Localized(
        en: "Leave out names or places: people, witnesses, location, or names for both lists (comma-separated). Names become Person A, Person B, … everywhere in the report, also where an entry mentions a name listed on another entry.",
        nl: "Laat namen of plaatsen weg: betrokkenen, getuigen, plaats, of namen voor beide lijsten (met komma's; people, witnesses, location en names mag ook). Namen worden overal in het rapport Persoon A, Persoon B, …, ook waar een aantekening een naam noemt die bij een andere aantekening staat.")

    static let helpReportRedactWord = Localized(
        en: "Also hide this word (or name of several words) as a name, wherever the report's text has it. Repeat for more words.",
        nl: "Verberg ook dit woord (of deze naam van meer woorden) als naam, overal waar het in de tekst van het rapport staat. Herhaal de optie voor meer woorden.")

    static func reportWritten(_ count: Int, _ path: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Wrote the report to \(path). Entries in it: \(count).",
            nl: "Rapport geschreven naar \(path). Aantekeningen erin: \(count).")
    }
}
