// UnlockSessionText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static let unlockAbstract = Localized(
        en: "Unlock the vault for a while, so the next commands need no passphrase.",
        nl: "Ontgrendel de kluis een tijdje, zodat de volgende opdrachten geen wachtwoordzin nodig hebben.")

    static let lockAbstract = Localized(
        en: "Lock the vault now: end its unlock session.",
        nl: "Vergrendel de kluis nu: beëindig de ontgrendelsessie.")

    static let statusAbstract = Localized(
        en: "Say whether the vault is unlocked, and until when.",
        nl: "Zeg of de kluis ontgrendeld is, en tot wanneer.")

    static let helpUnlockFor = Localized(
        en: "How long the vault stays unlocked without use, such as 15m, 2h or 1h30m (at most 12h).",
        nl: "Hoe lang de kluis zonder gebruik ontgrendeld blijft, zoals 15m, 2h of 1h30m (hoogstens 12h).")

    static let lockedNow = Localized(
        en: "Locked.",
        nl: "Vergrendeld.")

    static let wasNotUnlocked = Localized(
        en: "The vault was not unlocked.",
        nl: "De kluis was niet ontgrendeld.")

    static func statusUnlocked(_ path: some CustomStringConvertible, _ lockAt: some CustomStringConvertible, _ idleTime: some CustomStringConvertible) -> Localized {
        Localized(
            en: "\(path): unlocked until \(lockAt); each use extends it by \(idleTime)",
            nl: "\(path): ontgrendeld tot \(lockAt); elk gebruik verlengt dat met \(idleTime)")
    }

    static func statusLocked(_ path: some CustomStringConvertible) -> Localized {
        Localized(
            en: "\(path): locked",
            nl: "\(path): vergrendeld")
    }

    static let errBadDuration = Localized(
        en: "'--for' takes a duration such as 15m, 2h or 1h30m, of at most 12 hours.",
        nl: "'--for' verwacht een duur zoals 15m, 2h of 1h30m, van hoogstens 12 uur.")
}
