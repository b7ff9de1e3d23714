// CheckpointText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static func witCheckpointSent(_ size: some BinaryInteger, _ name: some CustomStringConvertible, _ out: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Checkpoint of \(Localized.records(size).en) signed and written for \(name) to \(out); it reveals no entry.",
            nl: "Controlepunt van \(Localized.records(size).nl) ondertekend en voor \(name) geschreven naar \(out); het onthult geen enkele aantekening.")
    }

    static let witHelpCheckpointTo = Localized(
        en: "The contact to send the checkpoint to; needs --out.",
        nl: "Het contact naar wie het controlepunt gaat; vereist --out.")

    static let logCheckpointAbstract = Localized(
        en: "Sign a checkpoint of the commitment log (its size and root), store it and print it.",
        nl: "Onderteken een controlepunt van het vastleggingslogboek (omvang en wortel), bewaar het en toon het.")

    static let logHelpCheckpointOut = Localized(
        en: "Also write the signed checkpoint to this file (a new file).",
        nl: "Schrijf het ondertekende controlepunt ook naar dit bestand (een nieuw bestand).")

    static func logCheckpointMade(_ size: some BinaryInteger) -> Localized {
        Localized(
            en: "Checkpoint signed over \(Localized.records(size).en); stored in the journal.",
            nl: "Controlepunt ondertekend over \(Localized.records(size).nl); bewaard in het dagboek.")
    }

    static func logCheckpointWritten(_ number: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Written to \(number).",
            nl: "Geschreven naar \(number).")
    }
}
