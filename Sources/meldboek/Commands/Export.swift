// `meldboek export`: readable JSON or Markdown for the melder's own use.
import ArgumentParser
import Foundation
import MeldboekCore

extension Meldboek {
    struct Export: ParsableCommand {
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case json, markdown
        }

        /// The whole export as JSON.
        struct Document: Encodable {
            var format = "meldboek-export"
            var version = 1
            var exportedAt: Date
            var entries: [EntryDocument]
        }

        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: t(.exportAbstract), aliases: ["exporteer"])
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var filters: FilterOptions

        @Option(help: ArgumentHelp(t(.helpFormat), valueName: t(.placeholderFormat)))
        var format: Format = .json

        @Option(help: ArgumentHelp(t(.helpOut), valueName: t(.placeholderPath)), completion: .file())
        var out: String

        func run() throws {
            let filter = try filters.filter(dates: global.dates)
            let destination = URL(fileURLWithPath: out)
            try NamedFile.checkAbsent(destination.path)
            let snapshot = try global.unlockJournal().snapshot()
            let entries = filter.apply(to: snapshot.entries, calendar: global.calendar)
            let now = Date()
            let data: Data
            switch format {
            case .json:
                data = try EntryDocument.makeEncoder().encode(
                    Document(exportedAt: now, entries: entries.map { EntryDocument($0, withRevisions: true) }))
            case .markdown:
                data = Data(global.text.markdown(entries, exportedAt: now).utf8)
            }
            FileHandle.standardError.write(Data((t(.plaintextWarning(destination.path)) + "\n").utf8))
            try PrivateFiles.write(data, to: destination)
            print(t(.exported(entries.count, destination.path)))
            try failIfDamaged(snapshot.damage)
        }
    }
}
