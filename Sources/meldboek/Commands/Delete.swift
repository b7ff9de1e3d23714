// `meldboek delete`: remove an entry for good, after confirmation.
import ArgumentParser
import MeldboekCore
import MeldboekTerminal

extension Meldboek {
    struct Delete: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: t(.deleteAbstract), aliases: ["verwijder"])
        }

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp(t(.helpID), valueName: "id"))
        var id: String

        @Flag(help: ArgumentHelp(t(.helpYes)))
        var yes = false

        func run() throws {
            let journal = try global.unlockJournal()
            let entry = try journal.entry(id)
            if !yes {
                guard Terminal.isAvailable else { throw CommandError.confirmationNeedsTerminal }
                let question = t(.deleteConfirm(entry.id.short, entry.current.title, versions: entry.revisions.count,
                                                attachments: entry.attachments.count))
                guard Terminal.confirm(question) else { throw MeldboekError.cancelled }
            }
            try journal.delete(entry.id.description)
            print(t(.deleted(entry.id.short)))
        }
    }
}
