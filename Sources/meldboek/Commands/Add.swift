// `meldboek add`: record a new incident.
import ArgumentParser
import Foundation
import MeldboekCore
import MeldboekTerminal

extension Meldboek {
    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: t(.addAbstract), discussion: t(.addDiscussion), aliases: ["toevoegen"])
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var fields: EntryFieldOptions

        @Option(name: .customLong("attach"), help: ArgumentHelp(t(.helpAttach), valueName: t(.placeholderFile)))
        var attachments: [String] = []

        func run() throws {
            if fields.isEmpty && attachments.isEmpty && isatty(STDIN_FILENO) == 1 && Terminal.isAvailable {
                return try interview()
            }
            // Read and check everything the user typed before asking for the passphrase.
            var entryFields = EntryFields()
            var change = try fields.change(currentNarrative: "")
            let dates = global.dates
            try change.askWhichReading(dates: dates)
            try change.apply(to: &entryFields, dates: dates)
            for file in attachments { try NamedFile.checkReadable(file) }
            let journal = try global.unlockJournal()
            let entry = try journal.add(entryFields, attachments: attachments.map { URL(fileURLWithPath: $0) })
            print(t(.entryAdded, entry.id))
            ReadBack(text: global.text).say(entry.current, ownWords: fields.whenApproximately != nil)
        }

        /// Asks for the entry question by question, after unlocking, so a wrong passphrase loses nothing typed.
        private func interview() throws {
            let journal = try global.unlockJournal()
            guard let terminal = InterviewTerminal() else { throw MeldboekError.nothingToRecord }
            defer { terminal.close() }
            let result = try Interview(language: interfaceLanguage, dates: global.dates).newEntry(on: terminal)
            terminal.close()
            let entry = try journal.add(result.fields, attachments: result.attachments)
            print(t(.entryAdded, entry.id))
        }
    }
}
