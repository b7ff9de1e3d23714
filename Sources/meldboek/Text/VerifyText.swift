// VerifyText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static let verifyAbstract = Localized(
        en: "Check every record, the hash chain and every attachment.",
        nl: "Controleer elk record, de hashketen en elke bijlage.")

    static func verifyOK(records: Int, entries: Int, attachments: Int, deletions: Int) -> Localized {
        let records = counted(records, en: ("record", "records"), nl: ("record", "records"))
        let entries = counted(entries, en: ("entry", "entries"), nl: ("aantekening", "aantekeningen"))
        let attachments = counted(attachments, en: ("attachment", "attachments"), nl: ("bijlage", "bijlagen"))
        let deletions = counted(deletions, en: ("deletion", "deletions"), nl: ("verwijdering", "verwijderingen"))
        return Localized(
            en: "Vault intact: \(records.en), \(entries.en), \(attachments.en) and \(deletions.en) checked.",
            nl: "Kluis in orde: \(records.nl), \(entries.nl), \(attachments.nl) en \(deletions.nl) gecontroleerd.")
    }

    static func verifyFailed(_ count: Int) -> Localized {
        let problems = counted(count, en: ("problem", "problems"), nl: ("probleem", "problemen"))
        return Localized(
            en: "Vault damaged: \(problems.en) found; everything else is readable.",
            nl: "Kluis beschadigd: \(problems.nl) gevonden; al het andere is leesbaar.")
    }

    static func problemAltered(_ seq: some CustomStringConvertible, _ id: some CustomStringConvertible) -> Localized {
        Localized(
            en: "record \(seq) (id \(id)): altered or corrupt, it can't be read",
            nl: "record \(seq) (id \(id)): gewijzigd of beschadigd, het is niet te lezen")
    }

    static func problemOutOfChain(_ seq: some CustomStringConvertible, _ id: some CustomStringConvertible) -> Localized {
        Localized(
            en: "record \(seq)\(id): doesn't follow the record before it (inserted, moved, or a record before it removed)",
            nl: "record \(seq)\(id): sluit niet aan op het record ervoor (ingevoegd, verplaatst, of een eerder record verwijderd)")
    }

    static func problemMissing(_ seq: some CustomStringConvertible) -> Localized {
        Localized(
            en: "record \(seq): missing, removed without a trace in the chain",
            nl: "record \(seq): ontbreekt, verwijderd zonder spoor in de keten")
    }

    static func problemReappeared(_ seq: some CustomStringConvertible) -> Localized {
        Localized(
            en: "record \(seq): was deleted but is back",
            nl: "record \(seq): was verwijderd maar is terug")
    }

    static func problemHead(_ expected: some CustomStringConvertible, _ found: some CustomStringConvertible) -> Localized {
        Localized(
            en: "the chain should end at record \(expected) but ends at \(found): records cut off or added at the end",
            nl: "de keten hoort te eindigen bij record \(expected) maar eindigt bij \(found): records aan het eind weggehaald of toegevoegd")
    }

    static func problemAttachment(_ id: some CustomStringConvertible, _ name: some CustomStringConvertible) -> Localized {
        Localized(
            en: "entry \(id), attachment \(name): content missing, altered or not matching its hash",
            nl: "aantekening \(id), bijlage \(name): inhoud ontbreekt, is gewijzigd of klopt niet met de hash")
    }

    static func ofEntry(_ id: some CustomStringConvertible) -> Localized {
        Localized(
            en: " (entry \(id))",
            nl: " (aantekening \(id))")
    }

    static let problemHeadAltered = Localized(
        en: "the sealed chain head in the vault row is altered or corrupt, so records cut off at the end can't be ruled out",
        nl: "de verzegelde kop van de keten is gewijzigd of beschadigd, dus weggehaalde records aan het eind zijn niet uit te sluiten")

    static func problemOutsideChain(_ seq: some CustomStringConvertible, _ head: some CustomStringConvertible) -> Localized {
        Localized(
            en: "record at position \(seq): outside the chain, which runs from 1 to \(head); it is not part of the journal and is never read",
            nl: "record op plaats \(seq): buiten de keten, die loopt van 1 tot \(head); het hoort niet bij het dagboek en wordt nooit gelezen")
    }

    static func problemRemovedCount(_ sealed: some CustomStringConvertible, _ listed: some CustomStringConvertible) -> Localized {
        Localized(
            en: "the sealed head counts \(sealed) removed records, but the deletions list \(listed)",
            nl: "het verzegelde eindpunt telt \(sealed) verwijderde records, maar de verwijderingen noemen er \(listed)")
    }

    static func verifyExpectFound(_ expected: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The journal passes through the fingerprint you noted, \(expected).",
            nl: "Het dagboek komt langs de vingerafdruk die je noteerde, \(expected).")
    }

    static func verifyExpectDiffers(_ expected: some CustomStringConvertible, _ found: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The journal does not pass through the fingerprint you noted, \(expected): at that position it has \(found).",
            nl: "Het dagboek komt niet langs de vingerafdruk die je noteerde, \(expected): op die plaats staat \(found).")
    }

    static func verifyExpectUnknown(_ expected: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The journal can't be shown to pass through the fingerprint you noted, \(expected): the records before that position are damaged.",
            nl: "Niet aan te tonen dat het dagboek langs de vingerafdruk komt die je noteerde, \(expected): de records vóór die plaats zijn beschadigd.")
    }

    static func verifyExpectBeyond(_ expected: some CustomStringConvertible, _ head: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The journal ends at position \(head), before the fingerprint you noted, \(expected): it is older than when you noted it, or records were cut from its end.",
            nl: "Het dagboek houdt op bij plaats \(head), vóór de vingerafdruk die je noteerde, \(expected): het is ouder dan toen je die noteerde, of er zijn records aan het eind weggehaald.")
    }

    static let helpExpect = Localized(
        en: "A journal fingerprint you noted earlier (POSITION:xxxx-xxxx-xxxx): check that the journal still passes through it.",
        nl: "Een vingerafdruk van het dagboek die je eerder noteerde (PLAATS:xxxx-xxxx-xxxx): controleer dat het dagboek er nog langs komt.")

    static func errBadFingerprint(_ expect: some CustomStringConvertible) -> Localized {
        Localized(
            en: "'\(expect)' is not a journal fingerprint: one looks like 12:7f3a-91c2-0be4.",
            nl: "'\(expect)' is geen vingerafdruk van het dagboek: die ziet eruit als 12:7f3a-91c2-0be4.")
    }

    static let helpAccept = Localized(
        en: "Go on with this vault as it is, after it checks intact, although it is older than, or went another way from, the one last used on this account.",
        nl: "Ga verder met deze kluis zoals hij is, als hij in orde blijkt, ook al is hij ouder dan de kluis die op dit account het laatst is gebruikt, of daarvan afgesplitst.")

    static func acceptedAsSeen(_ head: some CustomStringConvertible) -> Localized {
        Localized(
            en: "From now on this vault, as it is now, is the one remembered on this account: \(head).",
            nl: "Vanaf nu is deze kluis, zoals hij nu is, de kluis die op dit account wordt onthouden: \(head).")
    }

    /// The commitment log was found whole: its leaves, and the checkpoints checked against it.
    static func logVerifyOK(leaves: Int, checkpoints: Int) -> Localized {
        switch checkpoints {
        case 0:
            Localized(en: "Commitment log intact: every record has its leaf (\(leaves) in all); no checkpoint yet.",
                      nl: "Vastleggingslogboek intact: elk record heeft zijn blad (\(leaves) in totaal); nog geen controlepunt.")
        case 1:
            Localized(en: "Commitment log intact: every record has its leaf (\(leaves) in all); 1 checkpoint checked.",
                      nl: "Vastleggingslogboek intact: elk record heeft zijn blad (\(leaves) in totaal); 1 controlepunt gecontroleerd.")
        default:
            Localized(en: "Commitment log intact: every record has its leaf (\(leaves) in all); \(checkpoints) checkpoints checked.",
                      nl: "Vastleggingslogboek intact: elk record heeft zijn blad (\(leaves) in totaal); \(checkpoints) controlepunten gecontroleerd.")
        }
    }

    static func logVerifyFailed(_ count: Int) -> Localized {
        Localized(count: count,
                  one: Localized(en: "The commitment log has 1 problem:",
                                 nl: "Het vastleggingslogboek heeft 1 probleem:"),
                  other: Localized(en: "The commitment log has \(count) problems:",
                                   nl: "Het vastleggingslogboek heeft \(count) problemen:"))
    }

    static func logProblemNotContiguous(_ position: some CustomStringConvertible) -> Localized {
        Localized(
            en: "the commitment log is not contiguous at leaf \(position): a leaf was removed or moved",
            nl: "het vastleggingslogboek loopt niet door bij blad \(position): er is een blad weggehaald of verplaatst")
    }

    static func logProblemLeafMismatch(_ seq: some CustomStringConvertible) -> Localized {
        Localized(
            en: "record \(seq) gives another leaf than the log holds: the leaf or the record was changed",
            nl: "record \(seq) geeft een ander blad dan het logboek bevat: het blad of het record is veranderd")
    }

    static func logProblemUnlogged(_ seq: some CustomStringConvertible) -> Localized {
        Localized(
            en: "record \(seq) has no leaf in the commitment log",
            nl: "record \(seq) heeft geen blad in het vastleggingslogboek")
    }

    static func logProblemCheckpoint(_ size: some BinaryInteger) -> Localized {
        Localized(
            en: "the checkpoint over \(Localized.records(size).en) does not match the commitment log: a leaf it covered was changed or removed",
            nl: "het controlepunt over \(Localized.records(size).nl) klopt niet met het vastleggingslogboek: een blad dat het omvatte is veranderd of weggehaald")
    }

    static func logProblemCheckpointSignature(_ size: some BinaryInteger) -> Localized {
        Localized(
            en: "the checkpoint over \(Localized.records(size).en) is not signed with this journal's checkpoint key",
            nl: "het controlepunt over \(Localized.records(size).nl) is niet ondertekend met de controlepuntsleutel van dit dagboek")
    }

    static func logProblemExtraLeaf(_ position: some CustomStringConvertible) -> Localized {
        Localized(
            en: "leaf \(position) stands for no record of the journal: it was added to the commitment log",
            nl: "blad \(position) hoort bij geen enkel record van het dagboek: het is aan het vastleggingslogboek toegevoegd")
    }
}
