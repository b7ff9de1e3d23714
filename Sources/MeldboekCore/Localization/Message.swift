// Every message, label and help text, in English and Dutch.
// Each case must be given in both languages: a missing translation does not compile.

/// A piece of text the interface shows; `{1}`, `{2}`, … stand for arguments.
public enum Message: String, CaseIterable, Sendable {
    case rootAbstract
    case initAbstract
    case addAbstract
    case listAbstract
    case showAbstract
    case amendAbstract
    case searchAbstract
    case tagAbstract
    case attachAbstract
    case attachmentAbstract
    case attachmentSaveAbstract
    case deleteAbstract
    case passwdAbstract
    case verifyAbstract
    case exportAbstract
    case helpVault
    case helpLang
    case helpJSON
    case helpKDF
    case helpTitle
    case helpWhen
    case helpWhenApprox
    case helpWhere
    case helpPerson
    case helpWitness
    case helpCategory
    case helpTag
    case helpImpact
    case helpAction
    case helpText
    case helpStdin
    case helpEditor
    case helpAttach
    case helpAppend
    case helpRemovePerson
    case helpRemoveWitness
    case helpRemoveCategory
    case helpRemoveTag
    case helpSince
    case helpUntil
    case helpFilterCategory
    case helpFilterPerson
    case helpFilterTag
    case helpLimit
    case helpID
    case helpHistory
    case helpSearchWords
    case helpTags
    case helpRemove
    case helpFiles
    case helpAttachmentName
    case helpOut
    case helpYes
    case helpFormat
    case vaultCreated
    case vaultCreatedHint
    case entryAdded
    case entryAmended
    case nothingChanged
    case attached
    case attachmentSaved
    case deleteConfirm
    case deleted
    case passphraseChanged
    case askPassphrase
    case askNewPassphrase
    case askRepeatPassphrase
    case verifyOK
    case verifyFailed
    case problemAltered
    case problemOutOfChain
    case problemMissing
    case problemReappeared
    case problemHead
    case problemAttachment
    case ofEntry
    case noEntries
    case plaintextWarning
    case exported
    case unreadableWarning
    case labelEntry
    case labelTitle
    case labelWhen
    case labelRecorded
    case labelAmended
    case labelWhere
    case labelPeople
    case labelWitnesses
    case labelCategories
    case labelTags
    case labelNarrative
    case labelImpact
    case labelActions
    case labelAttachments
    case labelVersion
    case labelVersions
    case labelDateUnknown
    case exportTitle
    case exportedAt
    case errVaultMissing
    case hintVaultMissing
    case errVaultExists
    case errNotAVault
    case errNewerFormat
    case hintNewerFormat
    case errWrongPassphrase
    case errPassphraseUnavailable
    case errPassphraseMismatch
    case errPassphraseEmpty
    case errPassphraseCommand
    case errEntryNotFound
    case hintEntryNotFound
    case errEntryAmbiguous
    case hintEntryAmbiguous
    case errAttachmentNotFound
    case errAttachmentExists
    case hintAttachmentExists
    case errUnknownCategory
    case hintUnknownCategory
    case errUnknownRole
    case hintUnknownRole
    case errUnreadableDate
    case hintUnreadableDate
    case errNothingToRecord
    case errRecordCorrupt
    case hintVerify
    case errUnreadableRecords
    case errAttachmentCorrupt
    case errReadOnly
    case errDiskFull
    case errIO
    case errNoTmpfs
    case hintNoTmpfs
    case errEditorFailed
    case errCancelled
    case errCrypto
    case errStorage
    case errConfirmNeedsTerminal
    case hintConfirmNeedsTerminal
    case errInput
    case errOneNarrativeSource
    case errWhenTwice
    case errBadLimit

    /// The English text.
    public var en: String {
        switch self {
        case .rootAbstract: "An encrypted journal for unwanted behaviour at work."
        case .initAbstract: "Create a new encrypted vault."
        case .addAbstract: "Record a new incident."
        case .listAbstract: "List entries, oldest first."
        case .showAbstract: "Show one entry."
        case .amendAbstract: "Add to or correct an entry; every earlier version is kept."
        case .searchAbstract: "Search every field of every entry, ignoring case and accents."
        case .tagAbstract: "Add or remove tags on an entry."
        case .attachAbstract: "Attach files to an entry, encrypted."
        case .attachmentAbstract: "Work with attachments."
        case .attachmentSaveAbstract: "Save an attachment to a file, byte for byte."
        case .deleteAbstract: "Delete an entry and all its versions for good."
        case .passwdAbstract: "Change the vault's passphrase."
        case .verifyAbstract: "Check every record, the hash chain and every attachment."
        case .exportAbstract: "Export entries in readable form (JSON or Markdown) for your own use."
        case .helpVault: "The vault folder (default: $MELDBOEK_VAULT, else the XDG data folder)."
        case .helpLang: "The language to use: nl or en (default: from the locale)."
        case .helpJSON: "Print JSON instead of text."
        case .helpKDF: "How hard to stretch the passphrase: interactive, moderate or sensitive."
        case .helpTitle: "A short title."
        case .helpWhen: "When it happened: a date or time, or words such as \"gisteren 14:00\", \"yesterday 2pm\" or \"3 days ago\"."
        case .helpWhenApprox: "When it happened, in your own words, when you are not sure (\"voorjaar 2024\")."
        case .helpWhere: "Where it happened."
        case .helpPerson: "Someone involved, as NAME or NAME:ROLE (manager, colleague, client, report, other); repeat for more."
        case .helpWitness: "A witness; repeat for more."
        case .helpCategory: "The kind of behaviour: sexual-harassment, aggression, discrimination, bullying, integrity, other or not-sure; repeat for more."
        case .helpTag: "A tag of your own; repeat for more."
        case .helpImpact: "How it affected you."
        case .helpAction: "What you did afterwards, or the route you chose."
        case .helpText: "What happened."
        case .helpStdin: "Read what happened from standard input."
        case .helpEditor: "Write what happened in your editor ($VISUAL or $EDITOR), through a file kept in memory."
        case .helpAttach: "A file to attach; repeat for more."
        case .helpAppend: "Text to add to what happened, as a new paragraph."
        case .helpRemovePerson: "Remove someone involved, by name."
        case .helpRemoveWitness: "Remove a witness, by name."
        case .helpRemoveCategory: "Remove a kind of behaviour."
        case .helpRemoveTag: "Remove a tag."
        case .helpSince: "Only entries from this date on."
        case .helpUntil: "Only entries up to and including this date."
        case .helpFilterCategory: "Only entries of this kind of behaviour; repeat for more."
        case .helpFilterPerson: "Only entries involving someone whose name contains this; repeat for more."
        case .helpFilterTag: "Only entries with this tag; repeat for more."
        case .helpLimit: "Show only the most recent N."
        case .helpID: "The entry's id, or a unique part of it (at least 4 hex digits)."
        case .helpHistory: "Show every version with when it was recorded."
        case .helpSearchWords: "The words to find; every one must occur."
        case .helpTags: "The tags."
        case .helpRemove: "Remove these tags instead of adding them."
        case .helpFiles: "The files to attach."
        case .helpAttachmentName: "The attachment's name, as 'show' lists it."
        case .helpOut: "The file to write."
        case .helpYes: "Don't ask for confirmation."
        case .helpFormat: "The format: json or markdown."
        case .vaultCreated: "Created a new vault in {1}."
        case .vaultCreatedHint: "Keep your passphrase safe: without it nobody, not even you, can read this journal."
        case .entryAdded: "Added entry {1}."
        case .entryAmended: "Entry {1} amended: version {2}."
        case .nothingChanged: "Nothing changed, so no new version was written."
        case .attached: "Attached {1} to entry {2}."
        case .attachmentSaved: "Saved {1} to {2} ({3} bytes, SHA-256 {4})."
        case .deleteConfirm: "Delete entry {1} \"{2}\" with all its {3} version(s) and {4} attachment(s) for good? This can't be undone. [y/N] "
        case .deleted: "Deleted entry {1} for good."
        case .passphraseChanged: "Passphrase changed. The old passphrase no longer opens this vault; copies of the vault made before still open with it."
        case .askPassphrase: "Passphrase: "
        case .askNewPassphrase: "New passphrase: "
        case .askRepeatPassphrase: "Repeat the passphrase: "
        case .verifyOK: "Vault intact: {1} records, {2} entries, {3} attachments and {4} deletion(s) checked."
        case .verifyFailed: "Vault damaged: {1} problem(s) found; everything else is readable."
        case .problemAltered: "record {1} (id {2}): altered or corrupt, it can't be read"
        case .problemOutOfChain: "record {1}{2}: doesn't follow the record before it (inserted, moved, or a record before it removed)"
        case .problemMissing: "record {1}: missing, removed without a trace in the chain"
        case .problemReappeared: "record {1}: was deleted but is back"
        case .problemHead: "the chain should end at record {1} but ends at {2}: records cut off or added at the end"
        case .problemAttachment: "entry {1}, attachment {2}: content missing, altered or not matching its hash"
        case .ofEntry: " (entry {1})"
        case .noEntries: "No entries."
        case .plaintextWarning: "Warning: {1} holds entries in readable form. Keep it safe and delete it when you no longer need it."
        case .exported: "Exported {1} entries to {2}."
        case .unreadableWarning: "Warning: {1} record(s) could not be read; 'meldboek verify' says which."
        case .labelEntry: "Entry"
        case .labelTitle: "Title"
        case .labelWhen: "When"
        case .labelRecorded: "Recorded"
        case .labelAmended: "Last amended"
        case .labelWhere: "Where"
        case .labelPeople: "People involved"
        case .labelWitnesses: "Witnesses"
        case .labelCategories: "Kind of behaviour"
        case .labelTags: "Tags"
        case .labelNarrative: "What happened"
        case .labelImpact: "How it affected you"
        case .labelActions: "Actions taken"
        case .labelAttachments: "Attachments"
        case .labelVersion: "Version {1}, recorded {2}"
        case .labelVersions: "Versions"
        case .labelDateUnknown: "date unknown"
        case .exportTitle: "Meldboek: exported entries"
        case .exportedAt: "Exported {1}. This file is not encrypted."
        case .errVaultMissing: "no vault at {1}"
        case .hintVaultMissing: "create one with 'meldboek init', or name another with --vault"
        case .errVaultExists: "a vault already exists in {1}"
        case .errNotAVault: "{1} is not a Meldboek vault"
        case .errNewerFormat: "this vault has format {1}, and this Meldboek reads up to format {2}"
        case .hintNewerFormat: "update Meldboek; the vault was left untouched"
        case .errWrongPassphrase: "wrong passphrase"
        case .errPassphraseUnavailable: "no passphrase: no terminal to ask on, and MELDBOEK_PASSPHRASE, MELDBOEK_PASSPHRASE_FILE and MELDBOEK_PASSPHRASE_COMMAND are not set"
        case .errPassphraseMismatch: "the passphrases don't match"
        case .errPassphraseEmpty: "the passphrase is empty"
        case .errPassphraseCommand: "the passphrase command failed (exit status {1})"
        case .errEntryNotFound: "no entry {1}"
        case .hintEntryNotFound: "'meldboek list' shows the ids"
        case .errEntryAmbiguous: "{1} matches {2} entries"
        case .hintEntryAmbiguous: "give more of the id"
        case .errAttachmentNotFound: "entry {1} has no attachment named {2}"
        case .errAttachmentExists: "the entry already has an attachment named {1}"
        case .hintAttachmentExists: "rename the file first"
        case .errUnknownCategory: "unknown kind of behaviour '{1}'"
        case .hintUnknownCategory: "use sexual-harassment, aggression, discrimination, bullying, integrity, other or not-sure"
        case .errUnknownRole: "unknown role '{1}'"
        case .hintUnknownRole: "use manager, colleague, client, report or other"
        case .errUnreadableDate: "can't read the date '{1}'"
        case .hintUnreadableDate: "try 2025-03-04, \"yesterday 2pm\", \"3 days ago\" or \"March 2025\"; for words of your own use --when-approx"
        case .errNothingToRecord: "nothing to record: give a --title or what happened (--text, --stdin or --editor)"
        case .errRecordCorrupt: "record {1} is altered or corrupt"
        case .hintVerify: "run 'meldboek verify' to see what is damaged; everything else stays readable"
        case .errUnreadableRecords: "{1} record(s) could not be read"
        case .errAttachmentCorrupt: "attachment {1} is damaged: its content doesn't match its hash"
        case .errReadOnly: "can't write to {1}: it is read-only"
        case .errDiskFull: "the disk is full; nothing was changed"
        case .errIO: "{1}: {2}"
        case .errNoTmpfs: "no memory-backed folder (tmpfs) for the editor's file, and it must not touch the disk"
        case .hintNoTmpfs: "use --text or --stdin, or set XDG_RUNTIME_DIR to a tmpfs folder"
        case .errEditorFailed: "the editor failed (exit status {1}); nothing was saved"
        case .errCancelled: "cancelled; nothing was changed"
        case .errCrypto: "cryptographic failure: {1}"
        case .errStorage: "database error: {1}"
        case .errConfirmNeedsTerminal: "confirmation needed, but there is no terminal to ask on"
        case .hintConfirmNeedsTerminal: "add --yes to confirm in a script"
        case .errInput: "{1}"
        case .errOneNarrativeSource: "give what happened in one way only: --text, --stdin or --editor"
        case .errWhenTwice: "give --when or --when-approx, not both"
        case .errBadLimit: "--limit must be a positive number"
        }
    }

    /// The Dutch text.
    public var nl: String {
        switch self {
        case .rootAbstract: "Een versleuteld dagboek voor ongewenst gedrag op het werk."
        case .initAbstract: "Maak een nieuwe versleutelde kluis."
        case .addAbstract: "Leg een nieuw incident vast."
        case .listAbstract: "Toon aantekeningen, oudste eerst."
        case .showAbstract: "Toon één aantekening."
        case .amendAbstract: "Vul een aantekening aan of verbeter haar; elke eerdere versie blijft bewaard."
        case .searchAbstract: "Zoek in alle velden van alle aantekeningen, ongeacht hoofdletters en accenten."
        case .tagAbstract: "Voeg labels toe aan een aantekening of haal ze weg."
        case .attachAbstract: "Voeg bestanden versleuteld toe aan een aantekening."
        case .attachmentAbstract: "Werk met bijlagen."
        case .attachmentSaveAbstract: "Sla een bijlage op als bestand, byte voor byte."
        case .deleteAbstract: "Verwijder een aantekening en al haar versies voorgoed."
        case .passwdAbstract: "Wijzig de wachtzin van de kluis."
        case .verifyAbstract: "Controleer elk record, de hashketen en elke bijlage."
        case .exportAbstract: "Exporteer aantekeningen leesbaar (JSON of Markdown) voor eigen gebruik."
        case .helpVault: "De map van de kluis (standaard: $MELDBOEK_VAULT, anders de XDG-gegevensmap)."
        case .helpLang: "De taal: nl of en (standaard: uit de locale)."
        case .helpJSON: "Geef JSON in plaats van tekst."
        case .helpKDF: "Hoe zwaar de wachtzin wordt uitgerekt: interactive, moderate of sensitive."
        case .helpTitle: "Een korte titel."
        case .helpWhen: "Wanneer het gebeurde: een datum of tijd, of woorden zoals \"gisteren 14:00\", \"vorige week dinsdag\" of \"maart 2025\"."
        case .helpWhenApprox: "Wanneer het gebeurde, in je eigen woorden, als je het niet precies weet (\"voorjaar 2024\")."
        case .helpWhere: "Waar het gebeurde."
        case .helpPerson: "Een betrokkene, als NAAM of NAAM:ROL (leidinggevende, collega, klant, ondergeschikte, anders); herhaal voor meer."
        case .helpWitness: "Een getuige; herhaal voor meer."
        case .helpCategory: "Het soort gedrag: seksuele-intimidatie, agressie, discriminatie, pesten, integriteit, anders of weet-niet; herhaal voor meer."
        case .helpTag: "Een eigen label; herhaal voor meer."
        case .helpImpact: "Wat het met je deed."
        case .helpAction: "Wat je daarna hebt gedaan, of welke weg je koos."
        case .helpText: "Wat er gebeurde."
        case .helpStdin: "Lees wat er gebeurde van standaardinvoer."
        case .helpEditor: "Schrijf wat er gebeurde in je editor ($VISUAL of $EDITOR), via een bestand dat in het geheugen blijft."
        case .helpAttach: "Een bestand om toe te voegen; herhaal voor meer."
        case .helpAppend: "Tekst om aan wat er gebeurde toe te voegen, als nieuwe alinea."
        case .helpRemovePerson: "Haal een betrokkene weg, op naam."
        case .helpRemoveWitness: "Haal een getuige weg, op naam."
        case .helpRemoveCategory: "Haal een soort gedrag weg."
        case .helpRemoveTag: "Haal een label weg."
        case .helpSince: "Alleen aantekeningen vanaf deze datum."
        case .helpUntil: "Alleen aantekeningen tot en met deze datum."
        case .helpFilterCategory: "Alleen aantekeningen over dit soort gedrag; herhaal voor meer."
        case .helpFilterPerson: "Alleen aantekeningen met iemand wiens naam dit bevat; herhaal voor meer."
        case .helpFilterTag: "Alleen aantekeningen met dit label; herhaal voor meer."
        case .helpLimit: "Toon alleen de laatste N."
        case .helpID: "Het id van de aantekening, of een uniek deel ervan (minstens 4 hexadecimale tekens)."
        case .helpHistory: "Toon elke versie met het moment waarop ze werd vastgelegd."
        case .helpSearchWords: "De woorden om te zoeken; elk woord moet voorkomen."
        case .helpTags: "De labels."
        case .helpRemove: "Haal deze labels weg in plaats van ze toe te voegen."
        case .helpFiles: "De bestanden om toe te voegen."
        case .helpAttachmentName: "De naam van de bijlage, zoals 'show' die toont."
        case .helpOut: "Het bestand om te schrijven."
        case .helpYes: "Vraag niet om bevestiging."
        case .helpFormat: "Het formaat: json of markdown."
        case .vaultCreated: "Nieuwe kluis gemaakt in {1}."
        case .vaultCreatedHint: "Bewaar je wachtzin goed: zonder wachtzin kan niemand, ook jij niet, dit dagboek lezen."
        case .entryAdded: "Aantekening {1} toegevoegd."
        case .entryAmended: "Aantekening {1} aangevuld: versie {2}."
        case .nothingChanged: "Er is niets veranderd, dus er is geen nieuwe versie geschreven."
        case .attached: "{1} toegevoegd aan aantekening {2}."
        case .attachmentSaved: "{1} opgeslagen in {2} ({3} bytes, SHA-256 {4})."
        case .deleteConfirm: "Aantekening {1} \"{2}\" met al haar {3} versie(s) en {4} bijlage(n) voorgoed verwijderen? Dit kan niet ongedaan worden gemaakt. [j/N] "
        case .deleted: "Aantekening {1} voorgoed verwijderd."
        case .passphraseChanged: "Wachtzin gewijzigd. De oude wachtzin opent deze kluis niet meer; eerder gemaakte kopieën van de kluis openen er nog wel mee."
        case .askPassphrase: "Wachtzin: "
        case .askNewPassphrase: "Nieuwe wachtzin: "
        case .askRepeatPassphrase: "Herhaal de wachtzin: "
        case .verifyOK: "Kluis in orde: {1} records, {2} aantekeningen, {3} bijlagen en {4} verwijdering(en) gecontroleerd."
        case .verifyFailed: "Kluis beschadigd: {1} probleem/problemen gevonden; al het andere is leesbaar."
        case .problemAltered: "record {1} (id {2}): gewijzigd of beschadigd, het is niet te lezen"
        case .problemOutOfChain: "record {1}{2}: sluit niet aan op het record ervoor (ingevoegd, verplaatst, of een eerder record verwijderd)"
        case .problemMissing: "record {1}: ontbreekt, verwijderd zonder spoor in de keten"
        case .problemReappeared: "record {1}: was verwijderd maar is terug"
        case .problemHead: "de keten hoort te eindigen bij record {1} maar eindigt bij {2}: records aan het eind weggehaald of toegevoegd"
        case .problemAttachment: "aantekening {1}, bijlage {2}: inhoud ontbreekt, is gewijzigd of klopt niet met de hash"
        case .ofEntry: " (aantekening {1})"
        case .noEntries: "Geen aantekeningen."
        case .plaintextWarning: "Let op: {1} bevat aantekeningen in leesbare vorm. Bewaar het veilig en verwijder het als je het niet meer nodig hebt."
        case .exported: "{1} aantekeningen geëxporteerd naar {2}."
        case .unreadableWarning: "Let op: {1} record(s) konden niet worden gelezen; 'meldboek verify' zegt welke."
        case .labelEntry: "Aantekening"
        case .labelTitle: "Titel"
        case .labelWhen: "Wanneer"
        case .labelRecorded: "Vastgelegd"
        case .labelAmended: "Laatst aangevuld"
        case .labelWhere: "Waar"
        case .labelPeople: "Betrokkenen"
        case .labelWitnesses: "Getuigen"
        case .labelCategories: "Soort gedrag"
        case .labelTags: "Labels"
        case .labelNarrative: "Wat er gebeurde"
        case .labelImpact: "Wat het met je deed"
        case .labelActions: "Ondernomen stappen"
        case .labelAttachments: "Bijlagen"
        case .labelVersion: "Versie {1}, vastgelegd {2}"
        case .labelVersions: "Versies"
        case .labelDateUnknown: "datum onbekend"
        case .exportTitle: "Meldboek: geëxporteerde aantekeningen"
        case .exportedAt: "Geëxporteerd op {1}. Dit bestand is niet versleuteld."
        case .errVaultMissing: "geen kluis in {1}"
        case .hintVaultMissing: "maak er een met 'meldboek init', of noem een andere met --vault"
        case .errVaultExists: "er staat al een kluis in {1}"
        case .errNotAVault: "{1} is geen Meldboek-kluis"
        case .errNewerFormat: "deze kluis heeft formaat {1}, en deze Meldboek leest tot en met formaat {2}"
        case .hintNewerFormat: "werk Meldboek bij; de kluis is niet aangeraakt"
        case .errWrongPassphrase: "verkeerde wachtzin"
        case .errPassphraseUnavailable: "geen wachtzin: geen terminal om naar te vragen, en MELDBOEK_PASSPHRASE, MELDBOEK_PASSPHRASE_FILE en MELDBOEK_PASSPHRASE_COMMAND zijn niet gezet"
        case .errPassphraseMismatch: "de wachtzinnen komen niet overeen"
        case .errPassphraseEmpty: "de wachtzin is leeg"
        case .errPassphraseCommand: "het wachtzincommando is mislukt (afsluitcode {1})"
        case .errEntryNotFound: "geen aantekening {1}"
        case .hintEntryNotFound: "'meldboek list' toont de ids"
        case .errEntryAmbiguous: "{1} past bij {2} aantekeningen"
        case .hintEntryAmbiguous: "geef meer van het id"
        case .errAttachmentNotFound: "aantekening {1} heeft geen bijlage met de naam {2}"
        case .errAttachmentExists: "de aantekening heeft al een bijlage met de naam {1}"
        case .hintAttachmentExists: "geef het bestand eerst een andere naam"
        case .errUnknownCategory: "onbekend soort gedrag '{1}'"
        case .hintUnknownCategory: "gebruik seksuele-intimidatie, agressie, discriminatie, pesten, integriteit, anders of weet-niet"
        case .errUnknownRole: "onbekende rol '{1}'"
        case .hintUnknownRole: "gebruik leidinggevende, collega, klant, ondergeschikte of anders"
        case .errUnreadableDate: "kan de datum '{1}' niet lezen"
        case .hintUnreadableDate: "probeer 2025-03-04, \"gisteren 14:00\", \"3 dagen geleden\" of \"maart 2025\"; voor eigen woorden gebruik je --when-approx"
        case .errNothingToRecord: "niets vast te leggen: geef een --title of wat er gebeurde (--text, --stdin of --editor)"
        case .errRecordCorrupt: "record {1} is gewijzigd of beschadigd"
        case .hintVerify: "gebruik 'meldboek verify' om te zien wat beschadigd is; al het andere blijft leesbaar"
        case .errUnreadableRecords: "{1} record(s) konden niet worden gelezen"
        case .errAttachmentCorrupt: "bijlage {1} is beschadigd: de inhoud klopt niet met de hash"
        case .errReadOnly: "kan niet schrijven naar {1}: alleen-lezen"
        case .errDiskFull: "de schijf is vol; er is niets veranderd"
        case .errIO: "{1}: {2}"
        case .errNoTmpfs: "geen map in het geheugen (tmpfs) voor het bestand van de editor, en het mag de schijf niet raken"
        case .hintNoTmpfs: "gebruik --text of --stdin, of zet XDG_RUNTIME_DIR op een tmpfs-map"
        case .errEditorFailed: "de editor is mislukt (afsluitcode {1}); er is niets opgeslagen"
        case .errCancelled: "geannuleerd; er is niets veranderd"
        case .errCrypto: "cryptografische fout: {1}"
        case .errStorage: "databasefout: {1}"
        case .errConfirmNeedsTerminal: "bevestiging nodig, maar er is geen terminal om het te vragen"
        case .hintConfirmNeedsTerminal: "voeg --yes toe om in een script te bevestigen"
        case .errInput: "{1}"
        case .errOneNarrativeSource: "geef wat er gebeurde op één manier: --text, --stdin of --editor"
        case .errWhenTwice: "geef --when of --when-approx, niet allebei"
        case .errBadLimit: "--limit moet een positief getal zijn"
        }
    }
}
