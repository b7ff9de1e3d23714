// The labels and sentences entries, exports and statistics are written with: English and Dutch side by side.
import MeldboekCore

extension Localized {
    public static let noEntries = Localized(
        en: "No entries.",
        nl: "Geen aantekeningen.")

    public static let labelEntry = Localized(
        en: "Entry",
        nl: "Aantekening")

    public static let labelTitle = Localized(
        en: "Title",
        nl: "Titel")

    public static let labelWhen = Localized(
        en: "When",
        nl: "Wanneer")

    public static let labelRecorded = Localized(
        en: "Recorded",
        nl: "Opgeschreven")

    public static let labelAmended = Localized(
        en: "Last amended",
        nl: "Laatst aangevuld")

    public static let labelWhere = Localized(
        en: "Where",
        nl: "Waar")

    public static let labelPeople = Localized(
        en: "People involved",
        nl: "Betrokkenen")

    public static let labelWitnesses = Localized(
        en: "Witnesses",
        nl: "Getuigen")

    public static let labelCategories = Localized(
        en: "Kind of behaviour",
        nl: "Soort gedrag")

    public static let labelTags = Localized(
        en: "Tags",
        nl: "Labels")

    public static let labelNarrative = Localized(
        en: "What happened",
        nl: "Wat er gebeurde")

    public static let labelImpact = Localized(
        en: "How it affected you",
        nl: "Wat het met je deed")

    public static let labelActions = Localized(
        en: "Actions taken",
        nl: "Ondernomen stappen")

    public static let labelAttachments = Localized(
        en: "Attachments",
        nl: "Bijlagen")

    public static func labelVersion(_ number: some CustomStringConvertible, _ recordedAt: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Version \(number), recorded \(recordedAt)",
            nl: "Versie \(number), vastgelegd \(recordedAt)")
    }

    /// An entry amended on two devices while they were apart: `versions` versions numbered `number`.
    public static func forkNotice(versions: Int, number: Int) -> Localized {
        Localized(
            en: "Version \(number) was written \(versions) times, on different devices while they were apart; all are kept. Shown here is the latest by time; 'meldboek show --history' shows them all, and amending the entry settles it.",
            nl: "Versie \(number) is \(versions) keer geschreven, op verschillende apparaten die los van elkaar werkten; ze blijven allemaal bewaard. Hier staat de laatste naar tijd; 'meldboek show --history' toont ze allemaal, en de aantekening bijwerken lost het op.")
    }

    public static let labelVersions = Localized(
        en: "Versions",
        nl: "Versies")

    public static let labelDateUnknown = Localized(
        en: "date unknown",
        nl: "datum onbekend")

    public static let exportTitle = Localized(
        en: "Meldboek: exported entries",
        nl: "Meldboek: geëxporteerde aantekeningen")

    public static func exportedAt(_ exportedAt: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Exported \(exportedAt). This file is not encrypted.",
            nl: "Geëxporteerd op \(exportedAt). Dit bestand is niet versleuteld.")
    }

    public static let reportNoKind = Localized(
        en: "no kind given",
        nl: "geen soort opgegeven")

    public static let reportRepeated = Localized(
        en: "repeated pattern",
        nl: "herhaald patroon")

    public static func statsTotal(_ total: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Entries: \(total)",
            nl: "Aantekeningen: \(total)")
    }

    public static func statsUndated(_ undated: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Without a known date: \(undated)",
            nl: "Zonder bekende datum: \(undated)")
    }

    public static let statsPerKind = Localized(
        en: "Per kind of behaviour",
        nl: "Per soort gedrag")

    public static let statsPerMonth = Localized(
        en: "Per month",
        nl: "Per maand")

    public static let statsPerPerson = Localized(
        en: "Per person",
        nl: "Per persoon")

    public static let statsPerPlace = Localized(
        en: "Per place",
        nl: "Per plaats")

    public static let logLabelCommitted = Localized(
        en: "Committed no later than",
        nl: "Vastgelegd uiterlijk op")

    public static let logNotWitnessed = Localized(
        en: "not witnessed yet (only this computer's clock)",
        nl: "nog niet bevestigd (alleen de klok van deze computer)")

    public static let logLateFlag = Localized(
        en: "(!) recorded more than 24 hours before its first witness: until then only this computer's clock vouches for it",
        nl: "(!) meer dan 24 uur voor de eerste bevestiging vastgelegd: tot dan staat alleen de klok van deze computer ervoor in")

    public static let logWitnessCosignature = Localized(
        en: "adviser's cosignature",
        nl: "medeondertekening van de vertrouwenspersoon")

    public static let logWitnessTimestamp = Localized(
        en: "timestamp authority",
        nl: "tijdstempeldienst")

    public static let logWitnessBitcoin = Localized(
        en: "Bitcoin block",
        nl: "Bitcoin-blok")
}
