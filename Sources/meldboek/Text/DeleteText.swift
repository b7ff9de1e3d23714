// DeleteText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static let deleteAbstract = Localized(
        en: "Delete an entry and all its versions for good.",
        nl: "Verwijder een aantekening en al haar versies voorgoed.")

    static func deleteConfirm(_ id: some CustomStringConvertible, _ title: some CustomStringConvertible, _ count: Int, _ count2: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Delete entry \(id) \"\(title)\" with all its \(count) version(s) and \(count2) attachment(s) for good? This can't be undone. [y/N] ",
            nl: "Aantekening \(id) \"\(title)\" met al haar \(count) versie(s) en \(count2) bijlage(n) voorgoed verwijderen? Dit kan niet ongedaan worden gemaakt. [j/N] ")
    }

    static func deleted(_ id: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Deleted entry \(id) for good.",
            nl: "Aantekening \(id) voorgoed verwijderd.")
    }
}
