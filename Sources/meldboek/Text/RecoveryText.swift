// RecoveryText: English and Dutch side by side.
import Foundation
import MeldboekCore

extension Localized {
    static let recoveryAbstract = Localized(
        en: "Make, test or split the recovery code, which opens the vault when the passphrase is forgotten.",
        nl: "Maak, test of verdeel de herstelcode, waarmee de kluis opengaat als de wachtwoordzin vergeten is.")

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
        en: "New recovery code kept. The old code no longer opens this vault, nor do shares made from it ('recovery split'), but backups made before still open only with it: keep its paper with those backups until you have made a new backup, or destroy both if someone may have seen the old code.",
        nl: "Nieuwe herstelcode bewaard. De oude code opent deze kluis niet meer, en de delen die ervan gemaakt zijn ('recovery split') ook niet, maar reservekopieën van daarvoor gaan alleen met de oude code open: bewaar dat papier bij die reservekopieën tot je een nieuwe reservekopie hebt gemaakt, of vernietig allebei als iemand de oude code kan hebben gezien.")

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

    static let recoverySplitAbstract = Localized(
        en: "Split the recovery code into shares for people you trust; a set number of them together open the vault.",
        nl: "Verdeel de herstelcode in delen voor mensen die je vertrouwt; een vast aantal delen samen opent de kluis.")

    static let helpSplitThreshold = Localized(
        en: "How many shares together open the vault (2 to 16).",
        nl: "Hoeveel delen samen de kluis openen (2 tot 16).")

    static let helpSplitShares = Localized(
        en: "How many shares to make (from the threshold up to 16).",
        nl: "Hoeveel delen er worden gemaakt (van de drempel tot en met 16).")

    static let helpSplitOutDir = Localized(
        en: "Write each share to a new file of its own in this folder (share-1.txt, ...; mode 0600) instead of showing them, for scripts.",
        nl: "Schrijf elk deel naar een eigen nieuw bestand in deze map (share-1.txt, ...; modus 0600) in plaats van ze te tonen, voor scripts.")

    static let helpUseShares = Localized(
        en: "Use shares of the recovery code (from 'meldboek recovery split') instead of the code itself: asked one by one, or read from the file MELDBOEK_RECOVERY_SHARES_FILE names, one share a line.",
        nl: "Gebruik delen van de herstelcode (van 'meldboek recovery split') in plaats van de code zelf: ze worden een voor een gevraagd, of gelezen uit het bestand dat MELDBOEK_RECOVERY_SHARES_FILE noemt, één deel per regel.")

    static let errSplitThresholdOne = Localized(
        en: "'--threshold 1' would make every share a full copy of the recovery code: keep the code itself instead, on paper in a safe place.",
        nl: "'--threshold 1' zou van elk deel een volledige kopie van de herstelcode maken: bewaar dan liever de code zelf, op papier op een veilige plek.")

    static let errSplitBounds = Localized(
        en: "'--threshold' must be at least 2 and at most '--shares', and '--shares' at most 16.",
        nl: "'--threshold' moet minstens 2 zijn en hoogstens '--shares', en '--shares' hoogstens 16.")

    static let errRecoverySharesNeedTerminal = Localized(
        en: "There is no terminal to show the shares on.",
        nl: "Er is geen terminal om de delen op te tonen.")

    static let hintRecoverySharesNeedTerminal = Localized(
        en: "Run it in a terminal, or give '--out-dir FOLDER' to have each share written to a new file.",
        nl: "Voer het uit in een terminal, of geef '--out-dir MAP' om elk deel naar een nieuw bestand te laten schrijven.")

    static func splitInstructions(count: Int, threshold: Int) -> Localized {
        Localized(
            en: """
                Your recovery code, split into \(count) shares. Any \(threshold) of them together open this vault, as the
                recovery code does; fewer open nothing, and one share alone says nothing about the code.
                Give each share to a different person you trust, for example someone close to you and your confidential
                adviser, on paper: not as a photo, a file or a message. Keep no share next to this computer.
                Meldboek shows the shares only now.
                """,
            nl: """
                Je herstelcode, verdeeld in \(count) delen. Elke \(threshold) delen samen openen deze kluis, zoals de
                herstelcode dat doet; minder delen openen niets, en één deel alleen zegt niets over de code.
                Geef elk deel aan een andere persoon die je vertrouwt, bijvoorbeeld iemand die dicht bij je staat en je
                vertrouwenspersoon, op papier: niet als foto, bestand of bericht. Bewaar geen enkel deel bij deze computer.
                Meldboek laat de delen alleen nu zien.
                """)
    }

    static func splitShareHeading(_ number: Int, of count: Int) -> Localized {
        Localized(en: "Share \(number) of \(count):", nl: "Deel \(number) van \(count):")
    }

    static let splitWritten = Localized(
        en: "Press Enter when every share is written down. ",
        nl: "Druk op Enter als alle delen zijn opgeschreven. ")

    static func splitWrittenTo(_ folder: String, count: Int, threshold: Int) -> Localized {
        Localized(
            en: "\(count) shares written to \(folder), one file each (share-1.txt to share-\(count).txt). Hand each to its holder and delete the files: any \(threshold) of them together open the vault.",
            nl: "\(count) delen geschreven naar \(folder), elk in een eigen bestand (share-1.txt tot en met share-\(count).txt). Geef elk aan zijn bewaarder en verwijder de bestanden: elke \(threshold) ervan samen openen de kluis.")
    }

    static func splitDone(count: Int, threshold: Int) -> Localized {
        Localized(
            en: "\(count) shares made; any \(threshold) of them open this vault with 'meldboek recover --shares'. The recovery code itself is unchanged.",
            nl: "\(count) delen gemaakt; elke \(threshold) ervan openen deze kluis met 'meldboek recover --shares'. De herstelcode zelf is niet veranderd.")
    }

    static let splitOldShares = Localized(
        en: "Shares from an earlier split still open the vault as long as the code stays the same, but they don't mix with these (they have another identifier). 'meldboek recovery create' makes a new code, and every share useless.",
        nl: "Delen uit een eerdere verdeling openen de kluis nog zolang de code dezelfde blijft, maar ze gaan niet samen met deze (ze hebben een ander kenmerk). 'meldboek recovery create' maakt een nieuwe code, en alle delen onbruikbaar.")

    static let sharesIntro = Localized(
        en: "Type the shares one by one, each as written down (20 words). What you type is not shown.",
        nl: "Typ de delen een voor een, elk zoals het is opgeschreven (20 woorden). Wat je typt, wordt niet getoond.")

    static func sharesAsk(_ number: Int) -> Localized {
        Localized(en: "Share \(number): ", nl: "Deel \(number): ")
    }

    static func sharesRead(_ count: Int, of needed: Int, group: Int, member: Int) -> Localized {
        Localized(
            en: "Share \(count) of \(needed) read (group \(group), member \(member)).",
            nl: "Deel \(count) van \(needed) gelezen (groep \(group), nummer \(member)).")
    }

    static let recoveryTestPassedShares = Localized(
        en: "The shares are right: together they open this vault. Nothing was changed.",
        nl: "De delen kloppen: samen openen ze deze kluis. Er is niets veranderd.")
}
