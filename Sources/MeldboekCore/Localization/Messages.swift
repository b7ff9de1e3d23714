// The journal's own messages and those several layers share: English and Dutch side by side.
// Each layer's other messages live with it (MeldboekText/EntryMessages.swift, MeldboekInterview/InterviewMessages.swift,
// MeldboekReport/ReportText.swift, Sources/meldboek/Text).

extension Localized {
    public static func entryAdded(_ id: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Added entry \(id).",
            nl: "Aantekening \(id) toegevoegd.")
    }

    public static let pseudonym = Localized(
        en: "Person",
        nl: "Persoon")
}
