// `meldboek list`: entries, oldest first, filtered.
import ArgumentParser
import MeldboekCore

extension Meldboek {
    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: t(.listAbstract), aliases: ["lijst"])
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var filters: FilterOptions
        @OptionGroup var output: JSONOption

        @Option(name: [.customShort("n"), .long], help: ArgumentHelp(t(.helpLimit), valueName: "n"))
        var limit: Int?

        func validate() throws {
            if let limit, limit < 1 { throw ValidationError(t(.errBadLimit)) }
        }

        func run() throws {
            let filter = try filters.filter(dates: global.dates)
            let journal = try global.unlockJournal()
            var (outlines, damage) = try journal.outlines(matching: filter, calendar: global.calendar)
            if let limit { outlines = Array(outlines.suffix(limit)) }
            try printEntries(outlines, of: journal, damage: damage, json: output.json, text: global.text)
        }
    }
}
