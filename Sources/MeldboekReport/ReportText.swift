// ReportText: English and Dutch side by side.
import MeldboekCore
import MeldboekShare

extension Localized {
    /// A file's size: "2048 bytes".
    public static func reportBytes(_ size: some CustomStringConvertible) -> Localized {
        Localized(
            en: "\(size) bytes",
            nl: "\(size) bytes")
    }

    /// The report's redactions, each named in the reader's language: "betrokkenen, getuigen".
    static func previewRedacted(_ redactions: some Sequence<Redaction>) -> Localized {
        let kinds = Localized.redactions(Set(redactions))
        return Localized(
            en: "Redacted (names become pseudonyms, places are left out): \(kinds.en)",
            nl: "Afgeschermd (namen worden pseudoniemen, plaatsen vallen weg): \(kinds.nl)")
    }

    static let reportTitle = Localized(
        en: "Meldboek report",
        nl: "Meldboek-rapport")

    static func reportCaseTitle(_ name: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Case report: \(name)",
            nl: "Dossierrapport: \(name)")
    }

    static func reportMadeAt(_ generatedAt: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Made \(generatedAt). This file is not encrypted.",
            nl: "Gemaakt op \(generatedAt). Dit bestand is niet versleuteld.")
    }

    static let reportConfidential = Localized(
        en: "Confidential: this report holds personal and sensitive information.",
        nl: "Vertrouwelijk: dit rapport bevat persoonlijke en gevoelige informatie.")

    static func reportPeriod(_ first: some CustomStringConvertible, _ last: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Period: \(first) to \(last)",
            nl: "Periode: \(first) tot en met \(last)")
    }

    static func reportEntryCount(_ count: Int) -> Localized {
        Localized(
            en: "Entries: \(count)",
            nl: "Aantekeningen: \(count)")
    }

    static let reportOverview = Localized(
        en: "Overview",
        nl: "Overzicht")

    static let reportChartTitle = Localized(
        en: "Incidents per month, by kind",
        nl: "Incidenten per maand, per soort")

    static let reportChartNote = Localized(
        en: "An incident of several kinds counts once for each kind.",
        nl: "Een incident van meerdere soorten telt bij elke soort één keer mee.")

    static func reportUndated(_ undated: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Not in the time line, because the date is unknown: \(undated)",
            nl: "Niet in de tijdlijn, omdat de datum onbekend is: \(undated)")
    }

    static let reportNoChart = Localized(
        en: "No incident has a known date, so there is no time line.",
        nl: "Geen incident heeft een bekende datum, dus er is geen tijdlijn.")

    static let reportPeopleTitle = Localized(
        en: "People involved",
        nl: "Betrokkenen")

    static let reportColumnWho = Localized(
        en: "Who",
        nl: "Wie")

    static let reportColumnRole = Localized(
        en: "Role",
        nl: "Rol")

    static let reportColumnCount = Localized(
        en: "Entries",
        nl: "Aantekeningen")

    static let reportColumnFirst = Localized(
        en: "First",
        nl: "Eerste")

    static let reportColumnLast = Localized(
        en: "Last",
        nl: "Laatste")

    static let reportColumnName = Localized(
        en: "Name",
        nl: "Naam")

    static let reportColumnSize = Localized(
        en: "Size",
        nl: "Grootte")

    static let reportColumnKind = Localized(
        en: "Kind",
        nl: "Soort")

    static let reportColumnMonth = Localized(
        en: "Month",
        nl: "Maand")

    static let reportColumnBundle = Localized(
        en: "Bundle",
        nl: "Bundel")

    static let reportColumnMade = Localized(
        en: "Made",
        nl: "Gemaakt")

    static let reportColumnReceived = Localized(
        en: "Received",
        nl: "Ontvangen")

    static let reportColumnVersion = Localized(
        en: "Version",
        nl: "Versie")

    static let reportColumnChanges = Localized(
        en: "Changes",
        nl: "Wijzigingen")

    static func reportRepeatedNote(_ repeatedPatternThreshold: some CustomStringConvertible) -> Localized {
        Localized(
            en: "A repeated pattern: someone who appears in \(repeatedPatternThreshold) or more entries.",
            nl: "Herhaald patroon: iemand die in \(repeatedPatternThreshold) of meer aantekeningen voorkomt.")
    }

    static let reportEntriesTitle = Localized(
        en: "Entries",
        nl: "Aantekeningen")

    static let reportHappened = Localized(
        en: "Happened",
        nl: "Gebeurd")

    static let reportSameDay = Localized(
        en: "the same day",
        nl: "dezelfde dag")

    static let reportHistory = Localized(
        en: "History",
        nl: "Geschiedenis")

    static let reportFirstVersion = Localized(
        en: "first version",
        nl: "eerste versie")

    static func reportChanged(_ separator: some CustomStringConvertible) -> Localized {
        Localized(
            en: "changed: \(separator)",
            nl: "gewijzigd: \(separator)")
    }

    static let reportNoChange = Localized(
        en: "no field changed",
        nl: "geen veld gewijzigd")

    static func reportEarlier(_ number: some CustomStringConvertible) -> Localized {
        Localized(
            en: "As it read before version \(number)",
            nl: "Zoals het was vóór versie \(number)")
    }

    static func reportFromBundle(_ bundleId: some CustomStringConvertible, _ receivedAt: some CustomStringConvertible) -> Localized {
        Localized(
            en: "From bundle \(bundleId), received \(receivedAt)",
            nl: "Uit bundel \(bundleId), ontvangen \(receivedAt)")
    }

    static let reportBundlesTitle = Localized(
        en: "Bundles received",
        nl: "Ontvangen bundels")

    static let reportSenderKey = Localized(
        en: "Melder's key fingerprint",
        nl: "Vingerafdruk van de sleutel van de melder")
}
