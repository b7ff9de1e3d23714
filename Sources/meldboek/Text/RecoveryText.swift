// RecoveryText: English and Dutch side by side.
import Foundation
import MeldboekCore

extension Localized {
    static let recoveryAbstract = Localized(
        en: "Make or test the recovery code, which opens the vault when the passphrase is forgotten.",
        nl: "Maak of test de herstelcode, waarmee de kluis opengaat als de wachtwoordzin vergeten is.")

    static let recoveryCreateAbstract = Localized(
        en: "Make a new recovery code; the old one stops opening the vault.",
        nl: "Maak een nieuwe herstelcode; de oude opent de kluis dan niet meer.")

    static let recoveryTestAbstract = Localized(
        en: "Check a recovery code you wrote down, without changing anything.",
        nl: "Controleer een opgeschreven herstelcode, zonder iets te veranderen.")

    static let recoverAbstract = Localized(
        en: "Open the vault with the recovery code and set a new passphrase.",
        nl: "Open de kluis met de herstelcode en stel een nieuwe wachtwoordzin in.")

    static let helpNoRecovery = Localized(
        en: "Make no recovery code: if the passphrase is forgotten, the journal is lost.",
        nl: "Maak geen herstelcode: als de wachtwoordzin vergeten wordt, is het dagboek verloren.")

    static let helpRecoveryCodeOut = Localized(
        en: "Write the new recovery code to this new file (mode 0600) instead of showing it, for scripts; nothing is asked back.",
        nl: "Schrijf de nieuwe herstelcode naar dit nieuwe bestand (modus 0600) in plaats van hem te tonen, voor scripts; er wordt niets teruggevraagd.")

    static let errNoRecoveryAndOut = Localized(
        en: "'--no-recovery' and '--recovery-code-out' can't be used together.",
        nl: "'--no-recovery' en '--recovery-code-out' gaan niet samen.")

    static let errRecoveryCodeNeedsTerminal = Localized(
        en: "There is no terminal to show the recovery code on.",
        nl: "Er is geen terminal om de herstelcode op te tonen.")

    static let hintRecoveryCodeNeedsTerminal = Localized(
        en: "Run it in a terminal, or give '--recovery-code-out FILE' to have the code written to a new file, or '--no-recovery' to make none.",
        nl: "Voer het uit in een terminal, of geef '--recovery-code-out BESTAND' om de code naar een nieuw bestand te laten schrijven, of '--no-recovery' om er geen te maken.")

    static let hintRecoveryCodeNeedsTerminalForCreate = Localized(
        en: "Run it in a terminal, or give '--recovery-code-out FILE' to have the code written to a new file.",
        nl: "Voer het uit in een terminal, of geef '--recovery-code-out BESTAND' om de code naar een nieuw bestand te laten schrijven.")

    static let recoveryInstructions = Localized(
        en: """
            Your recovery code. It opens this vault when you have forgotten the passphrase, and it opens your backups.
            Write these 12 words on paper, in this order, and keep the paper in a safe place away from this computer:
            not as a photo, not in a file, not in the cloud. Anyone with these words can read your journal.
            Meldboek shows them only now.
            """,
        nl: """
            Je herstelcode. Hiermee open je deze kluis als je de wachtwoordzin bent vergeten, en ook je reservekopieën.
            Schrijf deze 12 woorden op papier, in deze volgorde, en bewaar het papier op een veilige plek, niet bij deze
            computer: niet als foto, niet in een bestand, niet in de cloud. Wie deze woorden heeft, kan je dagboek lezen.
            Meldboek laat ze alleen nu zien.
            """)

    static let recoveryWritten = Localized(
        en: "Press Enter when you have written the words down. ",
        nl: "Druk op Enter als je de woorden hebt opgeschreven. ")

    static let recoveryCheckIntro = Localized(
        en: "To check what you wrote down, type three of the words back.",
        nl: "Typ ter controle drie van de woorden terug, zoals je ze hebt opgeschreven.")

    static func recoveryAskWord(_ number: Int) -> Localized {
        Localized(en: "Word \(number): ", nl: "Woord \(number): ")
    }

    static func recoveryWrongWord(_ number: Int) -> Localized {
        Localized(
            en: "That is not word \(number). Look again at what you wrote down.",
            nl: "Dat is niet woord \(number). Kijk nog eens naar wat je hebt opgeschreven.")
    }

    static let recoveryCodeKept = Localized(
        en: "Recovery code kept. With it, 'meldboek recover' sets a new passphrase if you forget this one.",
        nl: "Herstelcode bewaard. Als je deze wachtwoordzin vergeet, stel je er met 'meldboek recover' een nieuwe mee in.")

    static let recoveryCodeReplaced = Localized(
        en: "New recovery code kept. The old code no longer opens this vault, but backups made before still open only with it: keep its paper with those backups until you have made a new backup, or destroy both if someone may have seen the old code.",
        nl: "Nieuwe herstelcode bewaard. De oude code opent deze kluis niet meer, maar reservekopieën van daarvoor gaan alleen met de oude code open: bewaar dat papier bij die reservekopieën tot je een nieuwe reservekopie hebt gemaakt, of vernietig allebei als iemand de oude code kan hebben gezien.")

    static func recoveryCodeWrittenTo(_ path: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Recovery code written to \(path). Copy it onto paper and delete the file: anyone who reads it can open the vault.",
            nl: "Herstelcode geschreven naar \(path). Schrijf hem over op papier en verwijder het bestand: wie het leest, kan de kluis openen.")
    }

    /// After init with a recovery code; the adviser's vault is named as a vault, not a journal.
    static func vaultCreatedHintWithRecovery(adviser: Bool) -> Localized {
        adviser
            ? Localized(
                en: "Keep your passphrase safe, and the paper with the recovery code somewhere else: if you lose both, nobody, not even you, can read this vault.",
                nl: "Bewaar je wachtwoordzin goed, en het papier met de herstelcode ergens anders: ben je ze allebei kwijt, dan kan niemand, ook jij niet, deze kluis lezen.")
            : Localized(
                en: "Keep your passphrase safe, and the paper with the recovery code somewhere else: if you lose both, nobody, not even you, can read this journal.",
                nl: "Bewaar je wachtwoordzin goed, en het papier met de herstelcode ergens anders: ben je ze allebei kwijt, dan kan niemand, ook jij niet, dit dagboek lezen.")
    }

    static let warnNoRecovery = Localized(
        en: "Warning: this vault has no recovery code. If you forget the passphrase, the journal is lost. 'meldboek recovery create' makes a code later.",
        nl: "Let op: deze kluis heeft geen herstelcode. Als je de wachtwoordzin vergeet, is het dagboek verloren. Met 'meldboek recovery create' maak je later alsnog een code.")

    static let recoveryAskCode = Localized(
        en: "Recovery code (12 words): ",
        nl: "Herstelcode (12 woorden): ")

    static let recoveryAskCodeAgain = Localized(
        en: "Recovery code, again: ",
        nl: "Herstelcode, nog een keer: ")

    static let recoveryTestPassed = Localized(
        en: "The recovery code is right: it opens this vault. Nothing was changed.",
        nl: "De herstelcode klopt: hij opent deze kluis. Er is niets veranderd.")

    static let recoverDone = Localized(
        en: "New passphrase set. The old passphrase no longer opens this vault. The journal now records that the recovery code was used.",
        nl: "Nieuwe wachtwoordzin ingesteld. De oude wachtwoordzin opent deze kluis niet meer. In het dagboek staat nu dat de herstelcode is gebruikt.")

    static let recoverHint = Localized(
        en: "The recovery code still works. If someone may have seen it, make a new one with 'meldboek recovery create'.",
        nl: "De herstelcode werkt nog steeds. Kan iemand hem gezien hebben, maak dan een nieuwe met 'meldboek recovery create'.")

    static func recoveryCodeUsed(_ moment: Localized) -> Localized {
        Localized(
            en: "The recovery code was used on \(moment.en).",
            nl: "De herstelcode is gebruikt op \(moment.nl).")
    }

    static let recoveryCodeUsedHint = Localized(
        en: "Someone set a new passphrase with it. If that was not you, make a new code with 'meldboek recovery create' and a new vault key with 'meldboek rekey'; this notice stops with the new code.",
        nl: "Daarmee is een nieuwe wachtwoordzin ingesteld. Was jij dat niet, maak dan een nieuwe code met 'meldboek recovery create' en een nieuwe kluissleutel met 'meldboek rekey'; met de nieuwe code verdwijnt deze melding.")
}
