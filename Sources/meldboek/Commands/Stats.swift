// `meldboek stats`: counts per kind, month, person and place, and the gaps between incidents.
import ArgumentParser
import Foundation
import MeldboekCore
import MeldboekText

extension Meldboek {
    struct Stats: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: t(.statsAbstract), aliases: ["statistiek"])
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: JSONOption

        @Option(help: ArgumentHelp(t(.helpSince), valueName: t(.placeholderDate)))
        var since: String?

        @Option(help: ArgumentHelp(t(.helpUntil), valueName: t(.placeholderDate)))
        var until: String?

        func run() throws {
            let filter = try FilterOptions.period(since: since, until: until, dates: global.dates)
            let journal = try global.unlockJournal()
            let (outlines, damage) = try journal.outlines(matching: filter, calendar: global.calendar)
            let statistics = JournalStatistics(
                outlines.map(JournalStatistics.Incident.init), calendar: global.calendar, now: Date())
            if output.json {
                try printJSON(StatisticsDocument(statistics, calendar: global.calendar))
            } else {
                print(OutsideText.lines(StatisticsText(global.text, calendar: global.calendar).render(statistics)), terminator: "")
            }
            try failIfDamaged(damage)
        }
    }
}

/// The statistics as JSON: keys and ISO dates, no translated words.
struct StatisticsDocument: Encodable {
    struct Kind: Encodable {
        /// The category's key; null for entries with no kind given.
        var category: String?
        var count: Int

        private enum CodingKeys: String, CodingKey { case category, count }

        // Written as null rather than left out: a reader finds the same keys whatever the journal holds.
        func encode(to encoder: Encoder) throws {
            var keys = encoder.container(keyedBy: CodingKeys.self)
            try keys.encode(category, forKey: .category)
            try keys.encode(count, forKey: .count)
        }
    }

    struct Month: Encodable {
        var month: String
        var count: Int
        var categories: [Kind]
    }

    struct Person: Encodable {
        var name: String
        var roles: [String]
        /// The melder's own words for their role, as first written; empty when none.
        var roleWords: [String]
        var count: Int
        var first: String?
        var last: String?
        var repeatedPattern: Bool

        private enum CodingKeys: String, CodingKey { case name, roles, roleWords, count, first, last, repeatedPattern }

        func encode(to encoder: Encoder) throws {
            var keys = encoder.container(keyedBy: CodingKeys.self)
            try keys.encode(name, forKey: .name)
            try keys.encode(roles, forKey: .roles)
            try keys.encode(roleWords, forKey: .roleWords)
            try keys.encode(count, forKey: .count)
            try keys.encode(first, forKey: .first)
            try keys.encode(last, forKey: .last)
            try keys.encode(repeatedPattern, forKey: .repeatedPattern)
        }
    }

    struct Place: Encodable {
        var place: String
        var count: Int
    }

    struct Stretch: Encodable {
        var from: String
        var to: String
        var days: Int
    }

    struct Latest: Encodable {
        var id: String
        var title: String
        /// As in `show --json`: `2025-03-04T13:00:00Z`, `2025-03-04` or `2025-03`.
        var occurredAt: String
        var occurredAtKind: String
        /// Left out for a month, which names no day to count from.
        var daysAgo: Int?
    }

    var total: Int
    var undated: Int
    var categories: [Kind]
    var months: [Month]
    var people: [Person]
    var places: [Place]
    var longestStretch: Stretch?
    var latest: Latest?

    private enum CodingKeys: String, CodingKey {
        case total, undated, categories, months, people, places, longestStretch, latest
    }

    // longestStretch and latest are null, not left out, when there is nothing to measure (as the guide says).
    func encode(to encoder: Encoder) throws {
        var keys = encoder.container(keyedBy: CodingKeys.self)
        try keys.encode(total, forKey: .total)
        try keys.encode(undated, forKey: .undated)
        try keys.encode(categories, forKey: .categories)
        try keys.encode(months, forKey: .months)
        try keys.encode(people, forKey: .people)
        try keys.encode(places, forKey: .places)
        try keys.encode(longestStretch, forKey: .longestStretch)
        try keys.encode(latest, forKey: .latest)
    }

    init(_ statistics: JournalStatistics, calendar: Calendar) {
        let text = StatisticsText(EntryText(language: .en, timeZone: calendar.timeZone), calendar: calendar)
        func kinds(_ counts: [JournalStatistics.CategoryCount]) -> [Kind] {
            counts.map { Kind(category: $0.category?.rawValue, count: $0.count) }
        }
        total = statistics.total
        undated = statistics.undated
        categories = kinds(statistics.categories)
        months = statistics.months.map { Month(month: $0.iso, count: $0.count, categories: kinds($0.categories)) }
        people = statistics.people.map {
            Person(name: $0.name, roles: $0.roles.map(\.rawValue), roleWords: $0.roleWords, count: $0.count,
                   first: $0.first.map(text.machineWhen),
                   last: $0.last.map(text.machineWhen), repeatedPattern: $0.isRepeated)
        }
        places = statistics.places.map { Place(place: $0.place, count: $0.count) }
        longestStretch = statistics.longestStretch.map {
            Stretch(from: text.day($0.from), to: text.day($0.to), days: $0.days)
        }
        latest = statistics.latest.map {
            Latest(id: $0.id, title: $0.title, occurredAt: $0.occurredAt.machineValue,
                   occurredAtKind: $0.occurredAt.kindName, daysAgo: $0.daysAgo)
        }
    }
}
