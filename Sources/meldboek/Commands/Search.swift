// `meldboek search`: find entries by words in any field.
import ArgumentParser
import MeldboekCore

extension Meldboek {
    struct Search: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: t(.searchAbstract)) }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: JSONOption

        @Argument(help: ArgumentHelp(t(.helpSearchWords), valueName: "text"))
        var words: [String]

        func run() throws {
            var filter = EntryFilter()
            filter.words = words.flatMap { $0.split(whereSeparator: \.isWhitespace).map(String.init) }
            let snapshot = try global.unlockJournal().snapshot()
            let entries = filter.apply(to: snapshot.entries, calendar: global.calendar)
            try printEntries(entries, unreadable: snapshot.unreadable.count, json: output.json, text: global.text)
        }
    }
}
