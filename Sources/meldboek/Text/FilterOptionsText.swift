// FilterOptionsText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static let helpFilterCategory = Localized(
        en: "Only entries of this kind of behaviour; repeat for more.",
        nl: "Alleen aantekeningen over dit soort gedrag; herhaal voor meer.")

    static let helpFilterPerson = Localized(
        en: "Only entries involving someone whose name contains this; repeat for more.",
        nl: "Alleen aantekeningen met iemand wiens naam dit bevat; herhaal voor meer.")

    static let helpFilterTag = Localized(
        en: "Only entries with this tag; repeat for more.",
        nl: "Alleen aantekeningen met dit label; herhaal voor meer.")

    static func unreadableWarning(_ count: Int) -> Localized {
        Localized(count: count,
                  one: Localized(en: "Warning: 1 record could not be read; 'meldboek verify' says which.",
                                 nl: "Let op: 1 record kon niet worden gelezen; 'meldboek verify' zegt welk."),
                  other: Localized(en: "Warning: \(count) records could not be read; 'meldboek verify' says which.",
                                   nl: "Let op: \(count) records konden niet worden gelezen; 'meldboek verify' zegt welke."))
    }

    static let warnHeadDamaged = Localized(
        en: "Warning: the vault's sealed head is damaged, so whether records are missing can't be checked; 'meldboek verify' says more.",
        nl: "Let op: het verzegelde eindpunt van de kluis is beschadigd, dus of er records ontbreken, valt niet na te gaan; 'meldboek verify' zegt meer.")

    static func warnOutsideChain(_ count: Int) -> Localized {
        Localized(count: count,
                  one: Localized(en: "Warning: 1 record lies outside the journal's chain and was not read; 'meldboek verify' names it.",
                                 nl: "Let op: 1 record ligt buiten de keten van het dagboek en is niet gelezen; 'meldboek verify' noemt het."),
                  other: Localized(en: "Warning: \(count) records lie outside the journal's chain and were not read; 'meldboek verify' names them.",
                                   nl: "Let op: \(count) records liggen buiten de keten van het dagboek en zijn niet gelezen; 'meldboek verify' noemt ze."))
    }

    static func warnMissing(_ count: Int) -> Localized {
        Localized(count: count,
                  one: Localized(en: "Warning: 1 record is missing from the journal, removed without a trace in its chain; 'meldboek verify' names the position.",
                                 nl: "Let op: 1 record ontbreekt in het dagboek, verwijderd zonder spoor in de keten; 'meldboek verify' noemt de plaats."),
                  other: Localized(en: "Warning: \(count) records are missing from the journal, removed without a trace in its chain; 'meldboek verify' names the positions.",
                                   nl: "Let op: \(count) records ontbreken in het dagboek, verwijderd zonder spoor in de keten; 'meldboek verify' noemt de plaatsen."))
    }

    static func warnExtra(_ count: Int) -> Localized {
        Localized(count: count,
                  one: Localized(en: "Warning: the journal holds 1 record more than its chain accounts for; 'meldboek verify' names it.",
                                 nl: "Let op: het dagboek bevat 1 record meer dan de keten verantwoordt; 'meldboek verify' noemt het."),
                  other: Localized(en: "Warning: the journal holds \(count) records more than its chain accounts for; 'meldboek verify' names them.",
                                   nl: "Let op: het dagboek bevat \(count) records meer dan de keten verantwoordt; 'meldboek verify' noemt ze."))
    }

    static let warnEndBroken = Localized(
        en: "Warning: the journal's last record is gone or doesn't match its sealed head: records may have been cut from the end; 'meldboek verify' says more.",
        nl: "Let op: het laatste record van het dagboek ontbreekt of klopt niet met het verzegelde eindpunt: er kunnen records aan het eind zijn weggehaald; 'meldboek verify' zegt meer.")

    static let warnRowsChanged = Localized(
        en: "Warning: the journal's records are not the ones its sealed head lists: records were removed, replaced or put back; 'meldboek verify' names them.",
        nl: "Let op: de records van het dagboek zijn niet de records die het verzegelde eindpunt noemt: er zijn records weggehaald, vervangen of teruggezet; 'meldboek verify' noemt ze.")
}
