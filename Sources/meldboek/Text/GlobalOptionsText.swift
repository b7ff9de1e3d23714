// GlobalOptionsText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static let helpVault = Localized(
        en: "The vault folder (default: $MELDBOEK_VAULT, else the XDG data folder).",
        nl: "De map van de kluis (standaard: $MELDBOEK_VAULT, anders de XDG-gegevensmap).")

    static let helpLang = Localized(
        en: "The language to use: nl or en (default: from the locale).",
        nl: "De taal: nl of en (standaard: uit de locale).")

    static let helpJSON = Localized(
        en: "Print JSON instead of text.",
        nl: "Geef JSON in plaats van tekst.")

    static let warnOldFormat = Localized(
        en: "Note: this vault is in format 1 (Meldboek 0.1.0), in which records can be moved or removed within the vault unnoticed. 'meldboek upgrade' brings it to format 3; it asks for your passphrase.",
        nl: "Let op: deze kluis heeft indeling 1 (Meldboek 0.1.0), waarin records ongemerkt binnen de kluis verplaatst of weggehaald kunnen worden. 'meldboek upgrade' brengt hem naar indeling 3; daarbij wordt om je wachtwoordzin gevraagd.")

    static func warnRollbackOlder(_ seenAt: some CustomStringConvertible, _ seen: some CustomStringConvertible, _ now: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Warning: this vault is older than when you last used it on this account: on \(seenAt) it stood at \(seen), now at \(now). It may have been replaced by an older copy; what was written since is not in it. Nothing is written to it until you accept it with 'meldboek verify --accept'.",
            nl: "Let op: deze kluis is ouder dan toen je hem op dit account het laatst gebruikte: op \(seenAt) stond hij op \(seen), nu op \(now). Mogelijk is hij vervangen door een oudere kopie; wat sindsdien is geschreven, staat er niet in. Er wordt niets in opgeslagen tot je hem accepteert met 'meldboek verify --accept'.")
    }

    static func warnRollbackDiverged(_ seenAt: some CustomStringConvertible, _ seen: some CustomStringConvertible, _ now: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Warning: this vault went another way than when you last used it on this account: on \(seenAt) it stood at \(seen), and its history now leads to \(now) without passing through it. It may be another copy of the vault. Nothing is written to it until you accept it with 'meldboek verify --accept'.",
            nl: "Let op: deze kluis is afgesplitst van de kluis die je op dit account het laatst gebruikte: op \(seenAt) stond hij op \(seen), maar die stand komt in zijn huidige geschiedenis (tot \(now)) niet voor. Mogelijk is het een andere kopie van de kluis. Er wordt niets in opgeslagen tot je hem accepteert met 'meldboek verify --accept'.")
    }

    static func permRepaired(_ path: some CustomStringConvertible, _ oldMode: some CustomStringConvertible, _ newMode: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Repaired: others could reach \(path) (mode \(oldMode)); it is now \(newMode), for you alone.",
            nl: "Hersteld: anderen konden bij \(path) (modus \(oldMode)); nu is het \(newMode), alleen voor jou.")
    }

    static let logWarnFormat2 = Localized(
        en: "Note: this vault is in format 2, which keeps no commitment log: nothing but your own clock says when its entries were written. 'meldboek upgrade' brings it to format 3; it asks for your passphrase.",
        nl: "Let op: deze kluis heeft indeling 2, die geen vastleggingslogboek bijhoudt: alleen je eigen klok zegt wanneer de aantekeningen geschreven zijn. 'meldboek upgrade' brengt hem naar indeling 3; daarbij wordt om je wachtwoordzin gevraagd.")
}
