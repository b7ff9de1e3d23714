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
                AttachmentCommand.self, Delete.self, Passwd.self, Verify.self, Export.self,
                Stats.self, ReportCommand.self, Identity.self, ContactsCommand.self, Share.self, Shares.self, Receipts.self, Adviser.self,
                Unlock.self, Lock.self, Status.self, Agent.self,
            ])
    }

    static func main() {
        ProcessHardening.apply()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
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

    static func fail(_ presentation: ErrorPresentation) -> Never {
        var text = "meldboek: error: \(presentation.message)\n"
        if let hint = presentation.hint { text += "meldboek: hint: \(hint)\n" }
        FileHandle.standardError.write(Data(text.utf8))
        Foundation.exit(presentation.exitCode)
    }
}
