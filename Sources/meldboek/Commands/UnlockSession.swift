// `meldboek unlock`, `lock` and `status`: an unlock session, so the passphrase is asked once.
import ArgumentParser
import Foundation
import MeldboekAgent
import MeldboekCore
import MeldboekTerminal

/// Which vault `unlock`, `lock` and `status` act on.
struct SessionVaultOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: ArgumentHelp(t(.helpAdviserVault)))
    var adviser = false

    var folder: URL { adviser ? global.adviserFolder : global.vaultFolder }
}

extension Meldboek {
    struct Unlock: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: t(.unlockAbstract), aliases: ["ontgrendel"])
        }

        @OptionGroup var session: SessionVaultOptions

        @Option(name: .customLong("for"), help: ArgumentHelp(t(.helpUnlockFor), valueName: t(.placeholderDuration)))
        var duration: String?

        func validate() throws {
            if let duration, UnlockAgent.idleTime(parsing: duration) == nil { throw ValidationError(t(.errBadDuration)) }
        }

        func run() throws {
            let idleTime = duration.flatMap(UnlockAgent.idleTime(parsing:)) ?? UnlockAgent.defaultIdleTime
            let vault = try openVault(at: session.folder, adviser: session.adviser)
            // Even when already unlocked: a new session (a new lifetime) takes the passphrase, not the agent's key.
            let journal = try PassphraseReader().current(question: t(.askPassphrase), retryQuestion: t(.askPassphraseAgain)) {
                try vault.unlock(passphrase: $0)
            }
            let status = try journal.startAgent(idleTime: idleTime)
            print(t(.unlockedUntil(formatTime(status.lockAt), extendedBy: t(.idleTime(idleTime)),
                                   lockCommand: session.adviser ? "meldboek lock --adviser" : "meldboek lock")))
        }
    }

    struct Lock: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: t(.lockAbstract), aliases: ["vergrendel"])
        }

        @OptionGroup var session: SessionVaultOptions

        func run() throws {
            let vault = try openVault(at: session.folder, adviser: session.adviser)
            print(vault.lockAgent() ? t(.lockedNow) : t(.wasNotUnlocked))
        }
    }

    struct Status: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: t(.statusAbstract)) }

        @OptionGroup var session: SessionVaultOptions

        func run() throws {
            let vault = try openVault(at: session.folder, adviser: session.adviser)
            let path = vault.folder.path
            if let status = vault.agentStatus() {
                print(t(.statusUnlocked(path, formatTime(status.lockAt), t(.idleTime(status.idleTime)))))
            } else {
                print(t(.statusLocked(path)))
            }
        }
    }

    /// The unlock agent's process; started by `unlock`, not meant to be run by hand.
    struct Agent: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(shouldDisplay: false) }

        @Option var socket: String
        @Option var fingerprint: String
        @Option var idle: Int
        @Option var lifetime: Int

        func run() throws {
            let status = UnlockAgent.run(
                socketPath: socket, fingerprint: fingerprint, idleTime: TimeInterval(idle),
                lifetime: TimeInterval(lifetime))
            if status != 0 { throw ExitCode(status) }
        }
    }
}

/// A moment as a local clock time, with the date when it is not today.
private func formatTime(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = Calendar.current.isDateInToday(date) ? "HH:mm" : "yyyy-MM-dd HH:mm"
    return formatter.string(from: date)
}

extension Localized {
    /// An unlock session's idle time in words: "5 minutes", "1 uur en 30 minuten".
    static func idleTime(_ idleTime: TimeInterval) -> Localized {
        let seconds = Int(idleTime)
        var parts: [Localized] = []
        if seconds >= 3600 { parts.append(.counted(seconds / 3600, en: ("hour", "hours"), nl: ("uur", "uur"))) }
        if seconds % 3600 >= 60 {
            parts.append(.counted(seconds % 3600 / 60, en: ("minute", "minutes"), nl: ("minuut", "minuten")))
        }
        if seconds % 60 > 0 || parts.isEmpty {
            parts.append(.counted(seconds % 60, en: ("second", "seconds"), nl: ("seconde", "seconden")))
        }
        func joined(_ words: [String], and: String) -> String {
            words.count < 2 ? words.joined() : words.dropLast().joined(separator: ", ") + " \(and) " + words.last!
        }
        return Localized(en: joined(parts.map(\.en), and: "and"), nl: joined(parts.map(\.nl), and: "en"))
    }

    /// After `unlock`: until when, how each use extends it, and the command that locks this vault now.
    static func unlockedUntil(_ time: String, extendedBy idle: String, lockCommand: String) -> Localized {
        Localized(en: "Unlocked until \(time); each use extends it by \(idle). To lock it now: \(lockCommand)",
                  nl: "Ontgrendeld tot \(time); elk gebruik verlengt dat met \(idle). Nu vergrendelen: \(lockCommand)")
    }
}
