// `meldboek show`: one entry, optionally with every revision.
import ArgumentParser
import Foundation
import MeldboekCore
import MeldboekText

extension Meldboek {
    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: t(.showAbstract), aliases: ["toon"])
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: JSONOption

        @Argument(help: ArgumentHelp(t(.helpID), valueName: "id"))
        var id: String

        @Flag(help: ArgumentHelp(t(.helpHistory)))
        var history = false

        func run() throws {
            let journal = try global.unlockJournal()
            let (entry, damage) = try journal.lookup(id)
            let committed = committedTimes(journal, of: [entry]).map { $0[entry.id] ?? [:] }
            if output.json {
                try printJSON(EntryDocument(entry, withRevisions: true, committed: committed ?? [:]))
            } else {
                // Text pasted from a mail or a file name can hold terminal controls: shown, not obeyed.
                print(OutsideText.lines(global.text.full(entry, history: history, committed: committed)), terminator: "")
            }
            try failIfDamaged(damage)
        }
    }
}
