// CaseOutputText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static func caseHeader(_ name: some CustomStringConvertible, _ separator: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Case \(name) (sender \(separator))",
            nl: "Dossier \(name) (afzender \(separator))")
    }

    static func caseBundle(_ number: some CustomStringConvertible, _ createdAt: some CustomStringConvertible, _ importedAt: some CustomStringConvertible) -> Localized {
        Localized(
            en: "bundle \(number), made \(createdAt), received \(importedAt)",
            nl: "bundel \(number), gemaakt \(createdAt), ontvangen \(importedAt)")
    }

    static func fromBundle(_ number: some CustomStringConvertible) -> Localized {
        Localized(
            en: "from bundle \(number)",
            nl: "uit bundel \(number)")
    }

    static let caseNotes = Localized(
        en: "Your notes:",
        nl: "Je notities:")

    static func witVerified(_ date: some CustomStringConvertible) -> Localized {
        Localized(
            en: "verified, committed no later than \(date)",
            nl: "gecontroleerd, vastgelegd uiterlijk \(date)")
    }

    static func witVerifiedNoWitness(_ size: some BinaryInteger) -> Localized {
        Localized(
            en: "verified against the melder's checkpoint of \(Localized.records(size).en), which you did not cosign",
            nl: "gecontroleerd tegen het controlepunt van de melder bij \(Localized.records(size).nl), dat je niet hebt medeondertekend")
    }

    static let witUnverified = Localized(
        en: "not verifiable: sent without proof (bundle format 1, or written before the melder's journal kept commitments)",
        nl: "niet te controleren: verstuurd zonder bewijs (bundelindeling 1, of geschreven voordat het dagboek van de melder vastleggingen bijhield)")

    static func witCaseFork(_ bundle: some CustomStringConvertible, _ size: UInt64, _ cosignedAt: String) -> Localized {
        Localized(
            en: "WARNING: bundle \(bundle) carried a checkpoint (\(Localized.records(size).en)) that contradicts the one cosigned on \(cosignedAt): the journal has forked.",
            nl: "WAARSCHUWING: bundel \(bundle) bevatte een controlepunt (\(Localized.records(size).nl)) dat in strijd is met het controlepunt dat op \(cosignedAt) is medeondertekend: het dagboek heeft zich gesplitst.")
    }

    static func witCaseUnproven(_ bundle: some CustomStringConvertible, _ size: UInt64, _ cosignedAt: String) -> Localized {
        Localized(
            en: "Bundle \(bundle): its checkpoint (\(Localized.records(size).en)) was not cosigned, as it was not proven to extend the one cosigned on \(cosignedAt).",
            nl: "Bundel \(bundle): het controlepunt (\(Localized.records(size).nl)) is niet medeondertekend, omdat niet bewezen is dat het voortbouwt op het controlepunt dat op \(cosignedAt) is medeondertekend.")
    }

    static func witCaseJournal(_ number: some CustomStringConvertible, _ size: some BinaryInteger, _ cosignedAt: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Journal \(number): last cosigned checkpoint \(Localized.records(size).en), on \(cosignedAt).",
            nl: "Dagboek \(number): laatst medeondertekende controlepunt \(Localized.records(size).nl), op \(cosignedAt).")
    }
}
