// HelpText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static let helpKDF = Localized(
        en: "How hard to stretch the passphrase: interactive, moderate or sensitive.",
        nl: "Hoe zwaar de wachtwoordzin wordt uitgerekt: interactive, moderate of sensitive.")

    static let helpSince = Localized(
        en: "Only entries from this date on.",
        nl: "Alleen aantekeningen vanaf deze datum.")

    static let helpUntil = Localized(
        en: "Only entries up to and including this date.",
        nl: "Alleen aantekeningen tot en met deze datum.")

    static let helpID = Localized(
        en: "The entry's id, or a unique part of it (at least 4 hex digits).",
        nl: "Het id van de aantekening, of een uniek deel ervan (minstens 4 hexadecimale tekens).")

    static let helpOut = Localized(
        en: "The file to write.",
        nl: "Het bestand om te schrijven.")

    static let helpYes = Localized(
        en: "Don't ask for confirmation.",
        nl: "Vraag niet om bevestiging.")

    static let helpCaseName = Localized(
        en: "The case's name.",
        nl: "De naam van het dossier.")

    static let helpAdviserVault = Localized(
        en: "Use the adviser's vault (MELDBOEK_ADVISER_VAULT) instead of the melder's.",
        nl: "Gebruik de kluis van de vertrouwenspersoon (MELDBOEK_ADVISER_VAULT) in plaats van die van de melder.")
}
