// Counting what the journal holds: per kind, per month, per person and per place, and the gaps between incidents.
import Foundation

/// Counts over a set of entries that make a pattern visible.
///
/// Unwanted behaviour is often the same person, again and again, over months.
/// These counts are what `meldboek stats` prints and what the report's chart and
/// people table are drawn from:
///
/// ```swift
/// let statistics = JournalStatistics(outlines.map(JournalStatistics.Incident.init), calendar: calendar, now: Date())
/// statistics.people.filter(\.isRepeated)   // people in three or more entries
/// ```
///
/// An incident is placed in time by when it happened; one whose date is unknown
/// counts in every total except those per month, the time line's gaps and the
/// most recent incident. A range ("half oktober 2026", "voorjaar 2024") counts in the
/// month its estimate starts and is placed by that start as the most recent incident
/// or as someone's first or last time, shown as it was given; it starts no gap, which
/// needs a day. A vague time within one day ("gisteravond", "rond 10 uur") counts as
/// that day. A month stays a month: it is someone's first or last time and the most
/// recent incident as a month, and starts no gap, since a count of days from its first
/// day would claim a precision nobody gave. An incident of several kinds counts once for each kind.
public struct JournalStatistics: Sendable, Equatable {
    /// How many entries a person must appear in to be marked as a repeated pattern.
    public static let repeatedPatternThreshold = 3

    /// What the statistics need to know of one entry.
    public struct Incident: Sendable, Equatable {
        public var id: String
        public var title: String
        public var occurredAt: OccurredAt?
        public var categories: [Category]
        public var people: [Person]
        public var location: String?

        public init(
            id: String, title: String, occurredAt: OccurredAt?, categories: [Category], people: [Person],
            location: String?
        ) {
            self.id = id
            self.title = title
            self.occurredAt = occurredAt
            self.categories = categories
            self.people = people
            self.location = location
        }

        /// The incident an outline describes.
        public init(_ outline: EntryOutline) {
            self.init(
                id: outline.id.description, title: outline.title, occurredAt: outline.occurredAt,
                categories: outline.categories, people: outline.people, location: outline.location)
        }
    }

    /// How many entries are of one kind; `category` nil counts entries with no kind given.
    public struct CategoryCount: Sendable, Equatable {
        public var category: Category?
        public var count: Int

        public init(category: Category?, count: Int) {
            self.category = category
            self.count = count
        }
    }

    /// How many incidents happened in one calendar month, in total and per kind.
    public struct MonthCount: Sendable, Equatable {
        public var year: Int
        public var month: Int
        /// Incidents that happened this month.
        public var count: Int
        /// Per kind, in ``Category`` order, then nil for no kind given; kinds with no incident are left out.
        public var categories: [CategoryCount]

        /// The month as `2025-03`.
        public var iso: String { String(format: "%04d-%02d", year, month) }
    }

    /// Someone involved, as often as they appear.
    public struct PersonCount: Sendable, Equatable {
        /// The name as first written.
        public var name: String
        /// Every role they were given, in ``Role`` order.
        public var roles: [Role]
        /// Every word the melder used for their role ("teamleider"), as first written, in the order first used.
        public var roleWords: [String] = []
        public var count: Int
        /// When the first and the last incident they appear in happened, as it was given (a range placed by its
        /// start); nil when none of them is placed in time.
        public var first: OccurredAt?
        public var last: OccurredAt?

        /// Whether they appear in ``JournalStatistics/repeatedPatternThreshold`` entries or more.
        public var isRepeated: Bool { count >= JournalStatistics.repeatedPatternThreshold }
    }

    /// How many incidents happened at one place.
    public struct PlaceCount: Sendable, Equatable {
        /// The place as first written.
        public var place: String
        public var count: Int
    }

    /// The time between two incidents with a known day that follow each other.
    public struct Stretch: Sendable, Equatable {
        public var from: Date
        public var to: Date
        /// Whole calendar days from the first incident's day to the next one's.
        public var days: Int
    }

    /// The latest incident placed in time: a moment, a day, a month, or a range by where it starts.
    public struct Latest: Sendable, Equatable {
        public var id: String
        public var title: String
        public var occurredAt: OccurredAt
        /// Whole calendar days from its day to today; 0 for today, negative for a future date;
        /// nil for a month, which names no day to count from.
        public var daysAgo: Int?
    }

    public var total: Int
    /// Entries whose date is unknown, or known only in words with no estimate.
    public var undated: Int
    /// Every kind with at least one entry, in ``Category`` order, then entries with no kind given.
    public var categories: [CategoryCount]
    /// Every month from the first to the last dated incident, empty months included, oldest first.
    public var months: [MonthCount]
    /// Most often first, then by name.
    public var people: [PersonCount]
    /// Most often first, then by place.
    public var places: [PlaceCount]
    /// The longest time between two incidents with a known day or month that follow each other; nil with fewer than two.
    public var longestStretch: Stretch?
    public var latest: Latest?

    /// Counts the incidents, placing them in time with `calendar` and measuring days up to `now`.
    public init(_ incidents: [Incident], calendar: Calendar, now: Date) {
        total = incidents.count
        let dated = incidents.compactMap { incident in
            incident.occurredAt.flatMap { when in when.sortDate(in: calendar).map { (incident, when, $0) } }
        }.sorted { $0.2 < $1.2 }
        undated = incidents.count - dated.count

        var byCategory: [Category?: Int] = [:]
        for incident in incidents {
            for category in Self.kinds(of: incident) { byCategory[category, default: 0] += 1 }
        }
        categories = Self.ordered(byCategory)

        months = Self.months(dated.map { ($0.0, $0.2) }, calendar: calendar)
        people = Self.people(incidents, calendar: calendar)

        var places: [String: PlaceCount] = [:]
        var placeOrder: [String] = []
        for incident in incidents {
            guard let place = incident.location?.trimmingCharacters(in: .whitespacesAndNewlines), !place.isEmpty else {
                continue
            }
            let key = Folding.fold(place)
            if places[key] == nil { placeOrder.append(key) }
            places[key, default: PlaceCount(place: place, count: 0)].count += 1
        }
        self.places = placeOrder.compactMap { places[$0] }.sorted {
            ($1.count, Folding.fold($0.place)) < ($0.count, Folding.fold($1.place))
        }

        let knownDays = dated.compactMap { incident, when, date in
            Self.knownDay(when, calendar: calendar).map { (incident, date, $0.dayNumber) }
        }
        longestStretch = nil
        for index in knownDays.indices.dropFirst() {
            let length = knownDays[index].2 - knownDays[index - 1].2
            if length > (longestStretch?.days ?? -1) {
                longestStretch = Stretch(from: knownDays[index - 1].1, to: knownDays[index].1, days: length)
            }
        }
        // A range ("half oktober", "spring 2024") is placed by where it starts, as in `list`.
        if let last = dated.last {
            let today = CivilDay(containing: now, in: calendar)?.dayNumber
            let daysAgo = Self.knownDay(last.1, calendar: calendar).flatMap { day in today.map { $0 - day.dayNumber } }
            latest = Latest(id: last.0.id, title: last.0.title, occurredAt: last.1, daysAgo: daysAgo)
        } else {
            latest = nil
        }
    }

    /// The day it happened on, when known; see ``OccurredAt/knownDay(in:)``.
    static func knownDay(_ occurredAt: OccurredAt?, calendar: Calendar) -> CivilDay? {
        occurredAt?.knownDay(in: calendar)
    }

    /// `2025-03-04`: the day it happened on, when known (a day or a moment); nil for a month, a range or nothing.
    public static func isoDay(_ occurredAt: OccurredAt?, calendar: Calendar) -> String? {
        knownDay(occurredAt, calendar: calendar)?.iso
    }

    /// `2025-03-04`: the day in `calendar` that holds `date`.
    public static func isoDay(containing date: Date, calendar: Calendar) -> String? {
        CivilDay(containing: date, in: calendar)?.iso
    }

    /// The kinds an incident counts under: its own, or nil for none given.
    static func kinds(of incident: Incident) -> [Category?] {
        incident.categories.isEmpty ? [nil] : Array(Set(incident.categories)).sorted().map { $0 }
    }

    /// Counts in ``Category`` order, then nil; zero counts left out.
    static func ordered(_ counts: [Category?: Int]) -> [CategoryCount] {
        (Category.allCases.map { Optional($0) } + [nil]).compactMap { category in
            counts[category].map { CategoryCount(category: category, count: $0) }
        }
    }

    private static func months(_ dated: [(Incident, Date)], calendar: Calendar) -> [MonthCount] {
        var counts: [CivilMonth: (total: Int, kinds: [Category?: Int])] = [:]
        for (incident, date) in dated {
            guard let month = CivilDay(containing: date, in: calendar)?.civilMonth else { continue }
            counts[month, default: (0, [:])].total += 1
            for category in kinds(of: incident) { counts[month, default: (0, [:])].kinds[category, default: 0] += 1 }
        }
        guard let first = counts.keys.min(), let last = counts.keys.max() else { return [] }
        var result: [MonthCount] = []
        var month = first
        while month <= last {
            let count = counts[month]
            result.append(MonthCount(
                year: month.year, month: month.month, count: count?.total ?? 0,
                categories: ordered(count?.kinds ?? [:])))
            month = month.adding(months: 1)
        }
        return result
    }

    private static func people(_ incidents: [Incident], calendar: Calendar) -> [PersonCount] {
        var found: [String: PersonCount] = [:]
        var roles: [String: Set<Role>] = [:]
        var words: [String: [String]] = [:]
        for incident in incidents {
            // Anything placed in time counts, a range by its start; it is shown as it was given.
            let date = incident.occurredAt?.sortDate(in: calendar)
            let when = date == nil ? nil : incident.occurredAt
            var seen = Set<String>()
            for person in incident.people {
                let key = Folding.fold(person.name)
                guard !key.isEmpty else { continue }
                roles[key, default: []].insert(person.role)
                if let said = person.roleWords, !words[key, default: []].contains(where: { Folding.fold($0) == Folding.fold(said) }) {
                    words[key, default: []].append(said)
                }
                // Named twice in one entry still counts as one entry.
                guard seen.insert(key).inserted else { continue }
                var count = found[key] ?? PersonCount(name: person.name, roles: [], count: 0)
                count.count += 1
                if let when, let date {
                    if count.first?.sortDate(in: calendar).map({ date < $0 }) ?? true { count.first = when }
                    if count.last?.sortDate(in: calendar).map({ date > $0 }) ?? true { count.last = when }
                }
                found[key] = count
            }
        }
        return found.map { key, count in
            var count = count
            count.roles = Role.allCases.filter { roles[key, default: []].contains($0) }
            count.roleWords = words[key, default: []]
            return count
        }.sorted { ($1.count, Folding.fold($0.name)) < ($0.count, Folding.fold($1.name)) }
    }
}
