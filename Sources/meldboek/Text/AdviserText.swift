// AdviserText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static let adviserAbstract = Localized(
        en: "The confidential adviser's side: your own vault of cases.",
        nl: "De kant van de vertrouwenspersoon: je eigen kluis met dossiers.")

    static let adviserInitAbstract = Localized(
        en: "Create an adviser vault with your keys.",
        nl: "Maak een kluis voor vertrouwenspersonen, met je sleutels.")

    static let adviserCardAbstract = Localized(
        en: "Print your public card, for melders to add as a contact.",
        nl: "Toon je openbare kaart, voor melders om als contact toe te voegen.")

    static let adviserExportIdentityAbstract = Localized(
        en: "Write your age identity file, to open bundles with age alone.",
        nl: "Schrijf je age-identiteitsbestand, om bundels met alleen age te openen.")

    static let identityWarning = Localized(
        en: "Warning: this file opens every bundle sent to you. Keep it offline and safe.",
        nl: "Let op: dit bestand opent elke bundel die naar jou is gestuurd. Bewaar het offline en veilig.")

    static let identityConfirm = Localized(
        en: "Write your secret identity to a file? [y/N] ",
        nl: "Je geheime identiteit naar een bestand schrijven? [j/N] ")

    static func identityWritten(_ out: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Wrote your age identity to \(out) (mode 0600).",
            nl: "Je age-identiteit geschreven naar \(out) (modus 0600).")
    }

    static let adviserImportAbstract = Localized(
        en: "Check a bundle from a melder and store it in your vault.",
        nl: "Controleer een bundel van een melder en bewaar die in je kluis.")

    static let helpBundleFile = Localized(
        en: "The bundle file.",
        nl: "Het bundelbestand.")

    static let helpAcceptNewKey = Localized(
        en: "Accept a bundle for a known case that is signed with a key the case hasn't seen.",
        nl: "Accepteer een bundel voor een bekend dossier die met een sleutel is ondertekend die het dossier nog niet kent.")

    static let helpReceiptOut = Localized(
        en: "Write a signed receipt to this file, for the melder.",
        nl: "Schrijf een ondertekend ontvangstbewijs naar dit bestand, voor de melder.")

    static func importAlready(_ bundleId: some CustomStringConvertible, _ caseName: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Bundle \(bundleId) was imported into \(caseName) before; nothing changed.",
            nl: "Bundel \(bundleId) was al geïmporteerd in \(caseName); er is niets veranderd.")
    }

    static func caseOpened(_ caseName: some CustomStringConvertible, _ senderFingerprint: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Opened case \(caseName) for sender \(senderFingerprint): compare this fingerprint with the melder.",
            nl: "Dossier \(caseName) geopend voor afzender \(senderFingerprint): vergelijk deze vingerafdruk met de melder.")
    }

    static func imported(_ newEntries: Int, _ newRevisions: Int, _ newAttachments: Int,
                         _ caseName: some CustomStringConvertible) -> Localized {
        let entries = counted(newEntries, en: ("new entry", "new entries"), nl: ("nieuwe aantekening", "nieuwe aantekeningen"))
        let versions = counted(newRevisions, en: ("new version", "new versions"), nl: ("nieuwe versie", "nieuwe versies"))
        let attachments = counted(newAttachments, en: ("attachment", "attachments"), nl: ("bijlage", "bijlagen"))
        return Localized(
            en: "Imported \(entries.en), \(versions.en) and \(attachments.en) into \(caseName).",
            nl: "\(entries.nl), \(versions.nl) en \(attachments.nl) geïmporteerd in \(caseName).")
    }

    static func receiptWritten(_ receiptOut: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Wrote the receipt to \(receiptOut).",
            nl: "Ontvangstbewijs geschreven naar \(receiptOut).")
    }

    static let adviserCasesAbstract = Localized(
        en: "List your cases.",
        nl: "Toon je dossiers.")

    static let noCases = Localized(
        en: "No cases.",
        nl: "Geen dossiers.")

    static let adviserShowAbstract = Localized(
        en: "Show a case: every entry, its versions and the bundle that brought each.",
        nl: "Toon een dossier: elke aantekening, de versies en de bundel die elke versie bracht.")

    static let adviserNoteAbstract = Localized(
        en: "Add a private note to a case; notes are never exported.",
        nl: "Voeg een privénotitie toe aan een dossier; notities worden nooit geëxporteerd.")

    static let helpNoteText = Localized(
        en: "The note.",
        nl: "De notitie.")

    static func noteAdded(_ name: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Note added to \(name).",
            nl: "Notitie toegevoegd aan \(name).")
    }

    static func witCosigned(_ number: some CustomStringConvertible, _ size: some BinaryInteger) -> Localized {
        Localized(
            en: "Checkpoint of journal \(number) at \(Localized.records(size).en) checked and cosigned.",
            nl: "Controlepunt van dagboek \(number) bij \(Localized.records(size).nl) gecontroleerd en medeondertekend.")
    }

    static func witCosignedBefore(_ date: some CustomStringConvertible) -> Localized {
        Localized(
            en: "This checkpoint was cosigned before, on \(date); the receipt carries that cosignature.",
            nl: "Dit controlepunt is al eerder medeondertekend, op \(date); het ontvangstbewijs bevat die medeondertekening.")
    }

    static func witFork(_ size: some BinaryInteger, _ date: some CustomStringConvertible, _ size2: some CustomStringConvertible) -> Localized {
        Localized(
            en: "WARNING: the melder's journal has forked. This checkpoint (\(Localized.records(size).en)) contradicts the one you cosigned on \(date) (\(size2) records), so it comes from another copy of the journal, for example a restored older copy. It was NOT cosigned. The entries were imported and the fork is noted in the case; ask the melder which copy they keep using.",
            nl: "WAARSCHUWING: het dagboek van de melder heeft zich gesplitst. Dit controlepunt (\(Localized.records(size).nl)) is in strijd met het controlepunt dat je op \(date) hebt medeondertekend (\(size2) records), dus het komt uit een andere kopie van het dagboek, bijvoorbeeld een teruggezette oudere kopie. Het is NIET medeondertekend. De aantekeningen zijn geïmporteerd en de splitsing staat in het dossier; vraag de melder welke kopie hij of zij blijft gebruiken.")
    }

    static func witUnproven(_ size: some BinaryInteger, _ date: some CustomStringConvertible, _ size2: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Not cosigned: the bundle does not prove that its checkpoint (\(Localized.records(size).en)) extends the one you cosigned on \(date) (\(size2) records). The melder may not have imported your last receipt, the bundle may be older than one you imported before, or the journal may have forked.",
            nl: "Niet medeondertekend: de bundel bewijst niet dat het controlepunt (\(Localized.records(size).nl)) voortbouwt op het controlepunt dat je op \(date) hebt medeondertekend (\(size2) records). Misschien heeft de melder je laatste ontvangstbewijs niet ingelezen, is de bundel ouder dan een eerder geïmporteerde, of heeft het dagboek zich gesplitst.")
    }

    static let witAdviserWitnessAbstract = Localized(
        en: "Check a melder's checkpoint file, cosign it and write a receipt.",
        nl: "Controleer het controlepuntbestand van een melder, onderteken het mee en schrijf een ontvangstbewijs.")

    static let witHelpCheckpointFile = Localized(
        en: "The checkpoint file the melder sent.",
        nl: "Het controlepuntbestand dat de melder stuurde.")
}
