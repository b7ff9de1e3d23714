// ProveText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static let prvAbstract = Localized(
        en: "Write an evidence folder anyone can check without Meldboek: the chosen entries, their inclusion proofs, the checkpoints and everything that witnessed them.",
        nl: "Schrijf een bewijsmap die iedereen zonder Meldboek kan controleren: de gekozen aantekeningen, hun insluitingsbewijzen, de controlepunten en alles wat ze heeft bevestigd.")

    static let prvHelpIDs = Localized(
        en: "The entries to prove (ids or unique prefixes).",
        nl: "De aantekeningen om te bewijzen (id's of het unieke begin ervan).")

    static let prvHelpOut = Localized(
        en: "The folder to write; it must not exist yet.",
        nl: "De map om te schrijven; die mag nog niet bestaan.")

    static let prvHelpAllRevisions = Localized(
        en: "Prove every earlier version too, not only the current one.",
        nl: "Bewijs ook elke eerdere versie, niet alleen de huidige.")

    static let prvHelpRedact = Localized(
        en: "Hide names or places as share does: people, witnesses, location, or names for both lists (comma-separated). Names listed on any entry are hidden wherever a proven entry mentions them.",
        nl: "Verberg namen of plaatsen zoals bij share: betrokkenen, getuigen, plaats, of namen voor beide lijsten (met komma's; people, witnesses, location en names mag ook). Namen die bij welke aantekening dan ook staan, worden verborgen waar een bewezen aantekening ze noemt.")

    static let prvHelpRedactWord = Localized(
        en: "Also hide this word (or name of several words) as a name, as share does. Repeat for more words.",
        nl: "Verberg ook dit woord (of deze naam van meer woorden) als naam, zoals bij share. Herhaal de optie voor meer woorden.")

    static let prvHelpReveal = Localized(
        en: "Open one pseudonym of an earlier bundle (with --bundle); every other redaction of that bundle stays.",
        nl: "Open één pseudoniem van een eerder verstuurde bundel (met --bundle); al het andere dat die bundel verborg, blijft verborgen.")

    static let prvHelpBundle = Localized(
        en: "The bundle whose pseudonym --reveal opens: its id, or its first eight characters as shares shows them.",
        nl: "De bundel waarvan --reveal een pseudoniem opent: het id, of de eerste acht tekens zoals shares ze toont.")

    static let prvHelpCA = Localized(
        en: "CA certificates (PEM) of the timestamp authority, copied into the folder for openssl ts -verify.",
        nl: "CA-certificaten (PEM) van de tijdstempeldienst, meegekopieerd in de map voor openssl ts -verify.")

    static let prvErrRevealNeedsBundle = Localized(
        en: "--reveal and --bundle go together.",
        nl: "--reveal en --bundle horen bij elkaar.")

    static let prvErrRevealNoIDs = Localized(
        en: "With --reveal the entries of that bundle are proven: give no entry ids, --redact, --redact-word or --all-revisions.",
        nl: "Met --reveal worden de aantekeningen van die bundel bewezen: geef geen id's, --redact, --redact-word of --all-revisions.")

    static let prvErrChooseEntries = Localized(
        en: "Name the entries to prove.",
        nl: "Noem de aantekeningen die je wilt bewijzen.")

    static func prvErrNoCommitment(_ entry: some CustomStringConvertible, _ revision: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Entry \(entry): version \(revision) was written before this journal kept commitments (before meldboek upgrade), so it can't be proven.",
            nl: "Aantekening \(entry): versie \(revision) is geschreven voordat dit dagboek vastleggingen bijhield (vóór meldboek upgrade) en kan dus niet worden bewezen.")
    }

    static func prvErrUnknownBundle(_ id: some CustomStringConvertible) -> Localized {
        Localized(
            en: "No bundle '\(id)' in the share log, or more than one starts with it (see meldboek shares).",
            nl: "Geen bundel '\(id)' in het deellogboek, of meer dan één begint ermee (zie meldboek shares).")
    }

    static func prvErrNoPseudonyms(_ id: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Bundle \(id) hid no names under pseudonyms, so there is nothing to reveal.",
            nl: "Bundel \(id) verborg geen namen achter pseudoniemen; er valt dus niets te onthullen.")
    }

    static func prvErrUnknownPseudonym(_ name: some CustomStringConvertible) -> Localized {
        Localized(
            en: "'\(name)' is not a pseudonym of that bundle.",
            nl: "'\(name)' is geen pseudoniem van die bundel.")
    }

    static func prvErrNotCosigned(_ id: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The adviser has not cosigned bundle \(id) yet: import their receipt first (meldboek receipts import).",
            nl: "De vertrouwenspersoon heeft bundel \(id) nog niet medeondertekend: importeer eerst het ontvangstbewijs (meldboek receipts import).")
    }

    static func prvErrEntriesGone(_ id: some CustomStringConvertible) -> Localized {
        Localized(
            en: "None of the entries of bundle \(id) is still in the journal.",
            nl: "Geen van de aantekeningen van bundel \(id) staat nog in het dagboek.")
    }

    static func prvWritten(_ path: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Evidence folder written to \(path):",
            nl: "Bewijsmap geschreven naar \(path):")
    }

    static func prvRevisionLine(_ text: some CustomStringConvertible, _ revision: some CustomStringConvertible, _ checkpointSize: some CustomStringConvertible) -> Localized {
        Localized(
            en: "  entry \(text), version \(revision): proven in the checkpoint of \(checkpointSize) records",
            nl: "  aantekening \(text), versie \(revision): bewezen in het controlepunt van \(checkpointSize) records")
    }

    static func prvCheckpointLine(_ size: some BinaryInteger, _ cosignatures: some CustomStringConvertible, _ count: Int, _ count2: some CustomStringConvertible) -> Localized {
        Localized(
            en: "  checkpoint of \(Localized.records(size).en): \(cosignatures) cosignatures, \(count) timestamp tokens, \(count2) OpenTimestamps proofs",
            nl: "  controlepunt van \(Localized.records(size).nl): medeondertekeningen: \(cosignatures), tijdstempels: \(count), OpenTimestamps-bewijzen: \(count2)")
    }

    static func prvSkipped(_ text: some CustomStringConvertible, _ revision: some CustomStringConvertible) -> Localized {
        Localized(
            en: "  entry \(text), version \(revision): left out, written before this journal kept commitments",
            nl: "  aantekening \(text), versie \(revision): weggelaten, geschreven voordat dit dagboek vastleggingen bijhield")
    }

    static func prvCheckpointMade(_ size: some BinaryInteger) -> Localized {
        Localized(
            en: "A new checkpoint of \(Localized.records(size).en) was signed for this proof and stored in the journal.",
            nl: "Voor dit bewijs is een nieuw controlepunt van \(Localized.records(size).nl) ondertekend en in het dagboek bewaard.")
    }

    static func prvRevealed(_ reveal: some CustomStringConvertible, _ bundle: some CustomStringConvertible) -> Localized {
        Localized(
            en: "\(reveal) is opened in the entries of bundle \(bundle); every other name stays hidden.",
            nl: "\(reveal) is geopend in de aantekeningen van bundel \(bundle); alle andere namen blijven verborgen.")
    }

    static let prvCheckWith = Localized(
        en: "Check it, with Python 3 only:",
        nl: "Controleer het, alleen met Python 3:")
}
