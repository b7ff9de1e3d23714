// `meldboek search`: find entries by words in any field.
import ArgumentParser
import MeldboekCore

extension Meldboek {
    struct Search: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: t(.searchAbstract), aliases: ["zoek"])
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: JSONOption

        @Argument(help: ArgumentHelp(t(.helpSearchWords), valueName: t(.placeholderText)))
        var words: [String]

        func run() throws {
            var filter = EntryFilter()
            filter.words = words.flatMap { $0.split(whereSeparator: \.isWhitespace).map(String.init) }
            let journal = try global.unlockJournal()
            let (outlines, damage) = try journal.outlines(matching: filter, calendar: global.calendar)
            try printEntries(outlines, of: journal, damage: damage, json: output.json, text: global.text)
        }
    }
}
