// `meldboek report` and `meldboek adviser report`: entries in time order as HTML or Markdown.
import ArgumentParser
import Foundation
import MeldboekCore
import MeldboekReport
import MeldboekShare

/// `--format`, `--redact` and `--out`, shared by the melder's and the adviser's report.
struct ReportOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, markdown
    }

    @Option(help: ArgumentHelp(t(.helpReportFormat), valueName: t(.placeholderFormat)))
    var format: Format = .html

    @Option(help: ArgumentHelp(t(.helpReportRedact), valueName: "people,witnesses,location"))
    var redact: String?

    @Option(name: .customLong("redact-word"), help: ArgumentHelp(t(.helpReportRedactWord), valueName: t(.placeholderWord)))
    var redactWords: [String] = []

    @Option(help: ArgumentHelp(t(.helpOut), valueName: t(.placeholderPath)), completion: .file())
    var out: String

    /// Checks what needs no vault: the redactions and that the file does not exist yet.
    func prepare() throws -> (redactions: Set<Redaction>, destination: URL) {
        try checkRedactWords(redactWords)
        let redactions = try parseRedactions(redact)
        let destination = URL(fileURLWithPath: out)
        try NamedFile.checkAbsent(destination.path)
        return (redactions, destination)
    }

    /// Renders the report and writes it readable only by the user, after a warning that it is not encrypted.
    func write(_ report: Report, to destination: URL) throws {
        let document = switch format {
        case .html: ReportHTML(report).render()
        case .markdown: ReportMarkdown(report).render()
        }
        FileHandle.standardError.write(Data((t(.plaintextWarning(destination.path)) + "\n").utf8))
        try PrivateFiles.write(Data(document.utf8), to: destination)
        print(t(.reportWritten(report.entries.count, destination.path)))
    }
}

extension Meldboek {
    struct ReportCommand: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "report", abstract: t(.reportAbstract), aliases: ["rapport"])
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var filters: FilterOptions
        @OptionGroup var options: ReportOptions

        func run() throws {
            let filter = try filters.filter(dates: global.dates)
            let (redactions, destination) = try options.prepare()
            let journal = try global.unlockJournal()
            var (outlines, damage) = try journal.outlines(matching: filter, calendar: global.calendar)
            let (whole, unreadable) = try journal.entries(outlines)
            damage.unreadable += unreadable
            let committed = committedTimes(journal, of: whole)
            let entries = whole.map { entry in ReportEntry(entry, committed: committed.map { $0[entry.id] ?? [:] }) }
            // Names listed on any entry are hidden where a reported one mentions them, as a share hides them.
            let known = redactions.isEmpty && options.redactWords.isEmpty
                ? [] : try journal.snapshot().entries.flatMap { $0.revisions.map(\.fields) }
            let report = Report(
                entries: entries, redactions: redactions, known: known, words: options.redactWords,
                language: interfaceLanguage, calendar: global.calendar, generatedAt: Date())
            try options.write(report, to: destination)
            try failIfDamaged(damage)
        }
    }
}

extension Meldboek.Adviser {
    struct CaseReport: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "report", abstract: t(.adviserReportAbstract), aliases: ["rapport"])
        }

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp(t(.helpCaseName), valueName: t(.placeholderCase)))
        var name: String

        @OptionGroup var filters: FilterOptions
        @OptionGroup var options: ReportOptions

        func run() throws {
            let filter = try filters.filter(dates: global.dates)
            let (redactions, destination) = try options.prepare()
            let file = try CaseFile.named(name, in: try global.unlockAdviser())
            let chosen = file.entries(matching: filter, calendar: global.calendar)
            // The case is all the adviser has: a name listed on any of its entries is hidden in every one.
            let report = Report(
                entries: chosen.map { ReportEntry($0, bundles: file.bundles) }, redactions: redactions,
                known: file.entries.flatMap { $0.versions.map(\.fields) },
                words: options.redactWords, caseFile: file, language: interfaceLanguage, calendar: global.calendar, generatedAt: Date())
            try options.write(report, to: destination)
        }
    }
}
