// `meldboek recovery create|test|split` and `meldboek recover`: the recovery code, the vault's second key.
import ArgumentParser
import Foundation
import MeldboekAgent
import MeldboekCore
import MeldboekTerminal
import MeldboekShare

extension Meldboek {
    struct Recovery: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: t(.recoveryAbstract), subcommands: [Create.self, Test.self, Split.self], aliases: ["herstelcode"])
        }

        struct Create: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(abstract: t(.recoveryCreateAbstract), aliases: ["maak"])
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var which: WhichVault
            @OptionGroup var output: RecoveryCodeOutput

            func run() throws {
                let shown = try output.destination(offerNone: false)
                // The passphrase, never an unlock session: whoever sits at an unlocked computer must not be able
                // to replace the code with one of their own.
                let (journal, _) = try which.unlockAskingPassphrase(global)
                try journal.checkWritable()
                let code = try RecoveryCode.generate()
                // In the vault before it is shown or written: a code written down for a write that then failed would
                // open nothing. Not shown or written after all, the code before goes on opening the vault.
                try journal.replaceRecoveryCode(with: code) { try output.hand(code, to: shown) }
                output.reportKept(code, at: shown, replacing: true)
            }
        }

        struct Test: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(abstract: t(.recoveryTestAbstract))
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var which: WhichVault
            @OptionGroup var shares: RecoverySharesFlag

            func run() throws {
                let vault = try which.open(global)
                let journal = try shares.unlock(vault)
                warnAboutVersion(of: journal)
                try journal.noteRecoveryCodeTested()
                print(t(shares.use ? .recoveryTestPassedShares : .recoveryTestPassed))
            }
        }

        struct Split: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(abstract: t(.recoverySplitAbstract), aliases: ["verdeel"])
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var which: WhichVault

            @Option(help: ArgumentHelp(t(.helpSplitThreshold), valueName: t(.placeholderNumber)))
            var threshold = 2

            @Option(help: ArgumentHelp(t(.helpSplitShares), valueName: t(.placeholderNumber)))
            var shares = 3

            @Option(name: .customLong("out-dir"), help: ArgumentHelp(t(.helpSplitOutDir), valueName: t(.placeholderFolder)),
                    completion: .directory)
            var outDir: String?

            func validate() throws {
                if threshold == 1 { throw ValidationError(t(.errSplitThresholdOne)) }
                guard RecoveryCode.shareCountRange.contains(threshold), threshold <= shares,
                      RecoveryCode.shareCountRange.contains(shares)
                else { throw ValidationError(t(.errSplitBounds)) }
            }

            /// The files the shares go to, one a share, checked before the passphrase is asked.
            func shareFiles() throws -> [String]? {
                guard let outDir else {
                    guard Terminal.hasSomeoneToAsk else { throw CommandError.recoverySharesNeedTerminal }
                    return nil
                }
                let files = (1...shares).map { URL(fileURLWithPath: outDir).appendingPathComponent("share-\($0).txt").path }
                for file in files { try NamedFile.checkAbsent(file) }
                return files
            }

            func run() throws {
                let files = try shareFiles()
                // The passphrase, never an unlock session, as for 'recovery create': T shares are the code.
                let (journal, _) = try which.unlockAskingPassphrase(global)
                guard let code = try journal.recoveryCode() else { throw MeldboekError.noRecoveryCode }
                let made = try code.split(threshold: threshold, count: shares)
                if let files {
                    for (share, file) in zip(made, files) {
                        var data = Data((share.phrase + "\n").utf8)
                        defer { data.resetBytes(in: 0..<data.count) }
                        try PrivateFiles.write(data, to: URL(fileURLWithPath: file))
                    }
                    print(t(.splitWrittenTo(outDir ?? "", count: shares, threshold: threshold)))
                } else {
                    try show(made)
                }
                print(t(.splitDone(count: shares, threshold: threshold)))
                print(t(.splitOldShares))
            }

            /// Shows the shares on the terminal only, waits for Enter, and clears them from the screen.
            private func show(_ made: [RecoveryShare]) throws {
                var lines = "\n" + t(.splitInstructions(count: shares, threshold: threshold)) + "\n"
                for (number, share) in made.enumerated() {
                    lines += "\n" + t(.splitShareHeading(number + 1, of: shares)) + "\n"
                    let words = share.words
                    for row in stride(from: 0, to: words.count, by: 5) {
                        let line = (row..<min(row + 5, words.count))
                            .map { RecoveryCodeShowing.numbered($0 + 1, words[$0]) }.joined(separator: "  ")
                        lines += "   " + String(line.reversed().drop(while: { $0 == " " }).reversed()) + "\n"
                    }
                }
                Terminal.say(lines)
                guard (try Terminal.readSecret(t(.splitWritten))) != nil else {
                    throw MeldboekError.recoveryCodeUnavailable
                }
                // The shares leave the screen (and, where the terminal allows, its scrollback).
                Terminal.say("\u{1B}[H\u{1B}[2J\u{1B}[3J")
            }
        }
    }

    struct Recover: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: t(.recoverAbstract), aliases: ["herstel"])
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var which: WhichVault
        @OptionGroup var shares: RecoverySharesFlag

        @Option(help: ArgumentHelp(t(.helpKDF), valueName: t(.placeholderStrength)))
        var kdf: KDFChoice?

        func run() throws {
            let vault = try which.open(global)
            let journal = try shares.unlock(vault)
            warnAboutVersion(of: journal)
            keepCommitmentLog(journal)
            openedJournal = journal
            try journal.checkWritable()
            let passphrase = try PassphraseReader().new(
                question: t(.askNewPassphrase), repeatQuestion: t(.askRepeatPassphrase),
                mismatchQuestion: t(.askNewPassphraseAfterMismatch),
                emptyQuestion: t(.askNewPassphraseAfterEmpty), fallBackToUnlocking: false)
            try journal.recover(newPassphrase: passphrase, cost: kdf?.cost)
            print(t(.recoverDone))
            print(t(.recoverHint))
            // An agent still holding the key would let the old session go on; end it.
            if vault.lockAgent() { print(t(.sessionEndedAfterPasswd)) }
        }
    }
}

/// Reads a recovery code from the environment or the terminal and gives it to `open`, asking again on the
/// terminal after a mistyped or wrong one.
func readRecoveryCode<T>(_ open: (RecoveryCode) throws -> T) throws -> T {
    try RecoveryCodeReader().read(
        question: t(.recoveryAskCode), retryQuestion: t(.recoveryAskCodeAgain),
        explain: { error in ErrorPresentation(error, t).message }, open)
}

/// `--shares`: open with shares of the recovery code instead of the code itself.
struct RecoverySharesFlag: ParsableArguments {
    @Flag(name: .customLong("shares"), help: ArgumentHelp(t(.helpUseShares)))
    var use = false

    /// Unlocks `vault` with the recovery code, typed or put together from shares.
    func unlock(_ vault: Vault) throws -> Journal {
        guard use else { return try readRecoveryCode { try vault.unlock(recoveryCode: $0) } }
        let code = try RecoverySharesReader().read(text: RecoverySharesReader.Text(
            intro: t(.sharesIntro), askShare: { t(.sharesAsk($0)) },
            read: { t(.sharesRead($0, of: $1, group: $2, member: $3)) },
            explain: { error in ErrorPresentation(error, t).message }))
        do {
            return try vault.unlock(recoveryCode: code)
        } catch MeldboekError.wrongRecoveryCode {
            throw MeldboekError.recoverySharesWrongCode
        }
    }
}

extension WhichVault {
    /// Opens the melder's or (with `--adviser`) the adviser's vault without unlocking it.
    func open(_ global: GlobalOptions) throws -> Vault {
        let vault = try openVault(at: adviser ? global.adviserFolder : global.vaultFolder, adviser: adviser)
        guard vault.role == (adviser ? .adviser : .melder) else {
            throw ShareError.wrongRole(expected: adviser ? VaultRole.adviser.rawValue : VaultRole.melder.rawValue)
        }
        return vault
    }
}

/// `--recovery-code-out`: where a new recovery code goes when there is no terminal to show it on.
struct RecoveryCodeOutput: ParsableArguments {
    @Option(name: .customLong("recovery-code-out"), help: ArgumentHelp(t(.helpRecoveryCodeOut), valueName: t(.placeholderPath)),
            completion: .file())
    var file: String?

    /// Where the code will go: a new file, or the terminal (checked before anything is asked).
    enum Destination: Equatable {
        case terminal
        case file(String)
    }

    /// - Throws: ``MeldboekError/fileExists(path:)`` for a file already there,
    ///   ``CommandError/recoveryCodeNeedsTerminal(offerNone:)`` when there is neither a file nor a terminal.
    func destination(offerNone: Bool) throws -> Destination {
        if let file {
            try NamedFile.checkAbsent(file)
            return .file(file)
        }
        guard Terminal.hasSomeoneToAsk else {
            throw CommandError.recoveryCodeNeedsTerminal(offerNone: offerNone)
        }
        return .terminal
    }

    /// Shows the code and has words typed back, or writes it to the file.
    func hand(_ code: RecoveryCode, to destination: Destination) throws {
        switch destination {
        case .terminal:
            try RecoveryCodeShowing().showAndConfirm(code, text: RecoveryCodeShowing.Text(
                instructions: t(.recoveryInstructions), written: t(.recoveryWritten), checkIntro: t(.recoveryCheckIntro),
                askWord: { t(.recoveryAskWord($0)) }, wrongWord: { t(.recoveryWrongWord($0)) }))
        case .file(let path):
            var data = Data((code.phrase + "\n").utf8)
            defer { data.resetBytes(in: 0..<data.count) }
            try PrivateFiles.write(data, to: URL(fileURLWithPath: path))
        }
    }

    /// Says the code was kept, and where it was written.
    func reportKept(_ code: RecoveryCode, at destination: Destination, replacing: Bool) {
        if case .file(let path) = destination { print(t(.recoveryCodeWrittenTo(path))) }
        print(t(replacing ? .recoveryCodeReplaced : .recoveryCodeKept))
    }
}

/// After unlocking: when the recovery code has set a new passphrase since it was made, says so on standard
/// error, every time, until a new code is made.
func reportRecoveryUse(_ journal: Journal) {
    guard let state = try? journal.recoveryState(), let used = state.usedAt else { return }
    let moment = Localized.dateAtClock(used, timeZone: .current)
    let text = "meldboek: " + t(.recoveryCodeUsed(moment)) + "\nmeldboek: " + t(.hintLabel) + " "
        + t(.recoveryCodeUsedHint) + "\n"
    FileHandle.standardError.write(Data(text.utf8))
}
