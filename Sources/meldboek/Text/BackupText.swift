// BackupText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static let backupAbstract = Localized(
        en: "Write the whole journal to one encrypted file, or check such a file.",
        nl: "Schrijf het hele dagboek naar één versleuteld bestand, of controleer zo'n bestand.")

    static let backupDiscussion = Localized(
        en: """
            A backup is one age file that opens with your recovery code, also with the age program alone \
            (age -d). Inside is the vault folder, its entries still sealed. backup uses the code the vault \
            keeps (a vault without one asks for a code); backup check and restore ask for it on the terminal, or \
            read it from MELDBOEK_RECOVERY_CODE or the file MELDBOEK_RECOVERY_CODE_FILE names. The file's name and \
            size say nothing about what it holds. The options of backup itself (--out, --force, --to, -r) are in \
            'meldboek backup create --help'.
            """,
        nl: """
            Een reservekopie is één age-bestand dat opengaat met je herstelcode, ook met alleen het programma age \
            (age -d). Erin zit de map van de kluis, met de aantekeningen nog verzegeld. backup gebruikt de code die \
            de kluis bewaart (een kluis zonder herstelcode vraagt om een code); backup check en restore vragen erom \
            in de terminal, of lezen hem uit MELDBOEK_RECOVERY_CODE of uit het bestand dat \
            MELDBOEK_RECOVERY_CODE_FILE noemt. Naam en grootte van het bestand zeggen niets over wat erin staat. De \
            opties van backup zelf (--out, --force, --to, -r) staan in 'meldboek backup create --help'.
            """)

    static let backupCreateAbstract = Localized(
        en: "Write a backup of the whole journal (what 'meldboek backup' does).",
        nl: "Schrijf een reservekopie van het hele dagboek (wat 'meldboek backup' doet).")

    static let backupHelpOut = Localized(
        en: "The file to write; by default backup-<date>.age in the current folder.",
        nl: "Het bestand om te schrijven; standaard backup-<datum>.age in de huidige map.")

    static let backupHelpForce = Localized(
        en: "Replace the file if it exists; the old file stays whole until the new one is complete.",
        nl: "Vervang het bestand als het bestaat; het oude blijft heel tot het nieuwe af is.")

    static let backupHelpTo = Localized(
        en: "Encrypt to this contact's key instead of the recovery code (can be repeated).",
        nl: "Versleutel voor de sleutel van dit contact in plaats van met de herstelcode (mag vaker).")

    static let backupHelpRecipient = Localized(
        en: "Encrypt to this age recipient instead of the recovery code (can be repeated).",
        nl: "Versleutel voor deze age-ontvanger in plaats van met de herstelcode (mag vaker).")

    static func backupErrBadRecipient(_ text: some CustomStringConvertible) -> Localized {
        Localized(
            en: "'\(text)' is not an age recipient: one is age1 followed by 58 letters and digits, as age-keygen prints it.",
            nl: "'\(text)' is geen age-ontvanger: die bestaat uit age1 en 58 letters en cijfers, zoals age-keygen hem toont.")
    }

    static let backupNoteRecipientsOnly = Localized(
        en: """
            Note: this backup opens only with the private key of a recipient you named, not with your recovery \
            code: age allows no passphrase beside other recipients. The journal inside still needs your \
            passphrase. Make a backup without --to or -r as well.
            """,
        nl: """
            Let op: deze reservekopie gaat alleen open met de geheime sleutel van een ontvanger die je noemde, niet met \
            je herstelcode: age staat geen wachtwoord naast andere ontvangers toe. Het dagboek erin vraagt nog \
            steeds je wachtwoordzin. Maak ook een reservekopie zonder --to of -r.
            """)

    static let backupNoteNotRecorded = Localized(
        en: "Note: the backup is complete, but the vault could not keep the time it was made.",
        nl: "Let op: de reservekopie is klaar, maar de kluis kon niet bijhouden wanneer die gemaakt is.")

    static func backupWritten(_ path: some CustomStringConvertible, _ megabytes: some CustomStringConvertible)
        -> Localized
    {
        Localized(
            en: "Backup written to \(path) (\(megabytes) MB).",
            nl: "Reservekopie geschreven naar \(path) (\(megabytes) MB).")
    }

    static let backupCheckAbstract = Localized(
        en: "Read a backup back completely and check everything in it.",
        nl: "Lees een reservekopie helemaal terug en controleer alles erin.")

    static let backupHelpFile = Localized(
        en: "The backup file.",
        nl: "Het bestand met de reservekopie.")

    static let backupHelpIdentity = Localized(
        en: "An age identity file, for a backup made with --to or -r.",
        nl: "Een age-identiteitsbestand, voor een reservekopie gemaakt met --to of -r.")

    static let backupReadOK = Localized(
        en: "Backup read: every part of it is authentic and complete.",
        nl: "Reservekopie gelezen: elk deel ervan is echt en compleet.")

    static let backupCheckOK = Localized(
        en: "Backup intact: it can be restored.",
        nl: "Reservekopie in orde: die kan worden teruggezet.")

    static let restoreAbstract = Localized(
        en: "Bring a journal back from a backup into a new vault folder.",
        nl: "Zet een dagboek terug uit een reservekopie, in een nieuwe kluismap.")

    static let restoreDiscussion = Localized(
        en: """
            The folder (--vault, else the usual place) must not exist yet: restore never writes over a vault. \
            The restored vault is verified before restore says it is done.
            """,
        nl: """
            De map (--vault, anders de gewone plek) mag nog niet bestaan: terugzetten schrijft nooit over een \
            kluis heen. De teruggezette kluis wordt gecontroleerd voordat terugzetten zegt dat het klaar is.
            """)

    static func restoreKeptDamaged(_ path: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The vault is in \(path), but the check found problems (see above). Keep the backup, and don't write to this vault before you know what is wrong.",
            nl: "De kluis staat in \(path), maar de controle vond problemen (zie hierboven). Bewaar de reservekopie, en schrijf niet in deze kluis voordat je weet wat er mis is.")
    }

    static func restored(_ path: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Journal restored to \(path) and checked.",
            nl: "Dagboek teruggezet in \(path) en gecontroleerd.")
    }

    static let backupAskCode = Localized(
        en: "Recovery code: ",
        nl: "Herstelcode: ")

    static let backupAskCodeRepeat = Localized(
        en: "Recovery code again: ",
        nl: "Herstelcode nog een keer: ")

    static let backupAskCodeAgain = Localized(
        en: "That did not work. Recovery code: ",
        nl: "Dat lukte niet. Herstelcode: ")

    static let backupErrNoCode = Localized(
        en: "There is no recovery code to read: no terminal, and neither MELDBOEK_RECOVERY_CODE nor MELDBOEK_RECOVERY_CODE_FILE is set.",
        nl: "Er is geen herstelcode om te lezen: geen terminal, en MELDBOEK_RECOVERY_CODE en MELDBOEK_RECOVERY_CODE_FILE zijn allebei niet gezet.")

    static let backupErrWrongKey = Localized(
        en: "This recovery code does not open the backup.",
        nl: "Deze herstelcode opent de reservekopie niet.")

    static let backupHintWrongKey = Localized(
        en: "Type the twelve words as they are on paper; capitals and extra spaces don't matter. A backup made with --to or -r opens with --identity instead.",
        nl: "Typ de twaalf woorden zoals ze op papier staan; hoofdletters en extra spaties maken niet uit. Een reservekopie gemaakt met --to of -r gaat open met --identity.")

    static let backupErrNotABackup = Localized(
        en: "This file is not a backup: it is not an age file.",
        nl: "Dit bestand is geen reservekopie: het is geen age-bestand.")

    static func backupErrDamaged(_ detail: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The backup is damaged: \(detail).",
            nl: "De reservekopie is beschadigd: \(detail).")
    }

    static func backupErrInsideVault(_ path: String) -> Localized {
        Localized(
            en: "A backup can't be written into the vault's own folder (\(path)): it could take the place of the journal's files, and it would be lost with the laptop it is meant to outlive.",
            nl: "Een reservekopie kan niet in de map van de kluis zelf worden geschreven (\(path)): hij kan de plaats innemen van de bestanden van het dagboek, en hij gaat verloren met de laptop die hij moet overleven.")
    }

    static let backupHintInsideVault = Localized(
        en: "Choose a file outside the vault folder, preferably on a USB stick or another device.",
        nl: "Kies een bestand buiten de kluismap, het liefst op een usb-stick of een ander apparaat.")

    static func restoreErrTargetExists(_ path: String) -> Localized {
        Localized(
            en: "\(path) exists already; restore only ever makes a new folder, so nothing you have is written over.",
            nl: "\(path) bestaat al; restore maakt altijd een nieuwe map, zodat niets wat je hebt wordt overschreven.")
    }

    static let restoreHintTargetExists = Localized(
        en: "Restore into a new folder with --vault NEWFOLDER and look at it with meldboek --vault NEWFOLDER list; keep the vault you have until you are sure.",
        nl: "Zet terug in een nieuwe map met --vault NIEUWEMAP en bekijk die met meldboek --vault NIEUWEMAP list; bewaar de kluis die je hebt tot je zeker bent.")

    static let backupHintDamaged = Localized(
        en: "Use another backup, and check your backups now and then with 'meldboek backup check'.",
        nl: "Gebruik een andere reservekopie, en controleer je reservekopieën af en toe met 'meldboek backup check'.")

    static let backupDamageTruncated = Localized(
        en: "it ends too early, as if cut off while copying",
        nl: "het eindigt te vroeg, alsof het bij het kopiëren is afgebroken")

    static let backupDamageAltered = Localized(
        en: "bytes in it were changed, or it was cut off in the middle of a piece",
        nl: "er zijn bytes in veranderd, of het is midden in een stuk afgebroken")

    static let backupDamageContent = Localized(
        en: "it holds something other than a Meldboek vault",
        nl: "er zit iets anders in dan een Meldboek-kluis")

    static let backupDamageDatabase = Localized(
        en: "the database in it fails SQLite's integrity check",
        nl: "de database erin komt niet door de integriteitscontrole van SQLite")
}
