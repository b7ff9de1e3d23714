// The flags that choose entries, shared by `list` and `export`.
import ArgumentParser
import Foundation
import MeldboekCore

/// `--since`, `--until`, `--category`, `--person`, `--tag`.
struct FilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp(t(.helpSince), valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp(t(.helpUntil), valueName: "date"))
    var until: String?

    @Option(name: .customLong("category"), help: ArgumentHelp(t(.helpFilterCategory), valueName: "category"))
    var categories: [String] = []

    @Option(name: .customLong("person"), help: ArgumentHelp(t(.helpFilterPerson), valueName: "name"))
    var people: [String] = []

    @Option(name: .customLong("tag"), help: ArgumentHelp(t(.helpFilterTag), valueName: "tag"))
    var tags: [String] = []

    /// The filter these flags describe, with dates read by `dates`.
    func filter(dates: DateParser) throws -> EntryFilter {
        var filter = try Self.period(since: since, until: until, dates: dates)
        filter.categories = try categories.map(Category.parse)
        filter.people = people
        filter.tags = tags
        return filter
    }

    /// A filter for the period from `since` to `until`, both included; either may be left open.
    static func period(since: String?, until: String?, dates: DateParser) throws -> EntryFilter {
        var filter = EntryFilter()
        if let since {
            do { filter.since = try dates.boundary(since, end: false) } catch { throw MeldboekError.unreadableDate(since) }
        }
        if let until {
            do { filter.until = try dates.boundary(until, end: true) } catch { throw MeldboekError.unreadableDate(until) }
        }
        return filter
    }
}

/// Prints entries one line each, or as a JSON array; warns about unreadable records.
func printEntries(
    _ outlines: [EntryOutline], of journal: Journal, unreadable: Int, json: Bool, text: EntryText
) throws {
    if json {
        // JSON holds every field, so only here are the whole entries read.
        try printJSON(try journal.entries(outlines).map { EntryDocument($0, withRevisions: false) })
    } else if outlines.isEmpty {
        print(t(.noEntries))
    } else {
        for outline in outlines { print(text.line(outline)) }
    }
    try failIfUnreadable(unreadable)
}

/// Warns that `count` records could not be read, after everything else was shown, and fails with exit code 5.
func failIfUnreadable(_ count: Int) throws {
    guard count > 0 else { return }
    FileHandle.standardError.write(Data((t(.unreadableWarning, count) + "\n").utf8))
    throw MeldboekError.unreadableRecords(count: count)
}
