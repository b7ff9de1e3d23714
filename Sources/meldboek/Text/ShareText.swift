// ShareText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static let shareAbstract = Localized(
        en: "Share chosen entries with an adviser as one signed, encrypted bundle file.",
        nl: "Deel gekozen aantekeningen met een vertrouwenspersoon als één ondertekend, versleuteld bundelbestand.")

    static let helpTo = Localized(
        en: "The contact to share with.",
        nl: "Het contact om mee te delen.")

    static let helpShareIDs = Localized(
        en: "The entries to share (ids or unique parts); or use --all or filters.",
        nl: "De aantekeningen om te delen (id's of unieke delen); of gebruik --all of filters.")

    static let helpAll = Localized(
        en: "Share every entry (that matches the filters).",
        nl: "Deel alle aantekeningen (die bij de filters passen).")

    static let helpWithoutAttachments = Localized(
        en: "Don't include attachments.",
        nl: "Neem geen bijlagen mee.")

    static let helpNote = Localized(
        en: "A note for the adviser, sent with the bundle.",
        nl: "Een bericht voor de vertrouwenspersoon, meegestuurd met de bundel.")

    static func previewHeader(_ name: some CustomStringConvertible, _ fingerprint: some CustomStringConvertible) -> Localized {
        Localized(
            en: "This will go to \(name) (fingerprint \(fingerprint)), encrypted and signed:",
            nl: "Dit gaat naar \(name) (vingerafdruk \(fingerprint)), versleuteld en ondertekend:")
    }

    static func previewVersions(_ count: Int) -> Localized {
        if count == 2 { return Localized(en: "(with both versions)", nl: "(met beide versies)") }
        return Localized(
            en: "(with all \(count) versions)",
            nl: "(met alle \(count) versies)")
    }

    static func previewAttachment(_ name: some CustomStringConvertible, _ size: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Attachment: \(name) (\(size) bytes)",
            nl: "Bijlage: \(name) (\(size) bytes)")
    }

    static let sharesAbstract = Localized(
        en: "List what you shared, with whom and when, and whether a receipt came back.",
        nl: "Toon wat je deelde, met wie en wanneer, en of er een ontvangstbewijs terugkwam.")

    static let noShares = Localized(
        en: "Nothing shared yet.",
        nl: "Nog niets gedeeld.")

    static func receiptReceived(_ number: some CustomStringConvertible) -> Localized {
        Localized(
            en: "received \(number)",
            nl: "ontvangen \(number)")
    }

    static let receiptNone = Localized(
        en: "no receipt yet",
        nl: "nog geen ontvangstbewijs")

    static let receiptsAbstract = Localized(
        en: "Work with receipts from advisers.",
        nl: "Werk met ontvangstbewijzen van vertrouwenspersonen.")

    static let receiptsImportAbstract = Localized(
        en: "Check an adviser's receipt and record it in the share log.",
        nl: "Controleer een ontvangstbewijs en leg het vast in het deellogboek.")

    static let helpReceiptFile = Localized(
        en: "The receipt file the adviser sent you.",
        nl: "Het ontvangstbewijs dat de vertrouwenspersoon je stuurde.")

    static func receiptKnown(_ bundleId: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The receipt for bundle \(bundleId) was recorded before; nothing changed.",
            nl: "Het ontvangstbewijs voor bundel \(bundleId) was al vastgelegd; er is niets veranderd.")
    }

    static func receiptRecorded(_ contact: some CustomStringConvertible, _ bundleId: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Receipt from \(contact) for bundle \(bundleId) checked and recorded.",
            nl: "Ontvangstbewijs van \(contact) voor bundel \(bundleId) gecontroleerd en vastgelegd.")
    }

    static func witReceiptCosigned(_ size: some BinaryInteger, _ Date: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The adviser cosigned your checkpoint of \(Localized.records(size).en) on \(Date); the cosignature is stored.",
            nl: "De vertrouwenspersoon heeft je controlepunt van \(Localized.records(size).nl) op \(Date) medeondertekend; de medeondertekening is opgeslagen.")
    }

    static let witReceiptNotCosigned = Localized(
        en: "The adviser did not cosign this bundle's checkpoint (see 'meldboek adviser show' on their side).",
        nl: "De vertrouwenspersoon heeft het controlepunt van deze bundel niet medeondertekend (dat ziet de vertrouwenspersoon met 'meldboek adviser show').")
}
