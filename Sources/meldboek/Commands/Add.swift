// `meldboek add`: record a new incident.
import ArgumentParser
import Foundation
import MeldboekCore

extension Meldboek {
    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: t(.addAbstract)) }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var fields: EntryFieldOptions

        @Option(name: .customLong("attach"), help: ArgumentHelp(t(.helpAttach), valueName: "file"))
        var attachments: [String] = []

        func run() throws {
            // Read and check everything the user typed before asking for the passphrase.
            var entryFields = EntryFields()
            let change = try fields.change(currentNarrative: "")
            try change.apply(to: &entryFields, dates: global.dates)
            let journal = try global.unlockJournal()
            let entry = try journal.add(entryFields, attachments: attachments.map { URL(fileURLWithPath: $0) })
            print(t(.entryAdded, entry.id))
        }
    }
}
