// The flags that choose entries, shared by `list` and `export`.
import ArgumentParser
import Foundation
import MeldboekCore
import MeldboekText

/// `--since`, `--until`, `--category`, `--person`, `--tag`.
struct FilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp(t(.helpSince), valueName: t(.placeholderDate)))
    var since: String?

    @Option(help: ArgumentHelp(t(.helpUntil), valueName: t(.placeholderDate)))
    var until: String?

    @Option(name: .customLong("category"), help: ArgumentHelp(t(.helpFilterCategory), valueName: t(.placeholderCategory)))
    var categories: [String] = []

    @Option(name: .customLong("person"), help: ArgumentHelp(t(.helpFilterPerson), valueName: t(.placeholderName)))
    var people: [String] = []

    @Option(name: .customLong("tag"), help: ArgumentHelp(t(.helpFilterTag), valueName: t(.placeholderTag)))
    var tags: [String] = []

    /// The filter these flags describe, with dates read by `dates`.
    func filter(dates: DateParser) throws -> EntryFilter {
        var filter = try Self.period(since: since, until: until, dates: dates)
        filter.categories = try resolvingAmbiguousCategories(categories).map(Category.parse)
        filter.people = people
        filter.tags = tags
        return filter
    }

    /// A filter for the period from `since` to `until`, both included; either may be left open.
    ///
    /// A weekday that does not fit or a day that reads two ways is said as such, as for `--when`.
    static func period(since: String?, until: String?, dates: DateParser) throws -> EntryFilter {
        var filter = EntryFilter()
        if let since { filter.since = try boundary(since, end: false, dates: dates) }
        if let until { filter.until = try boundary(until, end: true, dates: dates) }
        return filter
    }

    private static func boundary(_ text: String, end: Bool, dates: DateParser) throws -> Date {
        do {
            return try dates.boundary(text, end: end)
        } catch let error as DateParseError {
            if case .wrongWeekday = error { throw error }
            if case .ambiguous = error { throw error }
            throw MeldboekError.unreadableDate(text)
        }
    }
}

/// Prints entries one line each, or as a JSON array; warns about damage to the journal.
func printEntries(
    _ outlines: [EntryOutline], of journal: Journal, damage: JournalDamage, json: Bool, text: EntryText
) throws {
    var damage = damage
    if json {
        // JSON holds every field, so only here are the whole entries read.
        let (entries, unreadable) = try journal.entries(outlines)
        damage.unreadable += unreadable
        let committed = committedTimes(journal, of: entries) ?? [:]
        try printJSON(entries.map { EntryDocument($0, withRevisions: false, committed: committed[$0.id] ?? [:]) })
    } else if outlines.isEmpty {
        print(t(.noEntries))
    } else {
        for outline in outlines { print(OutsideText.line(text.line(outline))) }
    }
    try failIfDamaged(damage)
}

/// Warns about everything found wrong with the journal, after everything else was shown,
/// and fails with the integrity exit code (5).
func failIfDamaged(_ damage: JournalDamage) throws {
    guard !damage.isEmpty else { return }
    var warnings: [String] = []
    if damage.headDamaged { warnings.append(t(.warnHeadDamaged)) }
    if damage.endBroken { warnings.append(t(.warnEndBroken)) }
    if damage.rowsChanged && damage.missing == 0 { warnings.append(t(.warnRowsChanged)) }
    if damage.missing > 0 {
        warnings.append(t(.warnMissing(Int(damage.missing))))
    } else if damage.missing < 0 {
        warnings.append(t(.warnExtra(Int(-damage.missing))))
    }
    if damage.outsideChain > 0 {
        warnings.append(t(.warnOutsideChain(damage.outsideChain)))
    }
    if damage.unreadable > 0 { warnings.append(t(.unreadableWarning(damage.unreadable))) }
    FileHandle.standardError.write(Data(warnings.map { $0 + "\n" }.joined().utf8))
    if damage.headDamaged { throw MeldboekError.headDamaged }
    if damage.blocksWrites { throw MeldboekError.journalDamaged }
    throw MeldboekError.unreadableRecords(count: damage.unreadable)
}

