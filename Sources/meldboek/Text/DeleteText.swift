// DeleteText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static let deleteAbstract = Localized(
        en: "Delete an entry and all its versions for good.",
        nl: "Verwijder een aantekening en al haar versies voorgoed.")

    static func deleteConfirm(_ id: some CustomStringConvertible, _ title: some CustomStringConvertible, versions: Int,
                              attachments: Int) -> Localized {
        let versions = counted(versions, en: ("version", "versions"), nl: ("versie", "versies"))
        // "and 0 attachments" says nothing: only files that will go are named.
        let with = attachments == 0 ? versions : {
            let files = counted(attachments, en: ("attachment", "attachments"), nl: ("bijlage", "bijlagen"))
            return Localized(en: "\(versions.en) and \(files.en)", nl: "\(versions.nl) en \(files.nl)")
        }()
        return Localized(
            en: "Delete entry \(id) \"\(title)\" for good, with \(with.en)? This can't be undone. [y/N] ",
            nl: "Aantekening \(id) \"\(title)\" voorgoed verwijderen, met \(with.nl)? Dit kan niet ongedaan worden gemaakt. [j/N] ")
    }

    static func deleted(_ id: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Deleted entry \(id) for good.",
            nl: "Aantekening \(id) voorgoed verwijderd.")
    }
}
