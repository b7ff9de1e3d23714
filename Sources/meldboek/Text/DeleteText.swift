// DeleteText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static let deleteAbstract = Localized(
        en: "Delete an entry and all its versions for good.",
        nl: "Verwijder een aantekening en al haar versies voorgoed.")

    static func deleteConfirm(_ id: some CustomStringConvertible, _ title: some CustomStringConvertible, versions: Int,
                              attachments: Int) -> Localized {
        let versions = counted(versions, en: ("version", "versions"), nl: ("versie", "versies"))
        let attachments = counted(attachments, en: ("attachment", "attachments"), nl: ("bijlage", "bijlagen"))
        return Localized(
            en: "Delete entry \(id) \"\(title)\" for good, with \(versions.en) and \(attachments.en)? This can't be undone. [y/N] ",
            nl: "Aantekening \(id) \"\(title)\" voorgoed verwijderen, met \(versions.nl) en \(attachments.nl)? Dit kan niet ongedaan worden gemaakt. [j/N] ")
    }

    static func deleted(_ id: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Deleted entry \(id) for good.",
            nl: "Aantekening \(id) voorgoed verwijderd.")
    }
}
