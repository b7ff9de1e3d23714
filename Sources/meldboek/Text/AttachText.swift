// AttachText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static let attachAbstract = Localized(
        en: "Attach files to an entry, encrypted.",
        nl: "Voeg bestanden versleuteld toe aan een aantekening.")

    static let attachmentAbstract = Localized(
        en: "Work with attachments.",
        nl: "Werk met bijlagen.")

    static let attachmentSaveAbstract = Localized(
        en: "Save an attachment to a file, byte for byte.",
        nl: "Sla een bijlage op als bestand, byte voor byte.")

    static let helpFiles = Localized(
        en: "The files to attach.",
        nl: "De bestanden om toe te voegen.")

    static let helpAttachmentName = Localized(
        en: "The attachment's name, as 'show' lists it.",
        nl: "De naam van de bijlage, zoals 'show' die toont.")

    static func attachmentSaved(_ name: some CustomStringConvertible, _ path: some CustomStringConvertible, _ size: some CustomStringConvertible, _ sha256: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Saved \(name) to \(path) (\(size) bytes, SHA-256 \(sha256)).",
            nl: "\(name) opgeslagen in \(path) (\(size) bytes, SHA-256 \(sha256)).")
    }
}
