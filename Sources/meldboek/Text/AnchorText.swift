// AnchorText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static let anchorAbstract = Localized(
        en: "Timestamp a signed checkpoint with a timestamp authority or OpenTimestamps, offline first.",
        nl: "Laat een ondertekend controlepunt tijdstempelen door een tijdstempeldienst of OpenTimestamps, eerst offline.")

    static let anchorImportAbstract = Localized(
        en: "Check a timestamp reply (.tsr) or OpenTimestamps proof (.ots) and record it in the journal.",
        nl: "Controleer een tijdstempelantwoord (.tsr) of OpenTimestamps-bewijs (.ots) en leg het vast in het dagboek.")

    static let anchorHelpReplyFile = Localized(
        en: "The reply of the timestamp authority (.tsr) or the proof ots wrote (.ots).",
        nl: "Het antwoord van de tijdstempeldienst (.tsr) of het bewijs dat ots schreef (.ots).")

    static let anchorHelpCA = Localized(
        en: "A PEM file with the authority's root certificate to trust; without it, the system's certificate store.",
        nl: "Een PEM-bestand met het basiscertificaat van de dienst dat je vertrouwt; zonder dit bestand de certificaatopslag van het systeem.")

    static func anchorTimestampRecorded(_ authority: some CustomStringConvertible, _ iso8601: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Timestamp of \(authority) recorded: the checkpoint existed at \(iso8601).",
            nl: "Tijdstempel van \(authority) vastgelegd: het controlepunt bestond op \(iso8601).")
    }

    static func anchorProofPending(_ count: Int) -> Localized {
        Localized(count: count,
                  one: Localized(en: "OpenTimestamps proof recorded; it is still pending at 1 calendar: run ots upgrade in a few hours and import it again.",
                                 nl: "OpenTimestamps-bewijs vastgelegd; het wacht nog bij 1 kalender: voer over een paar uur ots upgrade uit en importeer het opnieuw."),
                  other: Localized(en: "OpenTimestamps proof recorded; it is still pending at \(count) calendars: run ots upgrade in a few hours and import it again.",
                                   nl: "OpenTimestamps-bewijs vastgelegd; het wacht nog bij \(count) kalenders: voer over een paar uur ots upgrade uit en importeer het opnieuw."))
    }

    static func anchorProofAttested(_ heights: some CustomStringConvertible) -> Localized {
        Localized(
            en: "OpenTimestamps proof recorded: attested in Bitcoin block \(heights); ots verify checks it against the block.",
            nl: "OpenTimestamps-bewijs vastgelegd: opgenomen in Bitcoin-blok \(heights); ots verify controleert het tegen dat blok.")
    }

    static let anchorRequestAbstract = Localized(
        en: "Sign a checkpoint and write it with a timestamp request, to send to an authority when online.",
        nl: "Onderteken een controlepunt en schrijf het met een tijdstempelverzoek weg, om te versturen zodra je online bent.")

    static let anchorHelpOut = Localized(
        en: "The folder to write checkpoint.txt and checkpoint.tsq in (made if missing; existing files are never replaced).",
        nl: "De map waarin checkpoint.txt en checkpoint.tsq komen (wordt zo nodig gemaakt; bestaande bestanden worden nooit vervangen).")

    static let anchorHelpOts = Localized(
        en: "Also print the command that stamps the checkpoint with OpenTimestamps.",
        nl: "Toon ook de opdracht die het controlepunt met OpenTimestamps stempelt.")

    static func anchorWritten(_ path: some CustomStringConvertible, _ path2: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Wrote \(path) and \(path2).",
            nl: "\(path) en \(path2) geschreven.")
    }

    static let anchorSendWhenOnline = Localized(
        en: "When you are online, send the request to a timestamp authority:",
        nl: "Stuur het verzoek naar een tijdstempeldienst zodra je online bent:")

    static let anchorStampWithOts = Localized(
        en: "To stamp it with OpenTimestamps as well:",
        nl: "Om het ook met OpenTimestamps te stempelen:")
}
