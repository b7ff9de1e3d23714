// SharedText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static func entryAmended(_ id: some CustomStringConvertible, _ count: Int) -> Localized {
        Localized(
            en: "Entry \(id) amended: version \(count).",
            nl: "Aantekening \(id) aangevuld: versie \(count).")
    }

    static let nothingChanged = Localized(
        en: "Nothing changed, so no new version was written.",
        nl: "Er is niets veranderd, dus er is geen nieuwe versie geschreven.")

    static func attached(_ name: some CustomStringConvertible, _ id: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Attached \(name) to entry \(id).",
            nl: "\(name) toegevoegd aan aantekening \(id).")
    }

    static let askPassphrase = Localized(
        en: "Passphrase: ",
        nl: "Wachtwoordzin: ")

    static let askNewPassphrase = Localized(
        en: "New passphrase: ",
        nl: "Nieuwe wachtwoordzin: ")

    static let askRepeatPassphrase = Localized(
        en: "Repeat the passphrase: ",
        nl: "Herhaal de wachtwoordzin: ")

    static func plaintextWarning(_ path: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Warning: \(path) holds entries in readable form. Keep it safe and delete it when you no longer need it.",
            nl: "Let op: \(path) bevat aantekeningen in leesbare vorm. Bewaar het veilig en verwijder het als je het niet meer nodig hebt.")
    }

    static func yourFingerprint(_ fingerprint: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Fingerprint: \(fingerprint)",
            nl: "Vingerafdruk: \(fingerprint)")
    }

    static func previewNote(_ note: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Note: \(note)",
            nl: "Bericht: \(note)")
    }

    static func journalFingerprint(_ headFingerprint: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Journal fingerprint: \(headFingerprint)",
            nl: "Vingerafdruk van het dagboek: \(headFingerprint)")
    }

    static func errIO(_ path: some CustomStringConvertible, _ t: some CustomStringConvertible) -> Localized {
        Localized(
            en: "\(path): \(t).",
            nl: "\(path): \(t).")
    }

    static let errChooseEntries = Localized(
        en: "Choose what to share: entry ids, filters (--since, --category, …), or --all.",
        nl: "Kies wat je deelt: id's van aantekeningen, filters (--since, --category, …) of --all.")

    static func caseSummary(_ count: Int, _ bundles: Int, _ last: some CustomStringConvertible) -> Localized {
        let entries = counted(count, en: ("entry", "entries"), nl: ("aantekening", "aantekeningen"))
        let bundles = counted(bundles, en: ("bundle", "bundles"), nl: ("bundel", "bundels"))
        return Localized(
            en: "\(entries.en) from \(bundles.en), last \(last)",
            nl: "\(entries.nl) uit \(bundles.nl), laatste \(last)")
    }

    static func errContactNotFound(_ name: some CustomStringConvertible) -> Localized {
        Localized(
            en: "No contact named \(name).",
            nl: "Geen contact met de naam \(name).")
    }

    static func errCaseKeyMismatch(_ name: some CustomStringConvertible, _ known: some CustomStringConvertible, _ new: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Case \(name) belongs to sender \(known), but this bundle is signed by \(new).",
            nl: "Dossier \(name) hoort bij afzender \(known), maar deze bundel is ondertekend door \(new).")
    }
}
