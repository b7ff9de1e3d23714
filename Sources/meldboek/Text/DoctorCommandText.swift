// DoctorCommandText: the check-up's help, headings and summary, English and Dutch side by side.
import MeldboekCore
import MeldboekDoctor

extension Localized {
    static let doctorAbstract = Localized(
        en: "Check what on this computer puts your journal at risk.",
        nl: "Kijk na wat op deze computer je dagboek in gevaar brengt.")

    static let doctorDiscussion = Localized(
        en: "Looks at the vault's folder and files, sync services, swap space, shell history, backups, the recovery code, core dumps and the clock, and says for each what to do. Exits with 0 when nothing is at risk, 1 otherwise.",
        nl: "Kijkt naar de map en bestanden van de kluis, synchronisatiediensten, wisselgeheugen, shellgeschiedenis, reservekopieën, de herstelcode, geheugendumps en de klok, en zegt bij elk wat je kunt doen. Eindigt met 0 als niets in gevaar is, anders met 1.")

    static let helpDoctorAdviser = Localized(
        en: "Check the adviser's vault instead of the melder's.",
        nl: "Kijk de kluis van de vertrouwenspersoon na in plaats van die van de melder.")

    static func doctorHeading(_ folder: String) -> Localized {
        Localized(en: "Check-up of \(folder) and this computer", nl: "Controle van \(folder) en deze computer")
    }

    static func doctorLine(status: CheckupStatus, item: CheckupItem) -> Localized {
        let mark: Localized = switch status {
        case .ok: Localized(en: "[ok]", nl: "[in orde]")
        case .risk: Localized(en: "[RISK]", nl: "[RISICO]")
        case .unknown: Localized(en: "[unknown]", nl: "[onbekend]")
        }
        let name: Localized = switch item {
        case .vaultPermissions: Localized(en: "Vault folder and files", nl: "Map en bestanden van de kluis")
        case .syncService: Localized(en: "Sync services", nl: "Synchronisatiediensten")
        case .swap: Localized(en: "Swap space", nl: "Wisselgeheugen")
        case .shellHistory: Localized(en: "Shell history", nl: "Shellgeschiedenis")
        case .backup: Localized(en: "Backup", nl: "Reservekopie")
        case .recoveryCode: Localized(en: "Recovery code", nl: "Herstelcode")
        case .coreDumps: Localized(en: "Core dumps", nl: "Geheugendumps")
        case .clock: Localized(en: "Clock", nl: "Klok")
        }
        return Localized(en: "\(mark.en) \(name.en)", nl: "\(mark.nl) \(name.nl)")
    }

    static func doctorAdvice(_ advice: String) -> Localized {
        Localized(en: "What to do: \(advice)", nl: "Wat te doen: \(advice)")
    }

    static func doctorSummary(_ risks: Int) -> Localized {
        Localized(count: risks,
                  one: Localized(en: "1 thing puts your journal at risk.", nl: "Eén punt vormt een risico voor je dagboek."),
                  other: risks == 0
                      ? Localized(en: "Nothing puts your journal at risk.", nl: "Niets vormt een risico voor je dagboek.")
                      : Localized(en: "\(risks) things put your journal at risk.", nl: "\(risks) punten vormen een risico voor je dagboek."))
    }
}
