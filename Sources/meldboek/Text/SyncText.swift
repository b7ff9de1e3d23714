// SyncText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static let syncAbstract = Localized(
        en: "Keep this journal the same on several devices, through a folder a sync tool copies.",
        nl: "Houd dit dagboek gelijk op meerdere apparaten, via een map die een synchronisatieprogramma kopieert.")

    static let syncDiscussion = Localized(
        en: """
            Meldboek never sends anything itself. You choose a folder that Syncthing, Dropbox, a USB stick or any \
            other tool copies between your devices; 'meldboek sync init FOLDER' joins this vault to it, and \
            'meldboek sync join FOLDER' makes the vault on a second device (it asks for the passphrase, or with \
            --recovery-code for the recovery code). 'meldboek sync' then exchanges: it takes in what the other \
            devices wrote and writes what this one wrote. The vault's database itself is never in the folder; each \
            device writes only files of its own there, sealed with the vault key. Nothing is dropped: entries \
            written on two devices both appear, and an entry changed on two devices while apart keeps both versions \
            (show points it out; amend it to settle it). A deletion reaches every device.
            """,
        nl: """
            Meldboek verstuurt zelf nooit iets. Je kiest een map die Syncthing, Dropbox, een USB-stick of een ander \
            programma tussen je apparaten kopieert; 'meldboek sync init MAP' verbindt deze kluis ermee, en \
            'meldboek sync join MAP' maakt de kluis op een tweede apparaat (het vraagt om de wachtwoordzin, of met \
            --recovery-code om de herstelcode). Daarna wisselt 'meldboek sync' uit: het neemt over wat de andere \
            apparaten schreven en schrijft wat dit apparaat schreef. De database van de kluis staat nooit in de map; \
            elk apparaat schrijft daar alleen eigen bestanden, verzegeld met de sleutel van de kluis. Er gaat niets \
            verloren: aantekeningen van twee apparaten verschijnen allebei, en een aantekening die op twee \
            apparaten los van elkaar is gewijzigd houdt beide versies (show wijst dat aan; werk haar bij met amend \
            om te kiezen). Een verwijdering komt op elk apparaat aan.
            """)

    static let syncNowAbstract = Localized(
        en: "Exchange with the other devices now (what 'meldboek sync' does).",
        nl: "Wissel nu uit met de andere apparaten (wat 'meldboek sync' doet).")

    static let syncInitAbstract = Localized(
        en: "Join this vault to a sync folder, as its first device or one more.",
        nl: "Verbind deze kluis met een synchronisatiemap, als eerste apparaat of als extra apparaat.")

    static let syncJoinAbstract = Localized(
        en: "Make this device's vault from a sync folder another device joined.",
        nl: "Maak de kluis van dit apparaat uit een synchronisatiemap waarmee een ander apparaat verbonden is.")

    static let syncJoinDiscussion = Localized(
        en: """
            The new vault goes where --vault (or --adviser) says, which must not hold a vault yet. It opens with \
            the same passphrase as on the other device; with --recovery-code you type the recovery code instead \
            and choose a passphrase for this device.
            """,
        nl: """
            De nieuwe kluis komt waar --vault (of --adviser) aangeeft; daar mag nog geen kluis staan. Hij gaat open \
            met dezelfde wachtwoordzin als op het andere apparaat; met --recovery-code typ je in plaats daarvan de \
            herstelcode en kies je een wachtwoordzin voor dit apparaat.
            """)

    static let syncCompactAbstract = Localized(
        en: "Exchange, and rewrite this device's files so nothing of deleted entries is left in them.",
        nl: "Wissel uit en herschrijf de bestanden van dit apparaat, zodat er niets van verwijderde aantekeningen in overblijft.")

    static let syncStatusAbstract = Localized(
        en: "List the devices in the sync folder and how far each is taken in.",
        nl: "Toon de apparaten in de synchronisatiemap en hoe ver elk is overgenomen.")

    static let syncHelpFolder = Localized(
        en: "The sync folder (made if missing); never inside the vault's folder.",
        nl: "De synchronisatiemap (wordt gemaakt als hij ontbreekt); nooit binnen de map van de kluis.")

    static let syncHelpDeviceName = Localized(
        en: "What the other devices call this one; by default the computer's name.",
        nl: "Hoe de andere apparaten dit apparaat noemen; standaard de naam van de computer.")

    static let syncPlaceholderName = Localized(en: "name", nl: "naam")

    static let syncHelpJoinFolder = Localized(
        en: "The sync folder another device of the journal joined (sync init).",
        nl: "De synchronisatiemap waarmee een ander apparaat van het dagboek verbonden is (sync init).")

    static let syncHelpJoinKDF = Localized(
        en: "With --recovery-code: how hard the new passphrase is stretched (interactive, moderate, sensitive).",
        nl: "Met --recovery-code: hoe zwaar de nieuwe wachtwoordzin wordt uitgerekt (interactive, moderate, sensitive).")

    static let syncErrKDFWithoutCode = Localized(
        en: "--kdf goes with --recovery-code: joining with the passphrase keeps the other device's settings.",
        nl: "--kdf hoort bij --recovery-code: aansluiten met de wachtwoordzin houdt de instellingen van het andere apparaat.")

    static func syncErrAlreadyInFolder(_ path: String) -> Localized {
        Localized(en: "The folder \(path) already holds devices of this journal, and this vault has entries of its own: it is a copy of one of those devices, or one that left. Its records would all arrive twice.",
                  nl: "De map \(path) bevat al apparaten van dit dagboek, en deze kluis heeft al eigen aantekeningen: het is een kopie van een van die apparaten, of een apparaat dat is losgekoppeld. Al zijn records zouden dubbel aankomen.")
    }

    static let syncHintAlreadyInFolder = Localized(
        en: "Make this device's vault from the folder instead: 'meldboek sync join FOLDER --vault NEW-FOLDER'.",
        nl: "Maak de kluis van dit apparaat in plaats daarvan uit de map: 'meldboek sync join MAP --vault NIEUWE-MAP'.")

    static let syncHelpRecoveryCode = Localized(
        en: "Open with the recovery code instead of the passphrase, and choose a new passphrase.",
        nl: "Open met de herstelcode in plaats van de wachtwoordzin, en kies een nieuwe wachtwoordzin.")

    static let syncLeaveAbstract = Localized(
        en: "Unjoin this vault from its sync folder; its entries stay.",
        nl: "Koppel deze kluis los van de synchronisatiemap; de aantekeningen blijven.")

    static let syncLeaveDiscussion = Localized(
        en: """
            This device's files stay in the folder: the other devices took them in already and go on without it. \
            To sync this vault again, join it to a new, empty folder with 'meldboek sync init', and make the other \
            devices' vaults from that folder with 'meldboek sync join' into new vault folders; the same folder \
            would bring everything twice.
            """,
        nl: """
            De bestanden van dit apparaat blijven in de map: de andere apparaten hebben ze al overgenomen en gaan \
            zonder dit apparaat verder. Wil je deze kluis weer synchroniseren, verbind hem dan met een nieuwe, lege \
            map via 'meldboek sync init', en maak de kluizen van de andere apparaten uit die map met \
            'meldboek sync join' in nieuwe kluismappen; dezelfde map zou alles dubbel binnenbrengen.
            """)

    static func syncLeft(_ folder: String) -> Localized {
        Localized(en: "This vault is no longer joined to the sync folder \(folder); its entries are all still here.",
                  nl: "Deze kluis is niet meer verbonden met de synchronisatiemap \(folder); de aantekeningen staan er nog allemaal in.")
    }

    static let syncHelpAuto = Localized(
        en: "Exchange after every command that writes, as 'meldboek sync auto on' sets.",
        nl: "Wissel uit na elke opdracht die iets schrijft, zoals 'meldboek sync auto on' instelt.")

    static let syncAutoAbstract = Localized(
        en: "Exchange after every command that writes (on), or only when you run 'meldboek sync' (off).",
        nl: "Wissel uit na elke opdracht die iets schrijft (on), of alleen als je 'meldboek sync' typt (off).")

    static let syncHelpAutoSetting = Localized(
        en: "on or off (aan or uit).", nl: "on of off (aan of uit).")

    static func syncErrAutoSetting(_ given: String) -> Localized {
        Localized(en: "'\(given)' is not on or off.", nl: "'\(given)' is niet on of off.")
    }

    static let syncAutoOn = Localized(
        en: "Every command that writes now exchanges with the sync folder right after.",
        nl: "Elke opdracht die iets schrijft, wisselt nu direct daarna uit met de synchronisatiemap.")

    static let syncAutoOff = Localized(
        en: "Exchanges happen only when you run 'meldboek sync'.",
        nl: "Er wordt alleen uitgewisseld als je 'meldboek sync' typt.")

    static func syncAutoFailed(_ reason: String) -> Localized {
        Localized(en: "the automatic sync did not run: \(reason) What you wrote is saved; run 'meldboek sync' later.",
                  nl: "de automatische synchronisatie is niet gelukt: \(reason) Wat je schreef is opgeslagen; typ later 'meldboek sync'.")
    }

    static let syncErrDeviceName = Localized(
        en: "A device name is 1 to 64 characters, without control characters.",
        nl: "Een apparaatnaam is 1 tot 64 tekens lang, zonder stuurtekens.")

    static func syncJoinedFolder(_ folder: String, _ name: String) -> Localized {
        Localized(en: "This vault is now device '\(name)' of the sync folder \(folder).",
                  nl: "Deze kluis is nu apparaat '\(name)' van de synchronisatiemap \(folder).")
    }

    static let syncInitNext = Localized(
        en: "On another device: put the folder in the same sync tool, then run 'meldboek sync join FOLDER' there.",
        nl: "Op een ander apparaat: zet de map in hetzelfde synchronisatieprogramma en typ daar 'meldboek sync join MAP'.")

    static func syncJoinedNewVault(_ vault: String, _ folder: String, _ name: String) -> Localized {
        Localized(en: "Made the vault \(vault) as device '\(name)' of the sync folder \(folder).",
                  nl: "Kluis \(vault) gemaakt als apparaat '\(name)' van de synchronisatiemap \(folder).")
    }

    static func syncImported(_ count: Int, _ device: String) -> Localized {
        Localized(count: count,
                  one: Localized(en: "Took in 1 item from \(device).", nl: "1 onderdeel overgenomen van \(device)."),
                  other: Localized(en: "Took in \(count) items from \(device).",
                                   nl: "\(count) onderdelen overgenomen van \(device)."))
    }

    static func syncDeletionsApplied(_ count: Int) -> Localized {
        Localized(count: count,
                  one: Localized(en: "Removed 1 entry deleted on another device.",
                                 nl: "1 aantekening weggehaald die op een ander apparaat is verwijderd."),
                  other: Localized(en: "Removed \(count) entries deleted on another device.",
                                   nl: "\(count) aantekeningen weggehaald die op een ander apparaat zijn verwijderd."))
    }

    static func syncExported(_ count: Int) -> Localized {
        Localized(count: count,
                  one: Localized(en: "Wrote 1 item to the sync folder.", nl: "1 onderdeel naar de synchronisatiemap geschreven."),
                  other: Localized(en: "Wrote \(count) items to the sync folder.",
                                   nl: "\(count) onderdelen naar de synchronisatiemap geschreven."))
    }

    static let syncCompacted = Localized(
        en: "Rewrote this device's files without the content of deleted entries.",
        nl: "De bestanden van dit apparaat herschreven zonder de inhoud van verwijderde aantekeningen.")

    static let syncNothingNew = Localized(
        en: "Nothing new to exchange.", nl: "Niets nieuws om uit te wisselen.")

    static func syncIgnoredFile(_ path: String) -> Localized {
        Localized(en: "ignored \(path): no device of this journal wrote it (a conflict copy, a partial file or something put there by hand).",
                  nl: "\(path) genegeerd: geen apparaat van dit dagboek heeft het geschreven (een conflictkopie, een half bestand of iets wat er met de hand is neergezet).")
    }

    static func syncUnreadableHead(_ device: String) -> Localized {
        Localized(en: "the files of device \(device) don't open with this journal's key: damaged, altered or another journal's. Nothing of it was taken in.",
                  nl: "de bestanden van apparaat \(device) gaan niet open met de sleutel van dit dagboek: beschadigd, gewijzigd of van een ander dagboek. Er is niets van overgenomen.")
    }

    static func syncWentBack(_ device: String, _ had: Int64, _ found: Int64) -> Localized {
        let now = syncItems(found)
        let before = syncItems(had)
        return Localized(
            en: "device \(device) now has \(now.en) where \(before.en) were taken in before: its files went back to an older copy. Nothing of it was taken in; nothing here was undone.",
            nl: "apparaat \(device) heeft nu \(now.nl) waar er eerder \(before.nl) zijn overgenomen: zijn bestanden zijn teruggezet naar een oudere kopie. Er is niets van overgenomen en hier is niets teruggedraaid.")
    }

    static func syncHistoryChanged(_ device: String) -> Localized {
        Localized(en: "the items of device \(device) no longer follow on from what was taken in before: rewritten or altered. Nothing new of it was taken in; run 'meldboek verify' there.",
                  nl: "de onderdelen van apparaat \(device) sluiten niet meer aan op wat eerder is overgenomen: herschreven of gewijzigd. Er is niets nieuws van overgenomen; typ daar 'meldboek verify'.")
    }

    static func syncDamagedFile(_ device: String, _ file: String) -> Localized {
        Localized(en: "file \(file) of device \(device) is damaged or was altered. Nothing after it was taken in.",
                  nl: "bestand \(file) van apparaat \(device) is beschadigd of gewijzigd. Niets daarna is overgenomen.")
    }

    static func syncWaiting(_ device: String, _ files: Int) -> Localized {
        Localized(count: files,
                  one: Localized(en: "1 file of device \(device) has not arrived yet; the rest follows at the next sync.",
                                 nl: "1 bestand van apparaat \(device) is nog niet aangekomen; de rest volgt bij de volgende synchronisatie."),
                  other: Localized(en: "\(files) files of device \(device) have not arrived yet; the rest follows at the next sync.",
                                   nl: "\(files) bestanden van apparaat \(device) zijn nog niet aangekomen; de rest volgt bij de volgende synchronisatie."))
    }

    static func syncFork(_ entry: String, _ title: String, _ versions: Int) -> Localized {
        Localized(en: "Entry \(entry) (\(title)) has \(versions) versions written apart on different devices. All are kept; 'meldboek show --history \(entry)' shows them, and amending the entry settles it.",
                  nl: "Aantekening \(entry) (\(title)) heeft \(versions) versies die los van elkaar op verschillende apparaten zijn geschreven. Ze blijven allemaal bewaard; 'meldboek show --history \(entry)' toont ze, en de aantekening bijwerken lost het op.")
    }

    static func syncStatusFolder(_ folder: String) -> Localized {
        Localized(en: "Sync folder: \(folder)", nl: "Synchronisatiemap: \(folder)")
    }

    static func syncStatusOwnDevice(_ name: String, _ id: String, _ items: Int64, _ state: String) -> Localized {
        let count = syncItems(items)
        return Localized(en: "  \(name) (\(id), this device): \(count.en) written; \(state)",
                         nl: "  \(name) (\(id), dit apparaat): \(count.nl) geschreven; \(state)")
    }

    static func syncStatusOtherDevice(_ name: String, _ id: String, _ items: Int64, _ taken: Int64, _ state: String)
        -> Localized
    {
        let count = syncItems(items)
        return Localized(en: "  \(name) (\(id)): \(count.en), \(taken) taken in here; \(state)",
                         nl: "  \(name) (\(id)): \(count.nl), \(taken) hier overgenomen; \(state)")
    }

    static func syncItems(_ count: Int64) -> Localized {
        counted(Int(count), en: ("item", "items"), nl: ("onderdeel", "onderdelen"))
    }

    static let syncChainIntact = Localized(en: "chain intact", nl: "keten intact")

    static func syncChainIncomplete(_ missing: Int) -> Localized {
        Localized(count: missing,
                  one: Localized(en: "1 file not arrived yet", nl: "1 bestand nog niet aangekomen"),
                  other: Localized(en: "\(missing) files not arrived yet", nl: "\(missing) bestanden nog niet aangekomen"))
    }

    static let syncChainDamaged = Localized(en: "DAMAGED or altered", nl: "BESCHADIGD of gewijzigd")

    static let syncStateDamaged = Localized(
        en: "What this vault keeps about its sync folder is damaged or was altered.",
        nl: "Wat deze kluis over zijn synchronisatiemap bijhoudt, is beschadigd of gewijzigd.")

    static let syncVerifyHeading = Localized(
        en: "Devices in the sync folder:", nl: "Apparaten in de synchronisatiemap:")

    // MARK: Errors

    static let syncErrNotJoined = Localized(
        en: "This vault is not joined to a sync folder.", nl: "Deze kluis is niet verbonden met een synchronisatiemap.")

    static let syncHintNotJoined = Localized(
        en: "Join it with 'meldboek sync init FOLDER'.", nl: "Verbind hem met 'meldboek sync init MAP'.")

    static func syncErrAlreadyJoined(_ path: String) -> Localized {
        Localized(en: "This vault is already joined to the sync folder \(path).",
                  nl: "Deze kluis is al verbonden met de synchronisatiemap \(path).")
    }

    static func syncErrFolderMissing(_ path: String) -> Localized {
        Localized(en: "The sync folder \(path) is not there.", nl: "De synchronisatiemap \(path) is er niet.")
    }

    static let syncHintFolderMissing = Localized(
        en: "Plug in the disk or stick it is on, or mount the network folder, and try again.",
        nl: "Sluit de schijf of stick aan waar hij op staat, of koppel de netwerkmap, en probeer het opnieuw.")

    static func syncErrOtherJournal(_ path: String) -> Localized {
        Localized(en: "The folder \(path) holds the devices of another journal: choose an empty folder for this one.",
                  nl: "De map \(path) bevat de apparaten van een ander dagboek: kies een lege map voor dit dagboek.")
    }

    static func syncErrNothingToJoin(_ path: String) -> Localized {
        Localized(en: "The folder \(path) holds no device of a journal to join.",
                  nl: "De map \(path) bevat geen apparaat van een dagboek om bij aan te sluiten.")
    }

    static let syncHintNothingToJoin = Localized(
        en: "Run 'meldboek sync init FOLDER' on the device that has the journal first, and wait until the sync tool has copied the folder here.",
        nl: "Typ eerst 'meldboek sync init MAP' op het apparaat met het dagboek, en wacht tot het synchronisatieprogramma de map hierheen heeft gekopieerd.")

    static func syncErrOverlapsVault(_ path: String) -> Localized {
        Localized(en: "The sync folder \(path) and the vault's folder lie inside one another: a sync tool would copy the database while it is open, which damages it.",
                  nl: "De synchronisatiemap \(path) en de map van de kluis liggen in elkaar: een synchronisatieprogramma zou de database kopiëren terwijl die open is, en dat beschadigt hem.")
    }

    static func syncErrNeedsUpgrade(_ format: Int) -> Localized {
        Localized(en: "This vault is in format \(format); sync needs format 3.",
                  nl: "Deze kluis heeft indeling \(format); synchroniseren vraagt indeling 3.")
    }

    static func syncErrOwnFilesMissing(_ path: String) -> Localized {
        Localized(en: "This device's files in the sync folder (\(path)) are gone or older than the vault remembers: nothing was exchanged.",
                  nl: "De bestanden van dit apparaat in de synchronisatiemap (\(path)) zijn weg of ouder dan de kluis weet: er is niets uitgewisseld.")
    }

    static let syncHintOwnFilesMissing = Localized(
        en: "Was the folder put back from an older copy? Put the newer one back. If this device's files are damaged or lost for good, 'meldboek sync leave' unjoins this vault (its entries stay); then join your devices to a new, empty folder.",
        nl: "Is de map teruggezet uit een oudere kopie? Zet de nieuwere terug. Zijn de bestanden van dit apparaat voorgoed beschadigd of kwijt, dan koppelt 'meldboek sync leave' deze kluis los (de aantekeningen blijven); verbind je apparaten daarna met een nieuwe, lege map.")

    static func syncErrVaultBehindFolder(_ path: String) -> Localized {
        Localized(en: "This device's files in the sync folder (\(path)) were written by another copy of this vault: a copied vault folder, or this vault before it was put back from a backup. Nothing was exchanged.",
                  nl: "De bestanden van dit apparaat in de synchronisatiemap (\(path)) zijn geschreven door een andere kopie van deze kluis: een gekopieerde kluismap, of deze kluis voordat hij uit een reservekopie werd teruggezet. Er is niets uitgewisseld.")
    }

    static let syncHintVaultBehindFolder = Localized(
        en: "Join the folder as a new device instead: 'meldboek sync join FOLDER --vault NEW-FOLDER' makes a vault with everything the devices wrote, this one's records included.",
        nl: "Sluit in plaats daarvan als nieuw apparaat aan: 'meldboek sync join MAP --vault NIEUWE-MAP' maakt een kluis met alles wat de apparaten schreven, ook de records van dit apparaat.")

    static func syncErrRekeyWhileSynced(_ path: String) -> Localized {
        Localized(en: "This vault is joined to the sync folder \(path): a new vault key would cut it off from your other devices, which keep the old one.",
                  nl: "Deze kluis is verbonden met de synchronisatiemap \(path): een nieuwe kluissleutel zou hem afsnijden van je andere apparaten, die de oude houden.")
    }

    static let syncHintRekeyWhileSynced = Localized(
        en: "To start over with a new key: 'meldboek sync leave' on one device, rekey its vault, join it to a new, empty folder with 'meldboek sync init', and make the other devices' vaults from that folder with 'meldboek sync join' into new vault folders.",
        nl: "Opnieuw beginnen met een nieuwe sleutel: typ 'meldboek sync leave' op één apparaat, geef de kluis daar een nieuwe sleutel, verbind hem met een nieuwe, lege map via 'meldboek sync init', en maak de kluizen van de andere apparaten uit die map met 'meldboek sync join' in nieuwe kluismappen.")

    static let syncErrNoMelderDevices = Localized(
        en: "The sync folder holds only an adviser's vault; join it with --adviser.",
        nl: "De synchronisatiemap bevat alleen de kluis van een vertrouwenspersoon; sluit aan met --adviser.")

    static let syncErrNoAdviserDevices = Localized(
        en: "The sync folder holds a melder's journal, not an adviser's vault; join it without --adviser.",
        nl: "De synchronisatiemap bevat het dagboek van een melder, niet de kluis van een vertrouwenspersoon; sluit aan zonder --adviser.")
}
