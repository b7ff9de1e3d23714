// ExportText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static let exportAbstract = Localized(
        en: "Export entries in readable form (JSON or Markdown) for your own use.",
        nl: "Exporteer aantekeningen leesbaar (JSON of Markdown) voor eigen gebruik.")

    static let helpFormat = Localized(
        en: "The format: json or markdown.",
        nl: "De indeling: json of markdown.")

    static func exported(_ count: Int, _ path: some CustomStringConvertible) -> Localized {
        let entries = counted(count, en: ("entry", "entries"), nl: ("aantekening", "aantekeningen"))
        return Localized(
            en: "Exported \(entries.en) to \(path).",
            nl: "\(entries.nl) geëxporteerd naar \(path).")
    }
}
