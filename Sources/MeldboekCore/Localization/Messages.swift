// Messages the journal and several layers share: English and Dutch side by side.
// Each layer's other messages live with it (MeldboekText/EntryMessages.swift, MeldboekInterview/InterviewMessages.swift,
// MeldboekReport/ReportText.swift, Sources/meldboek/Text).

extension Localized {
    public static func entryAdded(_ id: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Added entry \(id).",
            nl: "Aantekening \(id) toegevoegd.")
    }

    public static func errIO(_ path: some CustomStringConvertible, _ t: some CustomStringConvertible) -> Localized {
        Localized(
            en: "\(path): \(t).",
            nl: "\(path): \(t).")
    }

    public static let errChooseEntries = Localized(
        en: "Choose what to share: entry ids, filters (--since, --category, …), or --all.",
        nl: "Kies wat je deelt: id's van aantekeningen, filters (--since, --category, …) of --all.")

    public static let pseudonym = Localized(
        en: "Person",
        nl: "Persoon")

    public static func caseSummary(_ count: Int, _ bundles: Int, _ last: some CustomStringConvertible) -> Localized {
        let entries = counted(count, en: ("entry", "entries"), nl: ("aantekening", "aantekeningen"))
        let bundles = counted(bundles, en: ("bundle", "bundles"), nl: ("bundel", "bundels"))
        return Localized(
            en: "\(entries.en) from \(bundles.en), last \(last)",
            nl: "\(entries.nl) uit \(bundles.nl), laatste \(last)")
    }

    public static func errContactNotFound(_ name: some CustomStringConvertible) -> Localized {
        Localized(
            en: "No contact named \(name).",
            nl: "Geen contact met de naam \(name).")
    }

    public static func errCaseKeyMismatch(_ name: some CustomStringConvertible, _ known: some CustomStringConvertible, _ new: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Case \(name) belongs to sender \(known), but this bundle is signed by \(new).",
            nl: "Dossier \(name) hoort bij afzender \(known), maar deze bundel is ondertekend door \(new).")
    }
}
