// Counting entries per kind, month, person and place, and the time between incidents.
import Foundation
import MeldboekCore
import MeldboekText
import Testing

@Suite struct StatisticsTests {
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam")!
        return calendar
    }()

    static func incident(
        _ id: String, _ when: OccurredAt?, _ categories: [Category] = [], people: [Person] = [], place: String? = nil
    ) -> JournalStatistics.Incident {
        .init(id: id, title: "title \(id)", occurredAt: when, categories: categories, people: people, location: place)
    }

    static let jan = Person(name: "Jan de Vries", role: .manager)
    static let sara = Person(name: "Sara", role: .colleague)

    static let incidents = [
        incident("a", .day(year: 2025, month: 1, day: 10), [.bullying], people: [jan], place: "Kantine"),
        incident("b", .day(year: 2025, month: 1, day: 20), [.bullying, .aggression], people: [jan, sara], place: "kantine"),
        incident("c", .day(year: 2025, month: 4, day: 2), [], people: [Person(name: "jan de vries", role: .colleague)]),
        incident("d", .month(year: 2025, month: 5), [.discrimination], people: [Person(name: "Eva", role: .client)],
                 place: "Overleg"),
        incident("e", nil, [.other], people: [sara]),
        incident("f", .approximate(text: "eind 2024", estimate: DateInterval(
            start: calendar.date(from: DateComponents(year: 2024, month: 11, day: 1))!,
            end: calendar.date(from: DateComponents(year: 2025, month: 1, day: 1))!)), [.other], people: [sara]),
    ]

    static let now = calendar.date(
        from: DateComponents(year: 2025, month: 6, day: 11, hour: 12))!

    let statistics = JournalStatistics(incidents, calendar: calendar, now: now)

    @Test func countsEveryKindOnceForEachEntryAndEntriesWithoutOne() {
        #expect(statistics.total == 6)
        #expect(statistics.undated == 1)
        #expect(statistics.categories.map(\.category) == [.aggression, .discrimination, .bullying, .other, nil])
        #expect(statistics.categories.map(\.count) == [1, 1, 2, 2, 1])
    }

    @Test func everyMonthFromFirstToLastIsThereEmptyOnesToo() {
        #expect(statistics.months.map(\.iso) == ["2024-11", "2024-12", "2025-01", "2025-02", "2025-03", "2025-04", "2025-05"])
        #expect(statistics.months.map(\.count) == [1, 0, 2, 0, 0, 1, 1])
        let january = statistics.months[2].categories
        #expect(january.map(\.category) == [.aggression, .bullying])
        #expect(january.map(\.count) == [1, 2])
        #expect(statistics.months[5].categories == [.init(category: nil, count: 1)])
    }

    @Test func peopleAreCountedByNameIgnoringCaseWithEveryRoleAndMarkedWhenRepeated() throws {
        let first = try #require(statistics.people.first)
        #expect(first.name == "Jan de Vries")
        #expect(first.roles == [.manager, .colleague])
        #expect(first.count == 3)
        #expect(first.isRepeated)
        #expect(first.first == .day(year: 2025, month: 1, day: 10))
        #expect(first.last == .day(year: 2025, month: 4, day: 2))
        #expect(statistics.people.map(\.name) == ["Jan de Vries", "Sara", "Eva"])
        let eva = try #require(statistics.people.last)
        #expect(eva.count == 1 && !eva.isRepeated)
        // May 2025 stays a month: not 1 May.
        #expect(eva.first == .month(year: 2025, month: 5) && eva.last == .month(year: 2025, month: 5))
        let sara = statistics.people[1]
        #expect(sara.name == "Sara")
        #expect(sara.count == 3)
        // "eind 2024" names no day, yet it came before 20 January: her first time is "eind 2024" as given, not 1 November.
        #expect(sara.first?.kindName == "approximate")
        #expect(sara.first.map { StatisticsText(EntryText(language: .nl, timeZone: Self.calendar.timeZone),
                                                calendar: Self.calendar).when($0) } == "~ eind 2024")
        #expect(sara.isRepeated)
    }

    @Test func placesAreCountedIgnoringCase() {
        #expect(statistics.places.map(\.place) == ["Kantine", "Overleg"])
        #expect(statistics.places.map(\.count) == [2, 1])
    }

    @Test func theLongestStretchAndTheMostRecentIncidentAreMeasuredInDaysBetweenKnownDates() throws {
        // "eind 2024" is charted in November but starts no stretch: 1 November was never said.
        let stretch = try #require(statistics.longestStretch)
        #expect(stretch.days == 72)  // 20 January to 2 April 2025
        let latest = try #require(statistics.latest)
        #expect(latest.id == "d")
        // May 2025 names no day, so no count of days from 1 May.
        #expect(latest.daysAgo == nil)
    }

    @Test func aRangeIsTheMostRecentIncidentAndSomeonesLastTimeAsItWasGiven() throws {
        // "half oktober 2026" as stored: 11 to 21 October, after a September given as a month.
        let midOctober = OccurredAt.approximate(text: "half oktober 2026", estimate: DateInterval(
            start: Self.calendar.date(from: DateComponents(year: 2026, month: 10, day: 11))!,
            end: Self.calendar.date(from: DateComponents(year: 2026, month: 10, day: 22))!))
        let now = Self.calendar.date(from: DateComponents(year: 2026, month: 12, day: 2, hour: 12))!
        let statistics = JournalStatistics(
            [Self.incident("a", .month(year: 2026, month: 9), people: [Self.jan]),
             Self.incident("b", midOctober, people: [Self.jan])], calendar: Self.calendar, now: now)
        let latest = try #require(statistics.latest)
        #expect(latest.id == "b" && latest.occurredAt == midOctober)
        // A range names no one day to count from.
        #expect(latest.daysAgo == nil)
        let jan = try #require(statistics.people.first)
        #expect(jan.first == .month(year: 2026, month: 9) && jan.last == midOctober)
        // Nothing is invented: no stretch from 1 September or 11 October.
        #expect(statistics.longestStretch == nil)
        let text = StatisticsText(EntryText(language: .nl, timeZone: Self.calendar.timeZone), calendar: Self.calendar)
        #expect(text.when(midOctober) == "~ half oktober 2026")
    }

    @Test func aVagueTimeWithinOneDayCountsAsThatDay() throws {
        // "gisteravond" as stored: 14 June 2025 from 18:00 to midnight.
        let evening = OccurredAt.approximate(text: "zaterdag 14 juni 2025, 's avonds", estimate: DateInterval(
            start: Self.calendar.date(from: DateComponents(year: 2025, month: 6, day: 14, hour: 18))!,
            end: Self.calendar.date(from: DateComponents(year: 2025, month: 6, day: 15))!))
        let now = Self.calendar.date(from: DateComponents(year: 2025, month: 6, day: 16, hour: 12))!
        let statistics = JournalStatistics(
            [Self.incidents[2], Self.incident("g", evening, people: [Self.jan])], calendar: Self.calendar, now: now)
        #expect(statistics.longestStretch?.days == 73)  // 2 April to 14 June
        #expect(statistics.latest?.id == "g")
        #expect(statistics.latest?.daysAgo == 2)
        let jan = try #require(statistics.people.first)
        #expect(jan.last == evening)
        let text = StatisticsText(EntryText(language: .nl, timeZone: Self.calendar.timeZone), calendar: Self.calendar)
        #expect(text.when(evening) == "2025-06-14")
        #expect(text.when(.month(year: 2025, month: 9)) == "september 2025")
        #expect(text.machineWhen(.month(year: 2025, month: 9)) == "2025-09")
    }

    @Test func fewerThanTwoDatedIncidentsHaveNoStretch() {
        let one = JournalStatistics([Self.incidents[0], Self.incidents[4]], calendar: Self.calendar, now: Self.now)
        #expect(one.longestStretch == nil)
        #expect(one.latest?.id == "a")
        let none = JournalStatistics([], calendar: Self.calendar, now: Self.now)
        #expect(none.total == 0 && none.months.isEmpty && none.latest == nil && none.people.isEmpty)
    }

    @Test func textSaysEachCountInTheUsersLanguage() {
        let dutch = StatisticsText(EntryText(language: .nl, timeZone: Self.calendar.timeZone), calendar: Self.calendar)
            .render(statistics)
        #expect(dutch.contains("Aantekeningen: 6"))
        #expect(dutch.contains("pesten"))
        #expect(dutch.contains("Jan de Vries (leidinggevende, collega) [herhaald patroon]"))
        #expect(dutch.contains("Langste periode tussen incidenten: 72 dagen, van 2025-01-20 tot 2025-04-02"))
        #expect(dutch.contains("Meest recente incident: mei 2025: title d"))
        let english = StatisticsText(EntryText(language: .en, timeZone: Self.calendar.timeZone), calendar: Self.calendar)
            .render(statistics)
        #expect(english.contains("\n  no kind given "))
        #expect(english.contains("2025-02  0"))
    }
}
