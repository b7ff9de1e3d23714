// The `meldboek` command: parses arguments, asks the library, prints.
import ArgumentParser
import Foundation
import MeldboekAgent
import MeldboekCore
import MeldboekShare
import MeldboekTerminal
import MeldboekText

/// The command line without the program's name, and the `--lang` it held, taken out wherever it stood.
let languageChoice = LanguageChoice(Array(CommandLine.arguments.dropFirst()))

/// The command line as the parser reads it: without `--lang`, with a `--vault` given before the command behind it,
/// and `hulp` as `help`, which the parser adds itself and lets no one give another name.
let commandLine: [String] = {
    var arguments = GlobalOptions.movedBehindTheCommand(languageChoice.remaining)
    if arguments.first == "hulp" { arguments[0] = "help" }
    return arguments
}()

/// The interface language: `--lang` if given anywhere on the command line, else the locale.
///
/// Read before parsing, because help texts are built while parsing.
let interfaceLanguage: Language = languageChoice.language ?? Language.fromEnvironment()

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
                AttachmentCommand.self, Delete.self, Passwd.self, Recovery.self, Recover.self, Verify.self, Upgrade.self, Rekey.self, CheckpointCommand.self, Export.self,
                Stats.self, ReportCommand.self, Identity.self, ContactsCommand.self, Share.self, SharesCommand.self, Receipts.self, Prove.self, Adviser.self,
                Unlock.self, Lock.self, Status.self, Agent.self, AnchorCommand.self, BackupCommand.self, Restore.self, SyncCommand.self, Completion.self, Doctor.self,
            ])
    }

    static func main() {
        ProcessHardening.apply(crashLine: "meldboek: " + t(.crashStopped(ProcessHardening.crashExitStatus)))
        ProcessHardening.crashIfTestAsks()
        // While an unlock session runs, its agent keeps the last chain head seen, beside the state file.
        SeenHeads.witness = AgentHeadWitness()
        // A run killed outright mid-edit left its text on tmpfs; shred it now.
        EditorSession().removeStaleFolders()
        do {
            // Not left to the parser, which knows no `--lang` before the command.
            let languages = Localized.chooseOneOf(Language.allCases.map(\.rawValue))
            if let unknown = languageChoice.unknown {
                Self.fail(ErrorPresentation(t(.unknownLanguage(unknown)), hint: t(languages), exitCode: ExitStatus.usage))
            }
            if languageChoice.lacksValue {
                Self.fail(ErrorPresentation(t(.missingValue("--lang <nl|en>")), hint: t(languages), exitCode: ExitStatus.usage))
            }
            // `help` reads command words itself and shows the top help for one it doesn't know: say which instead.
            if commandLine.first == "help",
               let unknown = UnknownCommand.find(in: Array(commandLine.dropFirst()), root: Self.self) {
                Self.fail(unknown.errorPresentation)
            }
            var command = try parseAsRoot(commandLine)
            try command.run()
            reportFingerprintAfterWrites()
        } catch {
            // Released before the process ends, so SQLite closes the vault and folds its write-ahead log back in.
            openedJournal = nil
            if let presentation = ErrorPresentation.of(error, t) { Self.fail(presentation) }
            // Usage errors get the same one-line form as every other error; help and --version go to standard
            // output as the parser wrote them, help with its headings in the user's language.
            switch exitCode(for: error) {
            case .validationFailure:
                Self.fail(usageMistake(error))
            case .success:
                let text = fullMessage(for: error)
                if !text.isEmpty { print(ParserText.help(text, in: interfaceLanguage)) }
                Foundation.exit(ExitCode.success.rawValue)
            default:
                // The parser's own exit codes pass through; anything else is a bug, shown without its internals.
                if error is ExitCode { exit(withError: error) }
                Self.fail(ErrorPresentation.unexpected(t))
            }
        }
    }

    /// What the user reads for a command line the parser refused: a mistyped command with the one that
    /// was probably meant, else the parser's sentence in the user's language, with where to read more.
    static func usageMistake(_ error: Error) -> ErrorPresentation {
        if let unknown = UnknownCommand.find(in: commandLine, root: Self.self) { return unknown.errorPresentation }
        let command = UnknownCommand.commandWords(in: commandLine, root: Self.self).known.joined(separator: " ")
        let help: Localized = command.isEmpty ? .commandsListedBy("meldboek") : .helpFor(command)
        let sentence = message(for: error)
        guard let (message, hint) = ParserText.mistake(sentence) else {
            return ErrorPresentation(sentence, hint: t(help), exitCode: ExitStatus.usage)
        }
        return ErrorPresentation(t(message), hint: t(hint ?? help), exitCode: ExitStatus.usage)
    }

    /// After a command that wrote to the journal, its new fingerprint on standard error,
    /// for the melder to note down and check later with `verify --expect`.
    static func reportFingerprintAfterWrites() {
        // Released before the process ends, so SQLite closes the vault and folds its write-ahead log back in.
        defer { openedJournal = nil }
        if let journal = openedJournal { exchangeAfterWrites(journal) }
        guard let journal = openedJournal, journal.writes > 0, let fingerprint = try? journal.headFingerprint() else {
            return
        }
        FileHandle.standardError.write(Data((t(.journalFingerprint(fingerprint)) + "\n").utf8))
    }

    static func fail(_ presentation: ErrorPresentation) -> Never {
        openedJournal = nil
        // Messages echo names from files and from other people: no control character reaches the terminal raw.
        // "meldboek: error: Sentence." as age prints it: the program's name, for output mixed with a pipeline's,
        // then the kind of line in the user's language, then the message as a whole sentence.
        // The user's own no or Ctrl-C is not an error: the line says what happened, without the label.
        let label = presentation.isOwnChoice ? "" : t(.errorLabel) + " "
        var text = "meldboek: \(label)\(OutsideText.line(presentation.message))\n"
        if let hint = presentation.hint { text += "meldboek: \(t(.hintLabel)) \(OutsideText.line(hint))\n" }
        FileHandle.standardError.write(Data(text.utf8))
        Foundation.exit(presentation.exitCode)
    }
}
