// `meldboek sync`, `sync init`, `sync join`, `sync compact` and `sync status`: one journal on several devices
// through a folder that Syncthing, a USB stick or any other file-sync tool copies.
import ArgumentParser
import Foundation
import MeldboekCore
import MeldboekSodium
import MeldboekSync
import MeldboekTerminal
import MeldboekText

extension Meldboek {
    struct SyncCommand: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "sync", abstract: t(.syncAbstract), discussion: t(.syncDiscussion),
                subcommands: [Exchange.self, Initialize.self, Join.self, Compact.self, Status.self, Automatic.self, Leave.self],
                defaultSubcommand: Exchange.self, aliases: ["synchroniseer"])
        }

        struct Exchange: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "now", abstract: t(.syncNowAbstract), aliases: ["nu"])
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var which: WhichVault

            func run() throws {
                ranSync = true
                let journal = try which.unlock(global)
                try journal.checkWritable()
                printReport(try Sync.exchange(journal, afterFolderWritten: testStop()))
            }
        }

        struct Initialize: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "init", abstract: t(.syncInitAbstract), aliases: ["begin"])
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var which: WhichVault

            @Argument(help: ArgumentHelp(t(.syncHelpFolder), valueName: t(.placeholderPath)), completion: .directory)
            var folder: String

            @Option(help: ArgumentHelp(t(.syncHelpDeviceName), valueName: t(.syncPlaceholderName)))
            var deviceName: String?

            @Flag(help: ArgumentHelp(t(.syncHelpAuto)))
            var auto = false

            func run() throws {
                ranSync = true
                let journal = try which.unlock(global)
                try journal.checkWritable()
                let url = URL(fileURLWithPath: folder).standardizedFileURL
                let name = try deviceNameOrHost(deviceName)
                let report = try Sync.initialize(journal, folder: url, deviceName: name)
                if auto { try Sync.setAutomatic(journal, true) }
                print(t(.syncJoinedFolder(OutsideText.line(url.path), OutsideText.line(name))))
                printReport(report)
                print(t(.syncInitNext))
            }
        }

        struct Join: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(abstract: t(.syncJoinAbstract), discussion: t(.syncJoinDiscussion), aliases: ["sluit-aan"])
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var which: WhichVault

            @Argument(help: ArgumentHelp(t(.syncHelpJoinFolder), valueName: t(.placeholderPath)), completion: .directory)
            var folder: String

            @Option(help: ArgumentHelp(t(.syncHelpDeviceName), valueName: t(.syncPlaceholderName)))
            var deviceName: String?

            @Flag(help: ArgumentHelp(t(.syncHelpRecoveryCode)))
            var recoveryCode = false

            @Flag(help: ArgumentHelp(t(.syncHelpAuto)))
            var auto = false

            @Option(help: ArgumentHelp(t(.syncHelpJoinKDF), valueName: t(.placeholderStrength)))
            var kdf: KDFChoice?

            func validate() throws {
                if kdf != nil && !recoveryCode { throw ValidationError(t(.syncErrKDFWithoutCode)) }
            }

            func run() throws {
                let url = URL(fileURLWithPath: folder).standardizedFileURL
                let vaultFolder = which.adviser ? global.adviserFolder : global.vaultFolder
                let name = try deviceNameOrHost(deviceName)
                let role: VaultRole = which.adviser ? .adviser : .melder
                let slots = try Sync.keySlots(in: url).filter { $0.role == role }
                guard !slots.isEmpty else { throw CommandError.syncOtherRole(adviser: which.adviser) }
                try Sync.refuseOverlap(url, vault: vaultFolder)
                // Before any passphrase is asked: where the vault would go must be free.
                if FileManager.default.fileExists(atPath: vaultFolder.appendingPathComponent("meldboek.db").path) {
                    throw MeldboekError.vaultExists(path: vaultFolder.path)
                }
                let journal: Journal
                if recoveryCode {
                    let (code, opened) = try readRecoveryCode { code -> (RecoveryCode, VaultKeySlots) in
                        var last: Error = MeldboekError.wrongRecoveryCode
                        for candidate in slots {
                            do {
                                try candidate.check(recoveryCode: code)
                                return (code, candidate)
                            } catch MeldboekError.wrongRecoveryCode, MeldboekError.noRecoveryCode,
                                    MeldboekError.keySlotsDamaged {
                                // A key file that is damaged (or planted) must not keep the others from opening.
                                last = MeldboekError.wrongRecoveryCode
                            }
                        }
                        throw last
                    }
                    let passphrase = try PassphraseReader().new(
                        question: t(.askNewPassphrase), repeatQuestion: t(.askRepeatPassphrase),
                        mismatchQuestion: t(.askNewPassphraseAfterMismatch),
                        emptyQuestion: t(.askNewPassphraseAfterEmpty), fallBackToUnlocking: false)
                    journal = try Vault.join(
                        at: vaultFolder, slots: opened, recoveryCode: code, newPassphrase: passphrase,
                        cost: kdf?.cost ?? KDFStrength.moderate.cost)
                } else {
                    journal = try PassphraseReader().current(question: t(.askPassphrase), retryQuestion: t(.askPassphraseAgain)) {
                        passphrase in
                        for candidate in slots {
                            do {
                                return try Vault.join(at: vaultFolder, slots: candidate, passphrase: passphrase)
                            } catch MeldboekError.wrongPassphrase, MeldboekError.keySlotsDamaged {
                                continue
                            }
                        }
                        throw MeldboekError.wrongPassphrase
                    }
                }
                keepCommitmentLog(journal)
                openedJournal = journal
                ranSync = true
                let report: SyncReport
                do {
                    report = try Sync.join(journal, folder: url, deviceName: name)
                    if auto { try Sync.setAutomatic(journal, true) }
                } catch {
                    // The vault was made for this join a moment ago and holds nothing else: no half-joined vault
                    // is left behind to be mistaken for one that works.
                    openedJournal = nil
                    try? FileManager.default.removeItem(at: vaultFolder)
                    throw error
                }
                print(t(.syncJoinedNewVault(OutsideText.line(vaultFolder.path), OutsideText.line(url.path), OutsideText.line(name))))
                printReport(report)
            }
        }

        struct Compact: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(abstract: t(.syncCompactAbstract), aliases: ["compacteer"])
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var which: WhichVault

            func run() throws {
                ranSync = true
                let journal = try which.unlock(global)
                try journal.checkWritable()
                printReport(try Sync.exchange(journal, compact: true))
            }
        }

        struct Status: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(abstract: t(.syncStatusAbstract), aliases: ["stand"])
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var which: WhichVault

            func run() throws {
                let journal = try which.unlock(global)
                guard let folder = try Sync.folder(of: journal) else { throw SyncError.notJoined }
                print(t(.syncStatusFolder(OutsideText.line(folder.path))))
                let devices = try Sync.devices(journal)
                for device in devices { print(describeDevice(device)) }
                if devices.contains(where: { $0.chain == .damaged }) { throw ExitCode(ExitStatus.integrity) }
            }
        }
    }
}

/// For the tests only (with `MELDBOEK_ALLOW_TEST_KDF=1`): `MELDBOEK_TEST_SYNC_KILL=after-folder` kills the process
/// outright once the folder is written and before the vault commits, the window a crash test can't aim at.
private func testStop(environment: [String: String] = ProcessInfo.processInfo.environment) -> (() throws -> Void)? {
    guard environment["MELDBOEK_ALLOW_TEST_KDF"] == "1", environment["MELDBOEK_TEST_SYNC_KILL"] == "after-folder" else {
        return nil
    }
    return { kill(getpid(), SIGKILL) }
}

extension Meldboek.SyncCommand {
    struct Automatic: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "auto", abstract: t(.syncAutoAbstract), aliases: ["automatisch"])
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var which: WhichVault

        @Argument(help: ArgumentHelp(t(.syncHelpAutoSetting), valueName: "on|off"))
        var setting: String

        func run() throws {
            let on: Bool
            switch setting.lowercased() {
            case "on", "aan": on = true
            case "off", "uit": on = false
            default: throw ValidationError(t(.syncErrAutoSetting(OutsideText.line(setting))))
            }
            ranSync = true
            let journal = try which.unlock(global)
            try journal.checkWritable()
            try Sync.setAutomatic(journal, on)
            print(t(on ? .syncAutoOn : .syncAutoOff))
        }
    }
}

extension Meldboek.SyncCommand {
    struct Leave: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: t(.syncLeaveAbstract), discussion: t(.syncLeaveDiscussion), aliases: ["verlaat"])
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var which: WhichVault

        func run() throws {
            ranSync = true
            let journal = try which.unlock(global)
            try journal.checkWritable()
            let folder = try Sync.leave(journal)
            print(t(.syncLeft(OutsideText.line(folder.path))))
        }
    }
}

/// Set by every sync command: the exchange after writes is for the other commands.
nonisolated(unsafe) var ranSync = false

/// After a command that wrote to a vault joined with `sync auto on`: exchange, saying what it did on standard
/// error (standard output stays the command's own). A failed exchange is a warning: what was written stays.
func exchangeAfterWrites(_ journal: Journal) {
    guard !ranSync, journal.writes > 0, (try? Sync.isAutomatic(journal)) == true else { return }
    do {
        printReport(try Sync.exchange(journal), toStandardError: true)
    } catch {
        let message = ErrorPresentation.of(error, t)?.message ?? t(.syncErrNotJoined)
        FileHandle.standardError.write(Data(("meldboek: " + t(.syncAutoFailed(message)) + "\n").utf8))
    }
}

extension WhichVault {
    /// Unlocks the melder's or (with `--adviser`) the adviser's vault, through its unlock session if one runs.
    func unlock(_ global: GlobalOptions) throws -> Journal {
        adviser ? try global.unlockAdviser() : try global.unlockJournal()
    }
}

/// `--device-name`, else the computer's name: what the other devices call this one.
private func deviceNameOrHost(_ given: String?) throws -> String {
    if let given {
        let name = given.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 64, !name.unicodeScalars.contains(where: OutsideText.needsEscape) else {
            throw ValidationError(t(.syncErrDeviceName))
        }
        return name
    }
    let host = ProcessInfo.processInfo.hostName.split(separator: ".").first.map(String.init) ?? ""
    return host.isEmpty ? "meldboek" : String(host.prefix(64))
}

/// One line per device for `sync status` and `verify`.
func describeDevice(_ device: DeviceCondition) -> String {
    let name = OutsideText.line(device.name ?? device.device.short)
    let state: Localized =
        switch device.chain {
        case .intact: .syncChainIntact
        case .incomplete(let missing): .syncChainIncomplete(missing)
        case .damaged: .syncChainDamaged
        }
    let line = device.isThisDevice
        ? t(.syncStatusOwnDevice(name, device.device.short, device.items, t(state)))
        : t(.syncStatusOtherDevice(name, device.device.short, device.items, device.taken, t(state)))
    return line
}

/// What an exchange did on standard output, and what it left alone on standard error.
private func printReport(_ report: SyncReport, toStandardError: Bool = false) {
    func say(_ line: String) {
        if toStandardError {
            FileHandle.standardError.write(Data(("meldboek: " + line + "\n").utf8))
        } else {
            print(line)
        }
    }
    for (device, items) in report.imported { say(t(.syncImported(items, OutsideText.line(device)))) }
    if report.deletionsApplied > 0 { say(t(.syncDeletionsApplied(report.deletionsApplied))) }
    if report.exported > 0 { say(t(.syncExported(report.exported))) }
    if report.compacted { say(t(.syncCompacted)) }
    if report.imported.isEmpty && report.exported == 0 && report.deletionsApplied == 0 && !report.compacted
        && !toStandardError
    {
        say(t(.syncNothingNew))
    }
    var warnings: [String] = []
    for notice in report.notices {
        switch notice {
        case .ignoredFile(let path): warnings.append(t(.syncIgnoredFile(OutsideText.line(path))))
        case .unreadableHead(let device): warnings.append(t(.syncUnreadableHead(device.short)))
        case .wentBack(let device, let had, let found):
            warnings.append(t(.syncWentBack(OutsideText.line(device), had, found)))
        case .historyChanged(let device): warnings.append(t(.syncHistoryChanged(OutsideText.line(device))))
        case .damagedFile(let device, let file): warnings.append(t(.syncDamagedFile(OutsideText.line(device), OutsideText.line(file))))
        case .waiting(let device, let files): warnings.append(t(.syncWaiting(OutsideText.line(device), files)))
        case .fork(let entry, let title, let versions):
            say(t(.syncFork(entry.short, OutsideText.line(title), versions)))
        }
    }
    if !warnings.isEmpty {
        FileHandle.standardError.write(Data(warnings.map { "meldboek: " + $0 + "\n" }.joined().utf8))
    }
}
