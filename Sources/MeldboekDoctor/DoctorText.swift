// DoctorText: what the check-up found and what to do, English and Dutch side by side.
import MeldboekCore

/// A path as one word a shell reads back unchanged: as it is when it holds only safe characters, else quoted.
private func shellWord(_ path: String) -> String {
    let safe = path.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || "/._-+".unicodeScalars.contains($0) }
    return safe ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

/// Paths or names in a message, one after another.
private func listed(_ items: [String]) -> String { items.joined(separator: ", ") }

extension Localized {
    // MARK: The vault's folder and files

    static func doctorNoVault(_ folder: String) -> Localized {
        Localized(
            en: "There is no vault in \(folder) yet; only this computer was checked.",
            nl: "In \(folder) staat nog geen kluis; alleen deze computer is nagekeken.")
    }

    static func doctorVaultPrivate(_ folder: String) -> Localized {
        Localized(
            en: "The vault in \(folder) is yours and closed to other accounts.",
            nl: "De kluis in \(folder) is van jou en afgesloten voor andere accounts.")
    }

    static func doctorVaultOpen(_ paths: [String]) -> Localized {
        Localized(
            en: "Other accounts on this computer can reach \(listed(paths)).",
            nl: "Andere accounts op deze computer kunnen bij \(listed(paths)).")
    }

    static func doctorVaultOpenAdvice(_ paths: [String]) -> Localized {
        let quoted = paths.map(shellWord).joined(separator: " ")
        return Localized(
            en: "Meldboek closes them the next time it opens the vault; to do it now: chmod go-rwx \(quoted)",
            nl: "Meldboek sluit ze af zodra het de kluis weer opent; direct doen kan met: chmod go-rwx \(quoted)")
    }

    static func doctorNotAVault(_ folder: String) -> Localized {
        Localized(
            en: "\(folder) is not a Meldboek vault; only this computer was checked.",
            nl: "\(folder) is geen Meldboek-kluis; alleen deze computer is nagekeken.")
    }

    static func doctorVaultLinks(_ paths: [String]) -> Localized {
        Localized(
            en: "\(listed(paths)) is a symbolic link, so Meldboek refuses to open the vault: whoever can change the link decides what Meldboek reads.",
            nl: "\(listed(paths)) is een symbolische koppeling, dus Meldboek weigert de kluis te openen: wie de koppeling kan wijzigen, bepaalt wat Meldboek leest.")
    }

    static let doctorVaultLinksAdvice = Localized(
        en: "Put the file itself in the vault folder in place of the link (mv the file over the link). A link to the whole vault folder is fine.",
        nl: "Zet het bestand zelf in de kluismap in plaats van de koppeling (verplaats het bestand met mv over de koppeling). Een koppeling naar de hele kluismap mag wel.")

    static func doctorVaultForeign(_ paths: [String]) -> Localized {
        Localized(
            en: "\(listed(paths)) belong to another account, which can read or replace them.",
            nl: "\(listed(paths)) zijn van een ander account, dat ze kan lezen of vervangen.")
    }

    static let doctorVaultForeignAdvice = Localized(
        en: "Meldboek refuses this vault. Ask whoever manages this computer why; keep your journal in a folder of your own.",
        nl: "Meldboek weigert deze kluis. Vraag de beheerder van deze computer hoe dat komt en bewaar je dagboek in een eigen map.")

    // MARK: Sync services

    static func doctorSyncService(_ service: String, _ folder: String) -> Localized {
        Localized(
            en: "The vault is inside \(folder), a folder \(service) copies. A database copied while it is open can arrive damaged, and the service keeps old versions of it.",
            nl: "De kluis staat in \(folder), een map die \(service) kopieert. Een database die open is kan beschadigd overkomen, en de dienst bewaart er oude versies van.")
    }

    static func doctorRemoteFileSystem(_ type: String) -> Localized {
        Localized(
            en: "The vault is on a network file system (\(type)): it is copied to another computer, and its locks are unreliable.",
            nl: "De kluis staat op een netwerkbestandssysteem (\(type)): hij wordt naar een andere computer gekopieerd en vergrendelen werkt er niet betrouwbaar.")
    }

    static let doctorSyncAdvice = Localized(
        en: "Move the vault to a local folder outside the synced one (meldboek --vault chooses it). To keep a second device up to date, use a backup (meldboek backup), not a copy of the live database.",
        nl: "Zet de kluis in een lokale map buiten de gesynchroniseerde map (kies hem met meldboek --vault). Houd een tweede apparaat bij met een reservekopie (meldboek backup), niet met een kopie van de open database.")

    static let doctorSyncNone = Localized(
        en: "No sync service or network file system copies the vault folder.",
        nl: "Geen synchronisatiedienst of netwerkbestandssysteem kopieert de kluismap.")

    // MARK: Swap

    static let doctorSwapNone = Localized(
        en: "This computer has no swap space, so memory isn't written to disk.",
        nl: "Deze computer heeft geen wisselgeheugen op schijf, dus geheugen komt niet op de schijf terecht.")

    static let doctorSwapEncrypted = Localized(
        en: "Swap space is encrypted or kept in memory.",
        nl: "Het wisselgeheugen is versleuteld of staat in het werkgeheugen.")

    static func doctorSwapPlain(_ areas: [String]) -> Localized {
        Localized(
            en: "Swap space on \(listed(areas)) is not encrypted: the system can write memory to it, decrypted entries included, where it stays after a restart.",
            nl: "Het wisselgeheugen op \(listed(areas)) is niet versleuteld: het systeem kan er geheugen naartoe schrijven, ook ontsleutelde aantekeningen, en daar blijft het na een herstart staan.")
    }

    static func doctorSwapUnknown(_ areas: [String]) -> Localized {
        Localized(
            en: "Whether swap space on \(listed(areas)) is encrypted couldn't be determined.",
            nl: "Niet vast te stellen of het wisselgeheugen op \(listed(areas)) versleuteld is.")
    }

    static let doctorSwapUnreadable = Localized(
        en: "The list of swap areas (/proc/swaps) couldn't be read.",
        nl: "De lijst met wisselgeheugen (/proc/swaps) was niet te lezen.")

    static let doctorSwapAdvice = Localized(
        en: "Use encrypted swap (full-disk encryption, a dm-crypt swap with a random key) or zram, or turn swap off.",
        nl: "Gebruik versleuteld wisselgeheugen (volledige schijfversleuteling, dm-crypt met een willekeurige sleutel) of zram, of zet het wisselgeheugen uit.")

    // MARK: Shell history

    static let doctorHistoryClean = Localized(
        en: "No shell history holds words typed on meldboek's command line.",
        nl: "Geen shellgeschiedenis bevat woorden die op de opdrachtregel van meldboek zijn getypt.")

    static func doctorHistoryWords(_ files: [(file: String, count: Int)]) -> Localized {
        let parts = files.map { file in
            let count = counted(file.count, en: ("meldboek command", "meldboek commands"),
                                nl: ("meldboek-opdracht", "meldboek-opdrachten"))
            return Localized(en: "\(count.en) in \(file.file)", nl: "\(count.nl) in \(file.file)")
        }
        return Localized(
            en: "Your shell history keeps titles, names or search words you typed: \(parts.map(\.en).joined(separator: ", ")).",
            nl: "Je shellgeschiedenis bewaart titels, namen of zoekwoorden die je hebt getypt: \(parts.map(\.nl).joined(separator: ", ")).")
    }

    static func doctorHistorySecrets(_ files: [(file: String, count: Int)], words: [(file: String, count: Int)]) -> Localized {
        let parts = files.map { file in
            let count = counted(file.count, en: ("line", "lines"), nl: ("regel", "regels"))
            return Localized(en: "\(count.en) in \(file.file)", nl: "\(count.nl) in \(file.file)")
        }
        let more = words.isEmpty ? Localized(en: "", nl: "") : Localized(
            en: " It also keeps titles, names or search words you typed.",
            nl: " Ook bewaart ze titels, namen of zoekwoorden die je hebt getypt.")
        return Localized(
            en: "Your shell history keeps a passphrase or recovery code set in a variable: \(parts.map(\.en).joined(separator: ", ")).\(more.en)",
            nl: "Je shellgeschiedenis bewaart een wachtwoordzin of herstelcode die in een variabele is gezet: \(parts.map(\.nl).joined(separator: ", ")).\(more.nl)")
    }

    static let doctorHistorySecretsAdvice = Localized(
        en: "Remove those lines from the history file. Whoever read them could have copied the vault and, with the passphrase, its recovery code: make a new vault key (meldboek rekey), a new passphrase (meldboek passwd) and a new code (meldboek recovery create). Scripts can read the passphrase from a file named in MELDBOEK_PASSPHRASE_FILE instead.",
        nl: "Haal die regels uit het geschiedenisbestand. Wie ze las, kan de kluis hebben gekopieerd en met de wachtwoordzin ook de herstelcode hebben gezien: maak een nieuwe kluissleutel (meldboek rekey), een nieuwe wachtwoordzin (meldboek passwd) en een nieuwe code (meldboek recovery create). Scripts kunnen de wachtwoordzin in plaats daarvan lezen uit een bestand dat in MELDBOEK_PASSPHRASE_FILE staat.")

    static let doctorHistoryAdvice = Localized(
        en: "Remove those lines from the history file, and let the interview ask for the text (meldboek add without options). Bash (with HISTCONTROL=ignorespace), zsh (with setopt hist_ignore_space) and fish leave out a command that starts with a space.",
        nl: "Haal die regels uit het geschiedenisbestand en laat het vraaggesprek naar de tekst vragen (meldboek add zonder opties). Bash (met HISTCONTROL=ignorespace), zsh (met setopt hist_ignore_space) en fish bewaren geen opdracht die met een spatie begint.")

    // MARK: Core dumps

    static let doctorCoreOff = Localized(
        en: "Core dumps are off for programs started from this shell.",
        nl: "Geheugendumps staan uit voor programma's die vanuit deze shell starten.")

    static func doctorCoreOn(handler: String?) -> Localized {
        let to = handler.map { Localized(en: ", handed to \($0)", nl: ", doorgegeven aan \($0)") }
            ?? Localized(en: "", nl: "")
        return Localized(
            en: "Programs started from this shell may write their memory to disk when they crash\(to.en). Meldboek and the editor it opens never do, but another editor or viewer holding an export can.",
            nl: "Programma's die vanuit deze shell starten kunnen bij een crash hun geheugen naar schijf schrijven\(to.nl). Meldboek en de editor die het opent doen dat nooit, maar een andere editor of viewer met een export erin wel.")
    }

    static let doctorCoreUnknown = Localized(
        en: "The core dump limit this program started with is unknown.",
        nl: "Met welke limiet voor geheugendumps dit programma startte, is onbekend.")

    static let doctorCoreAdvice = Localized(
        en: "Add ulimit -c 0 to your shell's start-up file; with systemd, also set Storage=none in /etc/systemd/coredump.conf.",
        nl: "Zet ulimit -c 0 in het opstartbestand van je shell; met systemd ook Storage=none in /etc/systemd/coredump.conf.")

    // MARK: Backup and recovery code

    static let doctorBackupNone = Localized(
        en: "No backup of this journal has been made. A lost or broken laptop would take it with it.",
        nl: "Er is nog geen reservekopie van dit dagboek gemaakt. Een kwijtgeraakte of kapotte laptop neemt het mee.")

    /// "today" / "3 days ago", "vandaag" / "3 dagen geleden": when something the vault keeps a date of happened.
    private static func daysAgo(_ days: Int) -> Localized {
        let age = counted(days, en: ("day", "days"), nl: ("dag", "dagen"))
        return days == 0 ? Localized(en: "today", nl: "vandaag") : Localized(en: "\(age.en) ago", nl: "\(age.nl) geleden")
    }

    static func doctorBackupOld(days: Int) -> Localized {
        let when = daysAgo(days)
        return Localized(
            en: "The last backup was made \(when.en); what you wrote since is in no backup.",
            nl: "De laatste reservekopie is \(when.nl) gemaakt; wat je daarna schreef, staat in geen enkele reservekopie.")
    }

    static func doctorBackupRecent(days: Int) -> Localized {
        let when = daysAgo(days)
        return Localized(en: "The last backup was made \(when.en).", nl: "De laatste reservekopie is \(when.nl) gemaakt.")
    }

    static let doctorBackupAdvice = Localized(
        en: "Make one with meldboek backup --out FILE and keep it away from this computer (a USB stick, another device).",
        nl: "Maak er een met meldboek backup --out BESTAND en bewaar die buiten deze computer (een usb-stick, een ander apparaat).")

    static let doctorRecoveryNone = Localized(
        en: "This vault has no recovery code: if you forget the passphrase, the journal can't be opened again.",
        nl: "Deze kluis heeft geen herstelcode: als je de wachtwoordzin vergeet, gaat het dagboek niet meer open.")

    static func doctorRecoveryNoneAdvice(_ which: String) -> Localized {
        Localized(
            en: "Make a new one with meldboek recovery create\(which) and write it on paper.",
            nl: "Maak een nieuwe met meldboek recovery create\(which) en schrijf hem op papier.")
    }

    static let doctorRecoveryDamaged = Localized(
        en: "The vault's recovery code doesn't open with this vault's key: it is damaged, or was copied in from another vault. It can't be relied on.",
        nl: "De herstelcode van de kluis gaat niet open met de sleutel van deze kluis: hij is beschadigd of uit een andere kluis overgenomen. Je kunt er niet op rekenen.")

    static func doctorRecoveryUsed(days: Int) -> Localized {
        let when = daysAgo(days)
        return Localized(en: "The recovery code was used \(when.en) to set a new passphrase.",
                         nl: "De herstelcode is \(when.nl) gebruikt om een nieuwe wachtwoordzin in te stellen.")
    }

    static func doctorRecoveryUsedAdvice(_ which: String) -> Localized {
        Localized(
            en: "If that wasn't you, make a new vault key and a new code: meldboek rekey\(which), then meldboek recovery create\(which).",
            nl: "Was jij dat niet, maak dan een nieuwe kluissleutel en een nieuwe code: meldboek rekey\(which), daarna meldboek recovery create\(which).")
    }

    static let doctorRecoveryUntested = Localized(
        en: "The recovery code has never been tested: a word copied wrong would only show when you need it.",
        nl: "De herstelcode is nooit getest: een verkeerd overgeschreven woord merk je pas als je hem nodig hebt.")

    static func doctorRecoveryTestAdvice(_ which: String) -> Localized {
        Localized(
            en: "Type it from your paper with meldboek recovery test\(which); it changes nothing.",
            nl: "Typ hem over van je papier met meldboek recovery test\(which); dat verandert niets.")
    }

    static func doctorRecoveryTested(days: Int) -> Localized {
        let when = daysAgo(days)
        return Localized(
            en: "The recovery code was last tested \(when.en) and was right.",
            nl: "De herstelcode is \(when.nl) voor het laatst getest en klopte.")
    }

    static let doctorBackupAdviser = Localized(
        en: "meldboek backup covers the melder's journal only; an adviser's vault has no backup command yet.",
        nl: "meldboek backup maakt alleen reservekopieën van het dagboek van een melder; voor de kluis van een vertrouwenspersoon is er nog geen opdracht.")

    static let doctorBackupAdviserAdvice = Localized(
        en: "Until then, copy the vault folder while no meldboek command runs, to a disk kept away from this computer; the copy stays encrypted.",
        nl: "Kopieer tot die tijd de kluismap terwijl er geen meldboek-opdracht loopt, naar een schijf die je buiten deze computer bewaart; de kopie blijft versleuteld.")

    static let doctorLocked = Localized(
        en: "Not checked: the vault is locked and there is no terminal to ask for the passphrase. Run meldboek doctor on a terminal, or during meldboek unlock.",
        nl: "Niet nagekeken: de kluis is op slot en er is geen terminal om de wachtwoordzin te vragen. Start meldboek doctor in een terminal, of tijdens meldboek unlock.")

    static func doctorUnlockFailed(_ reason: Localized) -> Localized {
        Localized(
            en: "Not checked: the vault could not be unlocked. \(reason.en)",
            nl: "Niet nagekeken: de kluis kon niet worden ontgrendeld. \(reason.nl)")
    }

    static func doctorVaultRepaired(_ paths: [String]) -> Localized {
        Localized(
            en: "Other accounts on this computer could reach \(listed(paths)); Meldboek closed them to others just now. A copy someone made before stays readable to them only with your passphrase.",
            nl: "Andere accounts op deze computer konden bij \(listed(paths)); Meldboek heeft ze zojuist voor anderen afgesloten. Een kopie die iemand eerder maakte, is alleen met je wachtwoordzin te lezen.")
    }

    // MARK: Clock

    static let doctorClockSynchronised = Localized(
        en: "The system clock is synchronised with a time service.",
        nl: "De systeemklok loopt gelijk met een tijdservice.")

    static let doctorClockUnsynchronised = Localized(
        en: "The system clock is not synchronised with a time service. Every record notes when it was written by this clock; a wrong clock weakens what those times prove.",
        nl: "De systeemklok loopt niet gelijk met een tijdservice. Elk record legt vast wanneer het volgens deze klok is geschreven; een verkeerde klok verzwakt wat die tijden bewijzen.")

    static let doctorClockAdvice = Localized(
        en: "Turn on time synchronisation, for example with timedatectl set-ntp true.",
        nl: "Zet tijdsynchronisatie aan, bijvoorbeeld met timedatectl set-ntp true.")

    static let doctorClockUnknown = Localized(
        en: "Whether the clock is synchronised couldn't be asked of the system.",
        nl: "Of de klok gelijkloopt, kon niet aan het systeem worden gevraagd.")
}
