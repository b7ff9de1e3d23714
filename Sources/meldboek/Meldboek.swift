// The `meldboek` command: parses arguments, asks the library, prints.
import ArgumentParser
import Foundation
import MeldboekCore
import MeldboekShare

/// The interface language: `--lang` if given anywhere on the command line, else the locale.
///
/// Read before parsing, because help texts are built while parsing.
let interfaceLanguage: Language = {
    let arguments = CommandLine.arguments
    for (index, argument) in arguments.enumerated() {
        if argument.hasPrefix("--lang="), let language = Language(rawValue: String(argument.dropFirst(7))) {
            return language
        }
        if argument == "--lang", index + 1 < arguments.count, let language = Language(rawValue: arguments[index + 1]) {
            return language
        }
    }
    return Language.fromEnvironment()
}()

/// Text in the interface language.
let t = Localizer(interfaceLanguage)

@main
struct Meldboek: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "meldboek",
            abstract: t(.rootAbstract),
            version: "0.1.0",
            subcommands: [
                Init.self, Add.self, List.self, Show.self, Amend.self, Search.self, Tag.self, Attach.self,
                AttachmentCommand.self, Delete.self, Passwd.self, Verify.self, Upgrade.self, Rekey.self, CheckpointCommand.self, Export.self,
                Stats.self, ReportCommand.self, Identity.self, ContactsCommand.self, Share.self, Shares.self, Receipts.self, Adviser.self,
                Unlock.self, Lock.self, Status.self, Agent.self, AnchorCommand.self,
            ])
    }

    static func main() {
        ProcessHardening.apply(crashLine: "meldboek: " + t(.crashStopped, ProcessHardening.crashExitStatus))
        ProcessHardening.crashIfTestAsks()
        do {
            var command = try parseAsRoot()
            try command.run()
            reportFingerprintAfterWrites()
        } catch {
            // Released before the process ends, so SQLite closes the vault and folds its write-ahead log back in.
            openedJournal = nil
            if let presentation = ErrorPresentation.of(error, t) { Self.fail(presentation) }
            // Usage errors get the same one-line form as every other error; help and --version stay as they are.
            switch exitCode(for: error) {
            case .validationFailure:
                Self.fail(ErrorPresentation(message(for: error), hint: t(.hintHelp), exitCode: ExitStatus.usage))
            case .success:
                exit(withError: error)
            default:
                // The parser's own exit codes pass through; anything else is a bug, shown without its internals.
                if error is ExitCode { exit(withError: error) }
                Self.fail(ErrorPresentation.unexpected(t))
            }
        }
    }

    /// After a command that wrote to the journal, its new fingerprint on standard error,
    /// for the melder to note down and check later with `verify --expect`.
    static func reportFingerprintAfterWrites() {
        // Released before the process ends, so SQLite closes the vault and folds its write-ahead log back in.
        defer { openedJournal = nil }
        guard let journal = openedJournal, journal.writes > 0, let fingerprint = try? journal.headFingerprint() else {
            return
        }
        FileHandle.standardError.write(Data((t(.journalFingerprint, fingerprint) + "\n").utf8))
    }

    static func fail(_ presentation: ErrorPresentation) -> Never {
        openedJournal = nil
        // Messages echo names from files and from other people: no control character reaches the terminal raw.
        var text = "meldboek: error: \(OutsideText.line(presentation.message))\n"
        if let hint = presentation.hint { text += "meldboek: hint: \(OutsideText.line(hint))\n" }
        FileHandle.standardError.write(Data(text.utf8))
        Foundation.exit(presentation.exitCode)
    }
}
