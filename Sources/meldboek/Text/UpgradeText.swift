// UpgradeText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static let upgradeAbstract = Localized(
        en: "Bring the vault to the current format; asks for your passphrase.",
        nl: "Breng de kluis naar de huidige indeling; vraagt om je wachtwoordzin.")

    static let rekeyAbstract = Localized(
        en: "Encrypt every record and attachment again under a new vault key; asks for your passphrase.",
        nl: "Versleutel elk record en elke bijlage opnieuw met een nieuwe kluissleutel; vraagt om je wachtwoordzin.")

    static let askCurrentPassphrase = Localized(
        en: "Current passphrase: ",
        nl: "Huidige wachtwoordzin: ")

    static func upgradeDone(_ count: Int) -> Localized {
        Localized(count: count,
                  one: Localized(en: "Vault upgraded to format 3: 1 record sealed again.",
                                 nl: "Kluis bijgewerkt naar indeling 3: 1 record opnieuw verzegeld."),
                  other: Localized(en: "Vault upgraded to format 3: \(count) records sealed again.",
                                   nl: "Kluis bijgewerkt naar indeling 3: \(count) records opnieuw verzegeld."))
    }

    static func rekeyDone(_ count: Int) -> Localized {
        Localized(count: count,
                  one: Localized(en: "New vault key: 1 record and every attachment sealed again under it. Copies of the vault made before still open with the passphrase that was current then.",
                                 nl: "Nieuwe kluissleutel: 1 record en alle bijlagen zijn ermee opnieuw verzegeld. Kopieën van de kluis van vóór nu gaan nog open met de wachtwoordzin die toen gold."),
                  other: Localized(en: "New vault key: \(count) records and every attachment sealed again under it. Copies of the vault made before still open with the passphrase that was current then.",
                                   nl: "Nieuwe kluissleutel: \(count) records en alle bijlagen zijn ermee opnieuw verzegeld. Kopieën van de kluis van vóór nu gaan nog open met de wachtwoordzin die toen gold."))
    }

    static func rewriteProgress(_ done: some CustomStringConvertible, _ total: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Sealing records again: \(done) of \(total)",
            nl: "Records opnieuw verzegelen: \(done) van \(total)")
    }

    static let sessionEndedForRekey = Localized(
        en: "The unlock session was ended: it held the old key.",
        nl: "De ontgrendelsessie is beëindigd: die bewaarde de oude sleutel.")
}
