// `meldboek amend`: add a revision to an entry; the earlier ones stay.
import ArgumentParser
import Foundation
import MeldboekCore
import MeldboekInterview
import MeldboekTerminal

extension Meldboek {
    struct Amend: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: t(.amendAbstract), discussion: t(.amendDiscussion), aliases: ["aanvullen"])
        }

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp(t(.helpID), valueName: "id"))
        var id: String

        @OptionGroup var fields: EntryFieldOptions

        @Option(name: .customLong("append"), help: ArgumentHelp(t(.helpAppend), valueName: t(.placeholderText)))
        var addition: String?

        @Option(name: .customLong("remove-person"), help: ArgumentHelp(t(.helpRemovePerson), valueName: t(.placeholderName)))
        var removePeople: [String] = []

        @Option(name: .customLong("remove-witness"), help: ArgumentHelp(t(.helpRemoveWitness), valueName: t(.placeholderName)))
        var removeWitnesses: [String] = []

        @Option(name: .customLong("remove-category"),
                help: ArgumentHelp(t(.helpRemoveCategory), valueName: t(.placeholderCategory)))
        var removeCategories: [String] = []

        @Option(name: .customLong("remove-tag"), help: ArgumentHelp(t(.helpRemoveTag), valueName: t(.placeholderTag)))
        var removeTags: [String] = []

        func run() throws {
            let journal = try global.unlockJournal()
            let current = try journal.entry(id)
            let noFlags = fields.isEmpty && addition == nil
                && [removePeople, removeWitnesses, removeCategories, removeTags].allSatisfy(\.isEmpty)
            if noFlags && isatty(STDIN_FILENO) == 1, let terminal = InterviewTerminal() {
                defer { terminal.close() }
                let result = try Interview(language: interfaceLanguage, dates: global.dates)
                    .amendment(of: current, on: terminal)
                terminal.close()
                return try save(result, to: current, in: journal)
            }
            var change = try fields.change(currentNarrative: current.current.narrative)
            change.narrativeAddition = addition
            change.removePeople = removePeople
            change.removeWitnesses = removeWitnesses
            change.removeCategories = try resolvingAmbiguousCategories(removeCategories)
            change.removeTags = removeTags
            let dates = global.dates
            try change.askWhichReading(dates: dates)
            let newDate = fields.when != nil || fields.whenApproximately != nil
            let (entry, changed) = try journal.amend(current.id.description) {
                try change.apply(to: &$0, dates: dates)
                // Only a date given now: an entry whose older date lies ahead can still be amended otherwise.
                if newDate { try checkNotInTheFuture($0.occurredAt, dates: dates, timeZone: global.calendar.timeZone) }
            }
            print(changed ? t(.entryAmended(entry.id.short, entry.revisions.count)) : t(.nothingChanged))
            if changed {
                // Own words are said with their estimate only when typed now; an older date is said as stored.
                ReadBack(text: global.text).say(entry.current, ownWords: fields.whenApproximately != nil)
            }
        }

        /// Writes what the interview asked for in one transaction: a new version if anything changed, and the files.
        private func save(_ result: InterviewResult, to current: Entry, in journal: Journal) throws {
            let dates = global.dates
            let (entry, changed) = try journal.amend(current.id.description, attaching: result.attachments) {
                try result.change.apply(to: &$0, dates: dates)
            }
            if changed { print(t(.entryAmended(entry.id.short, entry.revisions.count))) }
            for file in result.attachments { print(t(.attached(file.lastPathComponent, entry.id.short))) }
            if !changed && result.attachments.isEmpty { print(t(.nothingChanged)) }
        }
    }
}
