// Error messages and hints: English and Dutch side by side.
import MeldboekCore

extension Localized {
    /// What starts an error line, after "meldboek: "; the message after it is a whole sentence.
    static let errorLabel = Localized(en: "error:", nl: "fout:")

    /// What starts the line of advice after an error, after "meldboek: ".
    static let hintLabel = Localized(en: "hint:", nl: "tip:")

    static func errVaultMissing(_ path: some CustomStringConvertible) -> Localized {
        Localized(
            en: "No vault at \(path).",
            nl: "Geen kluis in \(path).")
    }

    static let hintVaultMissing = Localized(
        en: "Create one with 'meldboek init', or name another with --vault.",
        nl: "Maak er een met 'meldboek init', of noem een andere met --vault.")

    static let hintAdviserVaultMissing = Localized(
        en: "Create the adviser's vault with 'meldboek adviser init', or name another with --vault or MELDBOEK_ADVISER_VAULT.",
        nl: "Maak de kluis van de vertrouwenspersoon met 'meldboek adviser init', of noem een andere met --vault of MELDBOEK_ADVISER_VAULT.")

    static func errVaultExists(_ path: some CustomStringConvertible) -> Localized {
        Localized(
            en: "A vault already exists in \(path).",
            nl: "Er staat al een kluis in \(path).")
    }

    static func errNotAVault(_ path: some CustomStringConvertible) -> Localized {
        Localized(
            en: "\(path) is not a Meldboek vault.",
            nl: "\(path) is geen Meldboek-kluis.")
    }

    static func errVaultDamaged(_ path: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The vault in \(path) is damaged: its database no longer reads as a Meldboek vault.",
            nl: "De kluis in \(path) is beschadigd: de database is niet meer als Meldboek-kluis te lezen.")
    }

    static let hintVaultDamaged = Localized(
        en: "Leave this folder as it is and put the journal back from a backup into a new folder: meldboek restore FILE --vault NEWFOLDER.",
        nl: "Laat deze map zoals hij is en zet het dagboek uit een reservekopie terug in een nieuwe map: meldboek restore BESTAND --vault NIEUWEMAP.")

    static func errNewerFormat(_ found: some CustomStringConvertible, _ supported: some CustomStringConvertible) -> Localized {
        Localized(
            en: "This vault has format \(found), and this version of Meldboek reads up to format \(supported).",
            nl: "Deze kluis heeft indeling \(found), en deze versie van Meldboek leest tot en met indeling \(supported).")
    }

    static let hintNewerFormat = Localized(
        en: "Update Meldboek; the vault was left untouched.",
        nl: "Werk Meldboek bij; aan de kluis is niets veranderd.")

    static let errWrongPassphrase = Localized(
        en: "Wrong passphrase.",
        nl: "Verkeerde wachtwoordzin.")

    static let errPassphraseUnavailable = Localized(
        en: "The vault is locked: no unlock session, no terminal to ask the passphrase on, and MELDBOEK_PASSPHRASE, MELDBOEK_PASSPHRASE_FILE and MELDBOEK_PASSPHRASE_COMMAND are not set.",
        nl: "De kluis is vergrendeld: geen ontgrendelsessie, geen terminal om de wachtwoordzin te vragen, en MELDBOEK_PASSPHRASE, MELDBOEK_PASSPHRASE_FILE en MELDBOEK_PASSPHRASE_COMMAND zijn niet gezet.")

    static let errPassphraseMismatch = Localized(
        en: "The passphrases don't match.",
        nl: "De wachtwoordzinnen komen niet overeen.")

    static let errPassphraseEmpty = Localized(
        en: "The passphrase is empty.",
        nl: "De wachtwoordzin is leeg.")

    static func errPassphraseCommand(_ status: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The passphrase command failed (exit status \(status)).",
            nl: "De opdracht die de wachtwoordzin geeft, is mislukt (afsluitcode \(status)).")
    }

    static func errEntryNotFound(_ reference: some CustomStringConvertible) -> Localized {
        Localized(
            en: "No entry \(reference).",
            nl: "Geen aantekening \(reference).")
    }

    static let hintEntryNotFound = Localized(
        en: "'meldboek list' shows the ids.",
        nl: "'meldboek list' toont de id's.")

    static func errAttachmentNotFound(_ entry: some CustomStringConvertible, _ name: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Entry \(entry) has no attachment named \(name).",
            nl: "Aantekening \(entry) heeft geen bijlage met de naam \(name).")
    }

    static func errAttachmentExists(_ name: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The entry already has an attachment named \(name).",
            nl: "De aantekening heeft al een bijlage met de naam \(name).")
    }

    static let hintAttachmentExists = Localized(
        en: "Rename the file first.",
        nl: "Geef het bestand eerst een andere naam.")

    static func errUnknownCategory(_ text: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Unknown kind of behaviour '\(text)'.",
            nl: "Onbekend soort gedrag '\(text)'.")
    }

    static let hintUnknownCategory = Localized(
        en: "Use sexual-harassment, aggression, discrimination, bullying, integrity, other or not-sure.",
        nl: "Gebruik seksuele-intimidatie, agressie, discriminatie, pesten, integriteit, anders of weet-niet.")

    static func errUnknownRole(_ text: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Unknown role '\(text)'.",
            nl: "Onbekende rol '\(text)'.")
    }

    static let hintUnknownRole = Localized(
        en: "After the last colon comes the role: manager, colleague, client, report or other (NAME:ROLE, or NAME:YOUR WORDS:ROLE).",
        nl: "Na de laatste dubbele punt komt de rol: leidinggevende, collega, klant, ondergeschikte of anders (NAAM:ROL, of NAAM:JE EIGEN WOORDEN:ROL).")

    static func errPersonWithoutName(_ text: String) -> Localized {
        Localized(
            en: "Someone involved needs a name, and '\(text)' has none.",
            nl: "Een betrokkene heeft een naam nodig, en '\(text)' heeft er geen.")
    }

    static let hintPersonWithoutName = Localized(
        en: "Give the name first, then the role: --person 'Jan de Vries:manager'. An alias or initials will do.",
        nl: "Geef eerst de naam, dan de rol: --person 'Jan de Vries:leidinggevende'. Een bijnaam of initialen mag ook.")

    static func errUnreadableDate(_ text: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Can't read the date '\(text)'.",
            nl: "Kan de datum '\(text)' niet lezen.")
    }

    static let hintUnreadableDate = Localized(
        en: "Try 2025-03-04, \"yesterday 2pm\", \"3 days ago\" or \"March 2025\"; for words of your own use --when-approx.",
        nl: "Probeer 2025-03-04, \"gisteren 14:00\", \"3 dagen geleden\" of \"maart 2025\"; voor eigen woorden gebruik je --when-approx.")

    static let errNothingToRecord = Localized(
        en: "Nothing to record: give a --title or what happened (--text, --stdin or --editor).",
        nl: "Niets vast te leggen: geef een --title of wat er gebeurde (--text, --stdin of --editor).")

    static func errRecordCorrupt(_ seq: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Record \(seq) is altered or corrupt.",
            nl: "Record \(seq) is gewijzigd of beschadigd.")
    }

    static let hintVerify = Localized(
        en: "Run 'meldboek verify' to see what is damaged; everything else stays readable.",
        nl: "Gebruik 'meldboek verify' om te zien wat beschadigd is; al het andere blijft leesbaar.")

    static func errUnreadableRecords(_ count: Int) -> Localized {
        Localized(
            en: "Records that could not be read: \(count).",
            nl: "Records die niet konden worden gelezen: \(count).")
    }

    static func errAttachmentCorrupt(_ name: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Attachment \(name) is damaged: its content doesn't match its hash.",
            nl: "Bijlage \(name) is beschadigd: de inhoud klopt niet met de hash.")
    }

    static func errReadOnly(_ path: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Can't write to \(path): it is read-only.",
            nl: "Kan niet schrijven naar \(path): het is alleen-lezen.")
    }

    static let errDiskFull = Localized(
        en: "The disk is full; nothing was changed.",
        nl: "De schijf is vol; er is niets veranderd.")

    static let errNoTmpfs = Localized(
        en: "There is no memory-backed folder (tmpfs) for the editor's file, and that file must not touch the disk.",
        nl: "Er is geen map in het geheugen (tmpfs) voor het bestand van de editor, en dat bestand mag niet op de schijf komen.")

    static let hintNoTmpfs = Localized(
        en: "Use --text or --stdin, or set XDG_RUNTIME_DIR to a tmpfs folder.",
        nl: "Gebruik --text of --stdin, of zet XDG_RUNTIME_DIR op een tmpfs-map.")

    static func errEditorFailed(_ status: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The editor failed (exit status \(status)); nothing was saved.",
            nl: "De editor is met een fout gestopt (afsluitcode \(status)); er is niets opgeslagen.")
    }

    static let errEditorLeftEmpty = Localized(
        en: "Nothing was written in the editor, so no entry was added.",
        nl: "Er is niets geschreven in de editor, dus er is geen aantekening toegevoegd.")

    static let errCancelled = Localized(
        en: "Cancelled; nothing was changed.",
        nl: "Geannuleerd; er is niets veranderd.")

    static let errCrypto = Localized(
        en: "Deriving the key from the passphrase failed; is there enough free memory?",
        nl: "Het afleiden van de sleutel uit de wachtwoordzin is mislukt; is er genoeg vrij geheugen?")

    static func errStorage(_ code: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The vault's database failed (SQLite result code \(code)).",
            nl: "De database van de kluis gaf een fout (SQLite-resultaatcode \(code)).")
    }

    static let errConfirmNeedsTerminal = Localized(
        en: "A confirmation is needed, but there is no terminal to ask on.",
        nl: "Er is een bevestiging nodig, maar geen terminal om die te vragen.")

    static let hintConfirmNeedsTerminal = Localized(
        en: "Add --yes to confirm in a script.",
        nl: "Voeg --yes toe om in een script te bevestigen.")

    static let errMalformedCard = Localized(
        en: "That is not a Meldboek card.",
        nl: "Dat is geen Meldboek-kaart.")

    static let hintMalformedCard = Localized(
        en: "A card is one line starting with meldboek-card:1:, as 'meldboek identity' or 'meldboek adviser card' prints it.",
        nl: "Een kaart is één regel die begint met meldboek-card:1:, zoals 'meldboek identity' of 'meldboek adviser card' die toont.")

    static func errContactExists(_ name: some CustomStringConvertible) -> Localized {
        Localized(
            en: "You already have a contact named \(name).",
            nl: "Je hebt al een contact met de naam \(name).")
    }

    static let hintContactNotFound = Localized(
        en: "'meldboek contacts list' shows your contacts.",
        nl: "'meldboek contacts list' toont je contacten.")

    static let errWrongRoleMelder = Localized(
        en: "This is an adviser vault, not a journal.",
        nl: "Dit is een kluis van een vertrouwenspersoon, geen dagboek.")

    static let hintWrongRoleMelder = Localized(
        en: "Use 'meldboek adviser …' for it, or name your journal with --vault.",
        nl: "Gebruik er 'meldboek adviser …' voor, of noem je dagboek met --vault.")

    static let errWrongRoleAdviser = Localized(
        en: "This is a melder's journal, not an adviser vault.",
        nl: "Dit is het dagboek van een melder, geen kluis van een vertrouwenspersoon.")

    static let hintWrongRoleAdviser = Localized(
        en: "Create an adviser vault with 'meldboek adviser init', or name it with --vault or MELDBOEK_ADVISER_VAULT.",
        nl: "Maak een kluis met 'meldboek adviser init', of noem die met --vault of MELDBOEK_ADVISER_VAULT.")

    static let errNothingSelected = Localized(
        en: "No entries match; nothing was shared.",
        nl: "Geen enkele aantekening past bij wat je koos; er is niets gedeeld.")

    static func errNotABundle(_ problem: some CustomStringConvertible) -> Localized {
        Localized(
            en: "This is not a Meldboek bundle (\(problem)).",
            nl: "Dit is geen Meldboek-bundel (\(problem)).")
    }

    static let errNotForThisVault = Localized(
        en: "This bundle was not encrypted to your key.",
        nl: "Deze bundel is niet versleuteld voor jouw sleutel.")

    static let hintNotForThisVault = Localized(
        en: "Ask the sender to add your current card ('meldboek adviser card').",
        nl: "Vraag de afzender om je huidige kaart toe te voegen ('meldboek adviser card').")

    static func errBundleInvalid(_ problem: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The bundle is damaged or was tampered with: \(problem); nothing was imported.",
            nl: "De bundel is beschadigd of gewijzigd: \(problem); er is niets geïmporteerd.")
    }

    /// `shares open` on a damaged bundle: nothing is imported there in any case, so say what didn't happen.
    static func errSentBundleInvalid(_ problem: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The bundle is damaged or was tampered with: \(problem); it can't be shown.",
            nl: "De bundel is beschadigd of gewijzigd: \(problem); hij kan niet worden getoond.")
    }

    static func errSentBadSignature(_ problem: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The signature doesn't verify (\(problem)); the bundle can't be shown.",
            nl: "De handtekening klopt niet (\(problem)); de bundel kan niet worden getoond.")
    }

    static func errUnsupportedVersion(_ version: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Format version \(version) is newer than this Meldboek reads.",
            nl: "Indeling \(version) is nieuwer dan deze versie van Meldboek kan lezen.")
    }

    static func errBadSignature(_ problem: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The signature doesn't verify (\(problem)); nothing was imported.",
            nl: "De handtekening klopt niet (\(problem)); er is niets geïmporteerd.")
    }

    static let hintCaseKeyMismatch = Localized(
        en: "If the melder has a new key, confirm the fingerprint with them and import again with --accept-new-key.",
        nl: "Als de melder een nieuwe sleutel heeft, controleer de vingerafdruk met de melder en importeer opnieuw met --accept-new-key.")

    static func errCaseNotFound(_ name: some CustomStringConvertible) -> Localized {
        Localized(
            en: "No case named \(name).",
            nl: "Geen dossier met de naam \(name).")
    }

    static let hintCaseNotFound = Localized(
        en: "'meldboek adviser cases' lists them.",
        nl: "'meldboek adviser cases' toont ze.")

    static func errUnknownBundle(_ id: some CustomStringConvertible) -> Localized {
        Localized(
            en: "This journal never shared bundle \(id).",
            nl: "Dit dagboek heeft bundel \(id) nooit gedeeld.")
    }

    static let errReceiptMismatch = Localized(
        en: "The receipt names another bundle file than the one you sent.",
        nl: "Het ontvangstbewijs noemt een ander bundelbestand dan het bestand dat je stuurde.")

    static let errNewPassphraseUnavailable = Localized(
        en: "No new passphrase: no terminal to ask on, and MELDBOEK_NEW_PASSPHRASE and MELDBOEK_NEW_PASSPHRASE_FILE are not set.",
        nl: "Geen nieuwe wachtwoordzin: geen terminal om naar te vragen, en MELDBOEK_NEW_PASSPHRASE en MELDBOEK_NEW_PASSPHRASE_FILE zijn niet gezet.")

    static func errPassphraseTooLong(_ limit: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The passphrase is longer than \(limit) bytes.",
            nl: "De wachtwoordzin is langer dan \(limit) bytes.")
    }

    static func errFileExists(_ path: some CustomStringConvertible) -> Localized {
        Localized(
            en: "\(path) exists already.",
            nl: "\(path) bestaat al.")
    }

    static let hintFileExists = Localized(
        en: "Meldboek never overwrites a file: choose another name or remove it first.",
        nl: "Meldboek overschrijft nooit een bestand: kies een andere naam of verwijder het eerst.")

    static func errFolderNotEmpty(_ path: some CustomStringConvertible) -> Localized {
        Localized(
            en: "\(path) is not empty and is not a vault.",
            nl: "\(path) is niet leeg en is geen kluis.")
    }

    static let hintFolderNotEmpty = Localized(
        en: "Give a new folder (or an empty one) for the vault.",
        nl: "Geef een nieuwe (of lege) map voor de kluis.")

    static func errAgentFolderUnsafe(_ path: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The folder for unlock sessions, \(path), is not safe: it must be your own folder that nobody else can enter.",
            nl: "De map voor ontgrendelsessies, \(path), is niet veilig: het moet je eigen map zijn waar niemand anders in kan.")
    }

    static let errAgentUnreachable = Localized(
        en: "The unlock agent did not answer.",
        nl: "De ontgrendelagent antwoordde niet.")

    static func errAgentPathTooLong(_ path: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The path of the unlock socket is too long: \(path).",
            nl: "Het pad van de ontgrendelsocket is te lang: \(path).")
    }

    static let hintAgentPathTooLong = Localized(
        en: "Set XDG_RUNTIME_DIR to a shorter folder.",
        nl: "Zet XDG_RUNTIME_DIR op een kortere map.")

    static func errAgentFailed(_ t: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Could not start the unlock agent: \(t).",
            nl: "Kon de ontgrendelagent niet starten: \(t).")
    }

    static let hintLocked = Localized(
        en: "Run 'meldboek unlock' on a terminal, or give the passphrase in MELDBOEK_PASSPHRASE.",
        nl: "Voer 'meldboek unlock' uit op een terminal, of geef de wachtwoordzin in MELDBOEK_PASSPHRASE.")

    static let errInterrupted = Localized(
        en: "Interrupted; nothing was saved.",
        nl: "Onderbroken; er is niets opgeslagen.")

    static let errInputEnded = Localized(
        en: "The input ended before all questions were answered; nothing was saved.",
        nl: "De invoer hield op voordat alle vragen beantwoord waren; er is niets opgeslagen.")

    static let errHeadDamaged = Localized(
        en: "The vault's sealed head, which records where the journal ends, is damaged: whether records are missing can't be checked.",
        nl: "Het verzegelde eindpunt van de kluis, waarin staat waar het dagboek ophoudt, is beschadigd: of er records ontbreken, valt niet na te gaan.")

    static let errJournalIncomplete = Localized(
        en: "The journal's records no longer match its sealed chain, so nothing was written.",
        nl: "De records van het dagboek kloppen niet meer met de verzegelde keten, dus er is niets opgeslagen.")

    static let hintJournalIncomplete = Localized(
        en: "Run 'meldboek verify' to see which records are missing, moved or added; then restore the vault from a backup.",
        nl: "Gebruik 'meldboek verify' om te zien welke records ontbreken, verplaatst of toegevoegd zijn, en zet daarna een reservekopie van de kluis terug.")

    static func errAmendUnreadable(_ count: Int) -> Localized {
        Localized(count: count,
                  one: Localized(en: "1 record of the journal can't be read and may be a newer version of this entry: amending now could give two versions the same number.",
                                 nl: "1 record van het dagboek is niet te lezen en kan een nieuwere versie van deze aantekening zijn: als je nu aanvult, kunnen twee versies hetzelfde nummer krijgen."),
                  other: Localized(en: "\(count) records of the journal can't be read and one may be a newer version of this entry: amending now could give two versions the same number.",
                                   nl: "\(count) records van het dagboek zijn niet te lezen en één ervan kan een nieuwere versie van deze aantekening zijn: als je nu aanvult, kunnen twee versies hetzelfde nummer krijgen."))
    }

    static let errIdentityDamaged = Localized(
        en: "The vault's own keys, sealed in the vault row, don't open: the vault row is damaged.",
        nl: "De eigen sleutels van de kluis, verzegeld in de kluisregel, gaan niet open: de kluisregel is beschadigd.")

    static let errRewriteFailed = Localized(
        en: "A record could not be sealed again, so nothing was changed.",
        nl: "Een record kon niet opnieuw worden verzegeld, dus er is niets veranderd.")

    static let errRewriteNeedsIntact = Localized(
        en: "Every record must be readable and the chain whole before the vault can be sealed again, so nothing was changed.",
        nl: "Voordat de kluis opnieuw verzegeld kan worden, moet elk record leesbaar zijn en de keten heel; er is niets veranderd.")

    static func errAlreadyUpgraded(_ format: some CustomStringConvertible) -> Localized {
        Localized(
            en: "This vault is in format \(format) already: there is nothing to upgrade.",
            nl: "Deze kluis heeft al indeling \(format): er valt niets bij te werken.")
    }

    static let errJournalDamaged = Localized(
        en: "The journal is not as it was sealed; what could be read was shown.",
        nl: "Het dagboek is niet meer zoals het verzegeld is; wat leesbaar was, is getoond.")

    static let problemNotAgeFile = Localized(
        en: "it is not an age file, or not one this version reads",
        nl: "het is geen age-bestand, of een dat deze versie niet kan lezen")

    static let problemAgeHeaderDamaged = Localized(
        en: "the age header is damaged",
        nl: "de age-header is beschadigd")

    static let problemAgePayloadDamaged = Localized(
        en: "the encrypted content is damaged or cut short",
        nl: "de versleutelde inhoud is beschadigd of afgebroken")

    static let problemTarDamaged = Localized(
        en: "the archive inside is damaged or cut short",
        nl: "het archief erin is beschadigd of afgebroken")

    static func problemUnsafeMemberName(_ member: some CustomStringConvertible) -> Localized {
        Localized(
            en: "the archive holds a file with an unsafe name, \(member)",
            nl: "het archief bevat een bestand met een onveilige naam, \(member)")
    }

    static let problemMemberNotAFile = Localized(
        en: "the archive holds something other than a plain file (a link, device or folder)",
        nl: "het archief bevat iets anders dan een gewoon bestand (een koppeling, apparaat of map)")

    static func problemDuplicateMember(_ member: some CustomStringConvertible) -> Localized {
        Localized(
            en: "the archive holds \(member) twice",
            nl: "het archief bevat \(member) twee keer")
    }

    static let problemOverLimit = Localized(
        en: "the archive is larger or holds more files than allowed",
        nl: "het archief is groter of bevat meer bestanden dan toegestaan")

    static func problemMemberOutOfOrder(_ found: some CustomStringConvertible, _ expected: some CustomStringConvertible) -> Localized {
        Localized(
            en: "\(found) comes where \(expected) should",
            nl: "\(found) staat op de plaats van \(expected)")
    }

    static func problemUnlistedMember(_ member: some CustomStringConvertible) -> Localized {
        Localized(
            en: "\(member) is not listed in the manifest",
            nl: "\(member) staat niet in het manifest")
    }

    static func problemMissingMember(_ member: some CustomStringConvertible) -> Localized {
        Localized(
            en: "\(member) is missing",
            nl: "\(member) ontbreekt")
    }

    static func problemMemberTooLarge(_ member: some CustomStringConvertible) -> Localized {
        Localized(
            en: "\(member) is over the size limit",
            nl: "\(member) is groter dan toegestaan")
    }

    static func problemSizeMismatch(_ member: some CustomStringConvertible) -> Localized {
        Localized(
            en: "\(member) has another size than the manifest says",
            nl: "\(member) heeft een andere grootte dan het manifest aangeeft")
    }

    static func problemHashMismatch(_ member: some CustomStringConvertible) -> Localized {
        Localized(
            en: "\(member) doesn't match its hash",
            nl: "\(member) past niet bij de hash")
    }

    static let problemDataAfterEnd = Localized(
        en: "there is data after the end",
        nl: "er staan nog gegevens na het einde")

    static func problemWrongFormat(_ member: some CustomStringConvertible) -> Localized {
        Localized(
            en: "\(member) is not a Meldboek file",
            nl: "\(member) is geen Meldboek-bestand")
    }

    static func problemMalformedJSON(_ member: some CustomStringConvertible) -> Localized {
        Localized(
            en: "\(member) is malformed",
            nl: "\(member) is ongeldig")
    }

    static func problemDuplicateKey(_ member: some CustomStringConvertible) -> Localized {
        Localized(
            en: "\(member) names a field twice",
            nl: "\(member) noemt een veld twee keer")
    }

    static func problemInvalidField(_ member: some CustomStringConvertible, _ field: some CustomStringConvertible) -> Localized {
        Localized(
            en: "\(member) has an invalid \(field)",
            nl: "\(member) heeft een ongeldige waarde voor \(field)")
    }

    static func problemListedTwice(_ member: some CustomStringConvertible) -> Localized {
        Localized(
            en: "the manifest lists \(member) twice",
            nl: "het manifest noemt \(member) twee keer")
    }

    static func problemEntryMismatch(_ member: some CustomStringConvertible) -> Localized {
        Localized(
            en: "\(member) doesn't match the manifest",
            nl: "\(member) past niet bij het manifest")
    }

    static let problemSignatureMalformed = Localized(
        en: "the signature file is not a minisign signature",
        nl: "het handtekeningbestand is geen minisign-handtekening")

    static let problemSignatureWrongKey = Localized(
        en: "it was signed with another key than the sender's",
        nl: "er is ondertekend met een andere sleutel dan die van de afzender")

    static let problemSignatureInvalid = Localized(
        en: "the signature is not valid",
        nl: "de handtekening is ongeldig")

    static let problemSignedCommentMismatch = Localized(
        en: "the signed comment doesn't name this file",
        nl: "het ondertekende commentaar hoort niet bij dit bestand")

    static let problemFingerprintMismatch = Localized(
        en: "the fingerprint doesn't match the keys",
        nl: "de vingerafdruk past niet bij de sleutels")

    static func errReceiptInvalid(_ problem: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The receipt is damaged or was tampered with: \(problem); nothing was recorded.",
            nl: "Het ontvangstbewijs is beschadigd of gewijzigd: \(problem); er is niets vastgelegd.")
    }

    static func errReceiptBadSignature(_ problem: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The receipt's signature doesn't verify (\(problem)); nothing was recorded.",
            nl: "De handtekening van het ontvangstbewijs klopt niet (\(problem)); er is niets vastgelegd.")
    }

    static func errBundleIdConflict(_ bundleId: some CustomStringConvertible, _ caseName: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Bundle \(bundleId) was imported before into case \(caseName), from another sender; nothing was imported.",
            nl: "Bundel \(bundleId) is eerder geïmporteerd in dossier \(caseName), van een andere afzender; er is niets geïmporteerd.")
    }

    static let hintBundleIdConflict = Localized(
        en: "Two senders never send the same bundle id: compare the fingerprint with the melder before you trust this file.",
        nl: "Twee afzenders sturen nooit dezelfde bundel-id: vergelijk de vingerafdruk met de melder voordat je dit bestand vertrouwt.")

    static let errCardKeyUnusable = Localized(
        en: "The card's encryption key is all zeros or a weak key; nothing sent to it would stay secret.",
        nl: "De versleutelingssleutel op de kaart bestaat uit nullen of is zwak; niets wat ernaar gestuurd wordt, blijft geheim.")

    static let hintCardKeyUnusable = Localized(
        en: "Ask for a new card, as 'meldboek adviser card' prints it.",
        nl: "Vraag om een nieuwe kaart, zoals 'meldboek adviser card' die toont.")

    static func errAttachmentTooLargeToShare(_ name: some CustomStringConvertible, _ limit: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Attachment \(name) is larger than a bundle can carry (\(limit) bytes at most); nothing was shared.",
            nl: "Bijlage \(name) is groter dan een bundel kan bevatten (hoogstens \(limit) bytes); er is niets gedeeld.")
    }

    static let hintAttachmentTooLargeToShare = Localized(
        en: "Share with --without-attachments and hand this file over another way.",
        nl: "Deel met --without-attachments en geef dit bestand op een andere manier door.")

    static func errEntryTooLargeToShare(_ id: some CustomStringConvertible, _ limit: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Entry \(id) is too large for a bundle (its file would be over \(limit) bytes); nothing was shared.",
            nl: "Aantekening \(id) is te groot voor een bundel (het bestand zou groter worden dan \(limit) bytes); er is niets gedeeld.")
    }

    static func errTooManyToShare(_ limit: some CustomStringConvertible) -> Localized {
        Localized(
            en: "This is too much for one bundle (at most \(limit) entries and attachments, and a manifest of at most 1 MiB); nothing was shared.",
            nl: "Dit is te veel voor één bundel (hoogstens \(limit) aantekeningen en bijlagen, en een manifest van hoogstens 1 MiB); er is niets gedeeld.")
    }

    static let hintTooManyToShare = Localized(
        en: "Share fewer entries at a time.",
        nl: "Deel minder aantekeningen tegelijk.")

    static let errCurrentPassphraseUnavailable = Localized(
        en: "This needs the current passphrase, even while the vault is unlocked: there is no terminal to ask it on, and MELDBOEK_PASSPHRASE, MELDBOEK_PASSPHRASE_FILE and MELDBOEK_PASSPHRASE_COMMAND are not set.",
        nl: "Hiervoor is de huidige wachtwoordzin nodig, ook als de kluis ontgrendeld is: er is geen terminal om ernaar te vragen, en MELDBOEK_PASSPHRASE, MELDBOEK_PASSPHRASE_FILE en MELDBOEK_PASSPHRASE_COMMAND zijn niet gezet.")

    static func errVaultSettingsDamaged(_ path: some CustomStringConvertible, _ setting: some CustomStringConvertible, _ value: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The key settings of the vault in \(path) are damaged or were altered: \(setting) is \(value), which Meldboek never writes.",
            nl: "De sleutelinstellingen van de kluis in \(path) zijn beschadigd of gewijzigd: \(setting) is \(value), wat Meldboek nooit schrijft.")
    }

    static func errVaultNotOwned(_ path: some CustomStringConvertible, _ owner: some CustomStringConvertible) -> Localized {
        Localized(
            en: "\(path) belongs to another user (uid \(owner)): Meldboek opens no vault that someone else can change.",
            nl: "\(path) is van een andere gebruiker (uid \(owner)): Meldboek opent geen kluis die iemand anders kan wijzigen.")
    }

    static func errVaultFileIsLink(_ path: some CustomStringConvertible) -> Localized {
        Localized(
            en: "\(path) is a symbolic link: Meldboek opens only the vault's own files, not a link to a file elsewhere.",
            nl: "\(path) is een symbolische koppeling: Meldboek opent alleen de eigen bestanden van de kluis, geen koppeling naar een bestand elders.")
    }

    static let ioNotFound = Localized(
        en: "no such file or folder",
        nl: "dat bestand of die map bestaat niet")

    static let ioPermissionDenied = Localized(
        en: "permission denied",
        nl: "geen toestemming")

    static let ioIsFolder = Localized(
        en: "this is a folder, not a file",
        nl: "dit is een map, geen bestand")

    static let ioNotARegularFile = Localized(
        en: "this is not an ordinary file but a pipe, device or socket",
        nl: "dit is geen gewoon bestand, maar een pipe, apparaat of socket")

    static let ioNotAFolder = Localized(
        en: "a part of the path is not a folder",
        nl: "een deel van het pad is geen map")

    static let ioNameTooLong = Localized(
        en: "the name is too long",
        nl: "de naam is te lang")

    static let ioTooManyLinks = Localized(
        en: "too many symbolic links in a row",
        nl: "te veel symbolische koppelingen achter elkaar")

    static let ioTooManyOpenFiles = Localized(
        en: "too many files are open",
        nl: "er zijn te veel bestanden geopend")

    static let ioInputOutput = Localized(
        en: "the disk could not be read or written (input/output error)",
        nl: "de schijf kon niet worden gelezen of beschreven (invoer-/uitvoerfout)")

    static func ioSystem(_ code: some CustomStringConvertible) -> Localized {
        Localized(
            en: "the system refused (error number \(code))",
            nl: "het systeem weigerde (foutnummer \(code))")
    }

    static let agentProblemKeyNotTaken = Localized(
        en: "it did not take the key",
        nl: "de agent nam de sleutel niet aan")

    static let agentProblemNoAnswer = Localized(
        en: "it did not answer within ten seconds",
        nl: "de agent antwoordde niet binnen tien seconden")

    static let agentProblemEnded = Localized(
        en: "it stopped before it was ready",
        nl: "de agent stopte voordat hij klaar was")

    static let agentProblemNoSocketFolder = Localized(
        en: "there is no private folder for its socket",
        nl: "er is geen privémap voor zijn socket")

    static let errAgeNotEncrypted = Localized(
        en: "This is not a file encrypted for Meldboek, or its header is damaged.",
        nl: "Dit is geen voor Meldboek versleuteld bestand, of de kop ervan is beschadigd.")

    static let errAgeDamaged = Localized(
        en: "The encrypted content is damaged or was altered; nothing was imported.",
        nl: "De versleutelde inhoud is beschadigd of gewijzigd; er is niets geïmporteerd.")

    static let errTarDamaged = Localized(
        en: "The archive inside the file is damaged or not as Meldboek writes it; nothing was imported.",
        nl: "Het archief in het bestand is beschadigd of niet zoals Meldboek het schrijft; er is niets geïmporteerd.")

    static let errMinisignFailed = Localized(
        en: "The signature does not verify; nothing was imported.",
        nl: "De handtekening klopt niet; er is niets geïmporteerd.")

    static let errSodiumUnavailable = Localized(
        en: "The encryption library could not start or had no memory.",
        nl: "De versleutelingsbibliotheek kon niet starten of had geen geheugen.")

    static let errSodiumDamaged = Localized(
        en: "Encrypted data is damaged or was altered.",
        nl: "Versleutelde gegevens zijn beschadigd of gewijzigd.")

    static let errSodiumMalformed = Localized(
        en: "A key or encoded value is malformed.",
        nl: "Een sleutel of gecodeerde waarde is ongeldig.")

    static let errUnexpected = Localized(
        en: "Meldboek stopped on an unexpected error.",
        nl: "Meldboek is gestopt door een onverwachte fout.")

    static let hintUnexpected = Localized(
        en: "Please report this to Meldboek's makers, with the command you ran but without private details.",
        nl: "Geef dit alsjeblieft door aan de makers van Meldboek, met de opdracht die je gaf maar zonder persoonlijke gegevens.")

    static let errOlderThanSeen = Localized(
        en: "This vault is older than, or went another way from, the one you last used on this account, so nothing was written.",
        nl: "Deze kluis is ouder dan de kluis die je op dit account het laatst gebruikte, of is daarvan afgesplitst; er is niets opgeslagen.")

    static let hintOlderThanSeen = Localized(
        en: "Find the newer vault first; if you put this copy back on purpose, 'meldboek verify --accept' checks it and goes on with it as it is.",
        nl: "Zoek eerst de nieuwere kluis; heb je deze kopie bewust teruggezet, dan controleert 'meldboek verify --accept' hem en ga je daarna met hem verder zoals hij is.")

    static func witErrJournalKeyMismatch(_ bundleId: some CustomStringConvertible, _ journalId: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Bundle \(bundleId) carries a checkpoint of journal \(journalId) signed with another key than the one this vault knows for that journal: refused.",
            nl: "Bundel \(bundleId) bevat een controlepunt van dagboek \(journalId) dat met een andere sleutel is ondertekend dan de sleutel die deze kluis voor dat dagboek kent: geweigerd.")
    }

    static let witHintJournalKeyMismatch = Localized(
        en: "A journal keeps its checkpoint key for life. A bundle that claims a known journal with another key was not made by that journal's owner.",
        nl: "Een dagboek houdt zijn sleutel voor controlepunten zijn hele leven. Een bundel die een bekend dagboek claimt met een andere sleutel, is niet gemaakt door de eigenaar van dat dagboek.")

    static let witErrWitnessHasEntries = Localized(
        en: "This file holds entries, not only a checkpoint.",
        nl: "Dit bestand bevat aantekeningen, niet alleen een controlepunt.")

    static let witHintWitnessHasEntries = Localized(
        en: "Import it with 'meldboek adviser import'.",
        nl: "Importeer het met 'meldboek adviser import'.")

    static let witErrNoEvidence = Localized(
        en: "This file carries no checkpoint to cosign (bundle format 1).",
        nl: "Dit bestand bevat geen controlepunt om mede te ondertekenen (bundelindeling 1).")

    static let witProblemCheckpointMalformed = Localized(
        en: "its checkpoint is not a well-formed signed checkpoint of a Meldboek journal",
        nl: "het controlepunt is geen correct ondertekend controlepunt van een Meldboek-dagboek")

    static let witProblemCheckpointSignature = Localized(
        en: "its checkpoint is not signed by the checkpoint key the manifest names",
        nl: "het controlepunt is niet ondertekend met de sleutel die het manifest noemt")

    static func witProblemRevisionNotProven(_ entry: some CustomStringConvertible, _ revision: some CustomStringConvertible) -> Localized {
        Localized(
            en: "version \(revision) of entry \(entry) is not in the signed checkpoint: its disclosure or its inclusion proof does not check",
            nl: "versie \(revision) van aantekening \(entry) zit niet in het ondertekende controlepunt: de onthulling of het bewijs van opname klopt niet")
    }

    static func witProblemDisclosureMismatch(_ entry: some CustomStringConvertible, _ revision: some CustomStringConvertible, _ field: some CustomStringConvertible) -> Localized {
        Localized(
            en: "version \(revision) of entry \(entry) shows \(field) otherwise than its disclosure",
            nl: "versie \(revision) van aantekening \(entry) toont \(field) anders dan de onthulling")
    }

    static func witProblemPseudonymConflict(_ pseudonym: some CustomStringConvertible) -> Localized {
        Localized(
            en: "the pseudonym \(pseudonym) does not stand for one and the same hidden name throughout the bundle",
            nl: "het pseudoniem \(pseudonym) staat niet in de hele bundel voor één en dezelfde verborgen naam")
    }

    static let witProblemConsistencyMalformed = Localized(
        en: "its consistency proof is not well formed",
        nl: "het bewijs van samenhang is niet correct opgebouwd")

    static let witProblemCosignatureInvalid = Localized(
        en: "its cosignature does not verify",
        nl: "de medeondertekening klopt niet")

    static let witProblemCosignedUnknown = Localized(
        en: "it cosigns a checkpoint this journal did not sign",
        nl: "de medeondertekening geldt een controlepunt dat dit dagboek niet heeft ondertekend")

    static func logErrNeedsUpgrade(_ format: some CustomStringConvertible) -> Localized {
        Localized(
            en: "This vault is in format \(format) and keeps no commitment log yet.",
            nl: "Deze kluis heeft indeling \(format) en houdt nog geen vastleggingslogboek bij.")
    }

    static let logHintNeedsUpgrade = Localized(
        en: "Run 'meldboek upgrade' (it asks for your passphrase); proof of when the entries already written were written starts then.",
        nl: "Gebruik 'meldboek upgrade' (daarbij wordt om je wachtwoordzin gevraagd); het bewijs van wanneer de bestaande aantekeningen geschreven zijn, begint dan.")

    static let logErrMelderOnly = Localized(
        en: "Only a melder's journal keeps a commitment log and signs checkpoints.",
        nl: "Alleen het dagboek van een melder houdt een vastleggingslogboek bij en ondertekent controlepunten.")

    static let logErrDamaged = Localized(
        en: "The commitment log does not match the journal, so no checkpoint was signed.",
        nl: "Het vastleggingslogboek klopt niet met het dagboek, dus er is geen controlepunt ondertekend.")

    static func logErrUnknownCheckpoint(_ size: some BinaryInteger) -> Localized {
        Localized(
            en: "That checkpoint (over \(Localized.records(size).en)) is not one of this journal's: its root does not match the commitment log.",
            nl: "Dat controlepunt (over \(Localized.records(size).nl)) hoort niet bij dit dagboek: de wortel klopt niet met het vastleggingslogboek.")
    }

    static func evidenceFormatNoteTooLarge(_ limit: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The signed note is larger than Meldboek reads (\(limit) bytes).",
            nl: "De ondertekende notitie is groter dan Meldboek leest (\(limit) bytes).")
    }

    static let evidenceFormatNoteNotText = Localized(
        en: "The signed note is not plain UTF-8 text, or holds control characters.",
        nl: "De ondertekende notitie is geen gewone UTF-8-tekst, of bevat stuurtekens.")

    static let evidenceFormatNoteUnsigned = Localized(
        en: "The signed note has no signature lines after a blank line.",
        nl: "De ondertekende notitie heeft geen handtekeningregels na een lege regel.")

    static func evidenceFormatNoteSignatureLineMalformed(_ text: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Signature line \(text) of the signed note is malformed.",
            nl: "Handtekeningregel \(text) van de ondertekende notitie is onjuist opgebouwd.")
    }

    static func evidenceFormatNoteTooManySignatures(_ limit: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The signed note has more than \(limit) signature lines.",
            nl: "De ondertekende notitie heeft meer dan \(limit) handtekeningregels.")
    }

    static func evidenceFormatNoteSignatureMissing(_ key: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The signed note has no signature by the key \(key).",
            nl: "De ondertekende notitie heeft geen handtekening van de sleutel \(key).")
    }

    static func evidenceFormatNoteSignatureInvalid(_ key: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The signature by the key \(key) doesn't verify: the note was changed, or not signed by that key.",
            nl: "De handtekening van de sleutel \(key) klopt niet: de notitie is gewijzigd, of niet met die sleutel ondertekend.")
    }

    static let evidenceFormatVerifierKeyMalformed = Localized(
        en: "The key is not a verifier key of the form name+key ID+key, or its key ID doesn't match it.",
        nl: "De sleutel is geen verificatiesleutel van de vorm naam+sleutel-ID+sleutel, of de sleutel-ID past er niet bij.")

    static let evidenceFormatCheckpointMalformed = Localized(
        en: "The checkpoint is not an origin line, a tree size and a root hash.",
        nl: "Het controlepunt bestaat niet uit een herkomstregel, een boomgrootte en een wortelhash.")

    static func evidenceFormatCheckpointWrongOrigin(_ origin: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The checkpoint belongs to another journal: \(origin).",
            nl: "Het controlepunt hoort bij een ander dagboek: \(origin).")
    }

    static func evidenceFormatCosignatureMalformed(_ key: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The cosignature by \(key) is malformed.",
            nl: "De medeondertekening van \(key) is onjuist opgebouwd.")
    }

    static let evidenceFormatProofMalformed = Localized(
        en: "The inclusion proof is not laid out as c2sp.org/tlog-proof requires.",
        nl: "Het insluitingsbewijs is niet opgebouwd zoals c2sp.org/tlog-proof voorschrijft.")

    static func evidenceFormatProofDoesNotVerify(_ index: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The inclusion proof for leaf \(index) doesn't lead to the checkpoint's root: the revision or the proof was changed.",
            nl: "Het insluitingsbewijs voor blad \(index) leidt niet naar de wortel van het controlepunt: de versie of het bewijs is gewijzigd.")
    }

    static let evidenceFormatDisclosureMalformed = Localized(
        en: "The disclosure of a revision is malformed.",
        nl: "De vrijgave van een versie is onjuist opgebouwd.")

    static func evidenceFormatPseudonymAmbiguous(_ pseudonym: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The pseudonym \(pseudonym) stands for two different names, or one name stands under two pseudonyms.",
            nl: "Het pseudoniem \(pseudonym) staat voor twee verschillende namen, of één naam staat onder twee pseudoniemen.")
    }

    static func evidenceFormatRedactionPhraseInvalid(_ phrase: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The name to hide, \(phrase), must begin and end with a letter or digit, and have a pseudonym.",
            nl: "De te verbergen naam \(phrase) moet met een letter of cijfer beginnen en eindigen, en een pseudoniem hebben.")
    }

    static let evidenceFormatStampNotForCheckpoint = Localized(
        en: "A timestamp does not stamp this checkpoint as the journal signed it.",
        nl: "Een tijdstempel hoort niet bij dit controlepunt zoals het dagboek het ondertekende.")

    static func anchorErrNotGranted(_ status: some CustomStringConvertible, _ text: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The timestamp authority did not grant the request (status \(status): \(text)).",
            nl: "De tijdstempeldienst heeft het verzoek niet ingewilligd (status \(status): \(text)).")
    }

    static func anchorErrNotGrantedBare(_ status: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The timestamp authority did not grant the request (status \(status)).",
            nl: "De tijdstempeldienst heeft het verzoek niet ingewilligd (status \(status)).")
    }

    static let anchorErrOtherRequest = Localized(
        en: "This timestamp reply answers another request than the one Meldboek is waiting for.",
        nl: "Dit tijdstempelantwoord hoort bij een ander verzoek dan het verzoek waarop Meldboek wacht.")

    static let anchorErrWrongNonce = Localized(
        en: "This timestamp reply is for the same checkpoint but for an earlier request: it may be an old reply sent again.",
        nl: "Dit tijdstempelantwoord is voor hetzelfde controlepunt maar voor een eerder verzoek: misschien is een oud antwoord opnieuw ingestuurd.")

    static let anchorErrWrongImprint = Localized(
        en: "This timestamp reply names the request but timestamps other data than the checkpoint.",
        nl: "Dit tijdstempelantwoord noemt het verzoek, maar stempelt andere gegevens dan het controlepunt.")

    static let anchorErrUntrustedChain = Localized(
        en: "The timestamp authority's certificate does not lead to a root certificate you trust.",
        nl: "Het certificaat van de tijdstempeldienst leidt niet naar een basiscertificaat dat je vertrouwt.")

    static let anchorHintUntrustedChain = Localized(
        en: "Give the authority's CA certificate with --ca FILE (a PEM file from its website).",
        nl: "Geef het CA-certificaat van de dienst mee met --ca BESTAND (een PEM-bestand van zijn website).")

    static func anchorErrCertificateExpired(_ subject: some CustomStringConvertible, _ notAfter: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The certificate of \(subject) had expired on \(notAfter) when this timestamp was made.",
            nl: "Het certificaat van \(subject) was op \(notAfter) verlopen toen deze tijdstempel werd gezet.")
    }

    static func anchorErrCertificateNotYetValid(_ subject: some CustomStringConvertible, _ notBefore: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The certificate of \(subject) was not yet valid when this timestamp was made (valid from \(notBefore)).",
            nl: "Het certificaat van \(subject) was nog niet geldig toen deze tijdstempel werd gezet (geldig vanaf \(notBefore)).")
    }

    static let anchorErrNotTimestampCertificate = Localized(
        en: "The timestamp reply is signed with a certificate that is not meant for timestamps.",
        nl: "Het tijdstempelantwoord is ondertekend met een certificaat dat niet voor tijdstempels bedoeld is.")

    static let anchorErrBadSignature = Localized(
        en: "The timestamp reply's signature doesn't verify: the reply was changed or was not signed by the authority.",
        nl: "De handtekening van het tijdstempelantwoord klopt niet: het antwoord is gewijzigd of niet door de dienst ondertekend.")

    static func anchorErrTimeInFuture(_ genTime: some CustomStringConvertible) -> Localized {
        Localized(
            en: "The timestamp's time (\(genTime)) lies in the future.",
            nl: "De tijd van de tijdstempel (\(genTime)) ligt in de toekomst.")
    }

    static let anchorHintTimeInFuture = Localized(
        en: "Check this computer's clock and its time zone.",
        nl: "Controleer de klok en de tijdzone van deze computer.")

    static let anchorErrUnsupportedAlgorithm = Localized(
        en: "The timestamp reply uses a signature or hash algorithm Meldboek does not check.",
        nl: "Het tijdstempelantwoord gebruikt een handtekening- of hashalgoritme dat Meldboek niet controleert.")

    static let anchorErrMalformed = Localized(
        en: "This file is not a timestamp reply (RFC 3161, in DER).",
        nl: "Dit bestand is geen tijdstempelantwoord (RFC 3161, in DER).")

    static let anchorErrProofMalformed = Localized(
        en: "This file is not an OpenTimestamps proof Meldboek can read.",
        nl: "Dit bestand is geen OpenTimestamps-bewijs dat Meldboek kan lezen.")

    static let anchorErrProofForOtherFile = Localized(
        en: "This OpenTimestamps proof is for another file than the checkpoint Meldboek wrote.",
        nl: "Dit OpenTimestamps-bewijs hoort bij een ander bestand dan het controlepunt dat Meldboek schreef.")

    static let anchorErrRootsUnreadable = Localized(
        en: "The file of trusted certificates holds no certificate Meldboek can read.",
        nl: "Het bestand met vertrouwde certificaten bevat geen certificaat dat Meldboek kan lezen.")

    static let anchorErrNothingOutstanding = Localized(
        en: "No checkpoint is waiting for a timestamp: none was anchored yet.",
        nl: "Er wacht geen controlepunt op een tijdstempel: er is nog niets verankerd.")

    static let anchorHintNothingOutstanding = Localized(
        en: "Run meldboek anchor --out FOLDER first, then send the request it writes.",
        nl: "Voer eerst meldboek anchor --out MAP uit en verstuur dan het verzoek dat het schrijft.")

    static let anchorErrAlreadyImported = Localized(
        en: "This timestamp is already in the journal.",
        nl: "Deze tijdstempel staat al in het dagboek.")
}

// The recovery code's errors.
extension Localized {
    static func errRecoveryCodeWordCount(_ found: Int) -> Localized {
        let typed = Localized.counted(found, en: ("word", "words"), nl: ("woord", "woorden"))
        return Localized(
            en: "A recovery code has 12 words; this one has \(typed.en).",
            nl: "Een herstelcode heeft 12 woorden; deze heeft er \(typed.nl).")
    }

    static func errRecoveryCodeUnknownWord(_ position: Int) -> Localized {
        Localized(
            en: "Word \(position) of the recovery code is not a word of the list recovery codes are written in.",
            nl: "Woord \(position) van de herstelcode komt niet voor in de woordenlijst van herstelcodes.")
    }

    static let hintRecoveryCodeWords = Localized(
        en: "Type the words as written down, in order; the first four letters of each are enough.",
        nl: "Typ de woorden zoals je ze hebt opgeschreven, op volgorde; de eerste vier letters van elk woord zijn genoeg.")

    static let errRecoveryCodeMistyped = Localized(
        en: "These words are not a recovery code: one of them is probably mistyped, or two are swapped.",
        nl: "Deze woorden vormen geen herstelcode: waarschijnlijk is een woord verkeerd getypt, of staan er twee verwisseld.")

    static let errWrongRecoveryCode = Localized(
        en: "This recovery code does not open this vault.",
        nl: "Deze herstelcode opent deze kluis niet.")

    static let hintWrongRecoveryCode = Localized(
        en: "It may belong to another vault, or have been replaced by a newer code ('meldboek recovery create').",
        nl: "Misschien hoort hij bij een andere kluis, of is hij vervangen door een nieuwere code ('meldboek recovery create').")

    static let errNoRecoveryCode = Localized(
        en: "This vault has no recovery code.",
        nl: "Deze kluis heeft geen herstelcode.")

    static let hintNoRecoveryCode = Localized(
        en: "'meldboek recovery create' makes one, with the passphrase.",
        nl: "'meldboek recovery create' maakt er een, met de wachtwoordzin.")

    static let errRecoveryCodeUnavailable = Localized(
        en: "No recovery code to read: no terminal to ask it on, and MELDBOEK_RECOVERY_CODE and MELDBOEK_RECOVERY_CODE_FILE are not set.",
        nl: "Geen herstelcode om te lezen: geen terminal om hem te vragen, en MELDBOEK_RECOVERY_CODE en MELDBOEK_RECOVERY_CODE_FILE zijn niet gezet.")

    static let errRecoveryCodeNotConfirmed = Localized(
        en: "The words typed back did not match the recovery code; nothing was kept.",
        nl: "De teruggetypte woorden kwamen niet overeen met de herstelcode; er is niets bewaard.")

    static let hintRecoveryCodeNotConfirmed = Localized(
        en: "Run the command again; it shows a new code to write down.",
        nl: "Voer de opdracht opnieuw uit; je krijgt dan een nieuwe code om op te schrijven.")

    static let errKeySlotsDamaged = Localized(
        en: "The key file in the sync folder is damaged or was altered: it can't open this journal.",
        nl: "Het sleutelbestand in de synchronisatiemap is beschadigd of gewijzigd: het kan dit dagboek niet openen.")

    static let errRecoverySlotDamaged = Localized(
        en: "The vault's recovery code is damaged or was altered: it can't be used.",
        nl: "De herstelcode in de kluis is beschadigd of gewijzigd: hij is niet te gebruiken.")

    static let hintRecoverySlotDamaged = Localized(
        en: "Open the vault with the passphrase and make a new code with 'meldboek recovery create'.",
        nl: "Open de kluis met de wachtwoordzin en maak een nieuwe code met 'meldboek recovery create'.")

    static func errRecoveryShareWordCount(share: Int, found: Int) -> Localized {
        let typed = Localized.counted(found, en: ("word", "words"), nl: ("woord", "woorden"))
        return Localized(
            en: "Share \(share) has \(typed.en); a share of a recovery code has 20.",
            nl: "Deel \(share) heeft \(typed.nl); een deel van een herstelcode heeft er 20.")
    }

    static func errRecoveryShareUnknownWord(share: Int, position: Int) -> Localized {
        Localized(
            en: "Word \(position) of share \(share) is not a word of the list shares are written in.",
            nl: "Woord \(position) van deel \(share) komt niet voor in de woordenlijst van de delen.")
    }

    static func errRecoveryShareMistyped(share: Int) -> Localized {
        Localized(
            en: "Share \(share) is not a valid share: one of its words is probably mistyped, or two are swapped.",
            nl: "Deel \(share) is geen geldig deel: waarschijnlijk is een woord verkeerd getypt, of staan er twee verwisseld.")
    }

    static func errRecoveryShareMalformed(share: Int) -> Localized {
        Localized(
            en: "Share \(share) has a valid checksum but is not a share Meldboek can read.",
            nl: "Deel \(share) heeft een kloppende controlesom, maar is geen deel dat Meldboek kan lezen.")
    }

    static let errRecoveryShareFromOtherSplit = Localized(
        en: "This share belongs to another split than the shares before it.",
        nl: "Dit deel hoort bij een andere verdeling dan de delen ervoor.")

    static let hintRecoveryShareFromOtherSplit = Localized(
        en: "Shares of one split start with the same two words. Every 'meldboek recovery split' makes a new set, and shares of two sets don't mix.",
        nl: "Delen van één verdeling beginnen met dezelfde twee woorden. Elke 'meldboek recovery split' maakt een nieuwe reeks, en delen uit twee reeksen gaan niet samen.")

    static func errRecoveryShareRepeated(member: Int) -> Localized {
        Localized(
            en: "Share number \(member) was given twice.",
            nl: "Deel nummer \(member) is twee keer gegeven.")
    }

    static let hintRecoveryShareRepeated = Localized(
        en: "Give a share that someone else holds.",
        nl: "Geef een deel dat iemand anders bewaart.")

    static func errRecoverySharesTooFew(found: Int, needed: Int) -> Localized {
        let given = Localized.counted(found, en: ("share was", "shares were"), nl: ("deel is", "delen zijn"))
        return needed > 0
            ? Localized(
                en: "Only \(given.en) given; this split needs \(needed).",
                nl: "Er \(given.nl) gegeven, maar deze verdeling heeft er \(needed) nodig.")
            : Localized(
                en: "Only \(given.en) given; this split needs more.",
                nl: "Er \(given.nl) gegeven, maar deze verdeling heeft er meer nodig.")
    }

    static let hintRecoverySharesTooFew = Localized(
        en: "One share alone opens nothing: ask the other holders for theirs.",
        nl: "Eén deel alleen opent niets: vraag de andere bewaarders om het hunne.")

    static let errRecoverySharesDontFit = Localized(
        en: "These shares belong to one split but don't fit together: at least one of them was altered.",
        nl: "Deze delen horen bij één verdeling, maar passen niet bij elkaar: minstens één ervan is gewijzigd.")

    static let errRecoverySharesNotACode = Localized(
        en: "These shares hold something other than a Meldboek recovery code.",
        nl: "Deze delen bevatten iets anders dan een herstelcode van Meldboek.")

    static let errRecoverySharesWrongCode = Localized(
        en: "These shares make a recovery code that does not open this vault.",
        nl: "Deze delen vormen een herstelcode die deze kluis niet opent.")

    static let hintRecoverySharesWrongCode = Localized(
        en: "They may belong to another vault, or the code was replaced after they were made: 'meldboek recovery create' makes all older shares useless.",
        nl: "Misschien horen ze bij een andere kluis, of is de code vervangen nadat ze zijn gemaakt: 'meldboek recovery create' maakt alle oudere delen onbruikbaar.")

    static let errRecoverySharesUnavailable = Localized(
        en: "No recovery shares to read: no terminal to ask them on, and MELDBOEK_RECOVERY_SHARES_FILE is not set.",
        nl: "Geen delen van de herstelcode om te lezen: geen terminal om ze te vragen, en MELDBOEK_RECOVERY_SHARES_FILE is niet gezet.")
}
