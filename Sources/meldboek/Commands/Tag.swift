// `meldboek tag`: add or remove tags, as a new revision.
import ArgumentParser
import MeldboekCore

extension Meldboek {
    struct Tag: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: t(.tagAbstract), aliases: ["label"])
        }

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp(t(.helpID), valueName: "id"))
        var id: String

        @Argument(help: ArgumentHelp(t(.helpTags), valueName: t(.placeholderTag)))
        var tags: [String]

        @Flag(help: ArgumentHelp(t(.helpRemove)))
        var remove = false

        func run() throws {
            let journal = try global.unlockJournal()
            var change = EntryChange()
            if remove { change.removeTags = tags } else { change.addTags = tags }
            let dates = global.dates
            let (entry, changed) = try journal.amend(id) { try change.apply(to: &$0, dates: dates) }
            print(changed ? t(.entryAmended(entry.id.short, entry.revisions.count)) : t(.nothingChanged))
        }
    }
}
