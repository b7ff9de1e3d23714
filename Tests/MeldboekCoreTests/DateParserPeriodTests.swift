// Reading periods (seasons, parts of years and months, weeks), filter boundaries, and estimates from free text.
import Foundation
import MeldboekCore
import Testing

/// Now is Saturday 15 March 2025, 10:30 in Amsterdam, unless a test says otherwise.
@Suite struct DateParserPeriodTests {
    @Test(arguments: [
        ("voorjaar 2024", [2024, 3, 1], [2024, 6, 1]), ("lente 2024", [2024, 3, 1], [2024, 6, 1]),
        ("spring 2024", [2024, 3, 1], [2024, 6, 1]), ("Voorjaar  2024", [2024, 3, 1], [2024, 6, 1]),
        ("zomer 2024", [2024, 6, 1], [2024, 9, 1]), ("summer 2024", [2024, 6, 1], [2024, 9, 1]),
        ("de zomer van 2024", [2024, 6, 1], [2024, 9, 1]), ("the summer of 2024", [2024, 6, 1], [2024, 9, 1]),
        ("zomer vorig jaar", [2024, 6, 1], [2024, 9, 1]), ("in de zomer van 2024", [2024, 6, 1], [2024, 9, 1]),
        ("najaar 2024", [2024, 9, 1], [2024, 12, 1]), ("herfst 2024", [2024, 9, 1], [2024, 12, 1]),
        ("autumn 2024", [2024, 9, 1], [2024, 12, 1]), ("fall 2024", [2024, 9, 1], [2024, 12, 1]),
        ("winter 2024", [2024, 12, 1], [2025, 3, 1]),
        // Without a year: the latest one that has begun by 15 March 2025.
        ("voorjaar", [2025, 3, 1], [2025, 6, 1]), ("spring", [2025, 3, 1], [2025, 6, 1]),
        ("zomer", [2024, 6, 1], [2024, 9, 1]), ("herfst", [2024, 9, 1], [2024, 12, 1]),
        ("winter", [2024, 12, 1], [2025, 3, 1]),
        ("begin 2024", [2024, 1, 1], [2024, 5, 1]), ("early 2024", [2024, 1, 1], [2024, 5, 1]),
        ("begin van 2024", [2024, 1, 1], [2024, 5, 1]), ("the beginning of 2024", [2024, 1, 1], [2024, 5, 1]),
        ("midden 2024", [2024, 5, 1], [2024, 9, 1]), ("mid 2024", [2024, 5, 1], [2024, 9, 1]),
        ("mid-2024", [2024, 5, 1], [2024, 9, 1]), ("medio 2024", [2024, 5, 1], [2024, 9, 1]),
        ("eind 2024", [2024, 9, 1], [2025, 1, 1]), ("eind van 2024", [2024, 9, 1], [2025, 1, 1]),
        ("einde 2024", [2024, 9, 1], [2025, 1, 1]), ("late 2024", [2024, 9, 1], [2025, 1, 1]),
        ("end of 2024", [2024, 9, 1], [2025, 1, 1]), ("eind vorig jaar", [2024, 9, 1], [2025, 1, 1]),
        ("begin maart", [2025, 3, 1], [2025, 3, 11]), ("early March", [2025, 3, 1], [2025, 3, 11]),
        ("half maart", [2025, 3, 11], [2025, 3, 22]), ("mid-March", [2025, 3, 11], [2025, 3, 22]),
        ("eind maart 2025", [2025, 3, 22], [2025, 4, 1]), ("late March 2025", [2025, 3, 22], [2025, 4, 1]),
        ("end of March 2025", [2025, 3, 22], [2025, 4, 1]), ("eind februari 2024", [2024, 2, 20], [2024, 3, 1]),
        ("eind vorige maand", [2025, 2, 19], [2025, 3, 1]), ("begin december", [2024, 12, 1], [2024, 12, 11]),
        ("vorige week", [2025, 3, 3], [2025, 3, 10]), ("last week", [2025, 3, 3], [2025, 3, 10]),
        ("afgelopen week", [2025, 3, 3], [2025, 3, 10]), ("deze week", [2025, 3, 10], [2025, 3, 17]),
        ("this week", [2025, 3, 10], [2025, 3, 17]),
        ("vorig jaar", [2024, 1, 1], [2025, 1, 1]), ("last year", [2024, 1, 1], [2025, 1, 1]),
        ("dit jaar", [2025, 1, 1], [2026, 1, 1]), ("this year", [2025, 1, 1], [2026, 1, 1]),
        ("2024", [2024, 1, 1], [2025, 1, 1]), ("in 2024", [2024, 1, 1], [2025, 1, 1]),
    ])
    func periodsAreApproximateWithAnEstimate(text: String, start: [Int], end: [Int]) throws {
        let parsed = try DateFixture.parser().parse(text)
        #expect(DateFixture.estimate(of: parsed) == (try DateFixture.days(start, end)))
    }

    @Test func seasonsWithoutAYearAroundNewYear() throws {
        let january = try DateFixture.parser(2025, 1, 10)
        #expect(DateFixture.estimate(of: try january.parse("winter")) == (try DateFixture.days([2024, 12, 1], [2025, 3, 1])))
        let december = try DateFixture.parser(2025, 12, 1)
        #expect(DateFixture.estimate(of: try december.parse("winter")) == (try DateFixture.days([2025, 12, 1], [2026, 3, 1])))
        let november = try DateFixture.parser(2025, 11, 30)
        #expect(DateFixture.estimate(of: try november.parse("winter")) == (try DateFixture.days([2024, 12, 1], [2025, 3, 1])))
    }

    @Test func periodsInAnotherTimeZoneStartAtItsMidnight() throws {
        let parser = try DateFixture.parser(in: DateFixture.newYork)
        let parsed = try parser.parse("zomer 2024")
        #expect(DateFixture.estimate(of: parsed) == (try DateFixture.days([2024, 6, 1], [2024, 9, 1], in: DateFixture.newYork)))
        #expect(parsed.sortDate(in: try DateFixture.calendar(DateFixture.newYork)) == (try DateFixture.utc("2024-06-01T04:00:00Z")))
    }

    @Test(arguments: ["zomer 24", "begin", "eind", "winter 1800", "lente van", "the summer of", "mid", "begin maart maart"])
    func incompletePeriodsAreRefused(text: String) throws {
        #expect(throws: DateParseError.unrecognized(text)) { try DateFixture.parser().parse(text) }
    }

    // MARK: Filter boundaries

    @Test func dayBoundariesAreLocalMidnights() throws {
        let parser = try DateFixture.parser()
        #expect(try parser.boundary("2025-03-04", end: false) == (try DateFixture.utc("2025-03-03T23:00:00Z")))
        #expect(try parser.boundary("2025-03-04", end: true) == (try DateFixture.utc("2025-03-04T23:00:00Z")))
        #expect(try parser.boundary("4 maart 2025", end: true) == (try DateFixture.local(2025, 3, 5)))
        // The day the clocks go forward is 23 hours long.
        #expect(try parser.boundary("2025-03-30", end: false) == (try DateFixture.utc("2025-03-29T23:00:00Z")))
        #expect(try parser.boundary("2025-03-30", end: true) == (try DateFixture.utc("2025-03-30T22:00:00Z")))
    }

    @Test func monthBoundaries() throws {
        let parser = try DateFixture.parser()
        #expect(try parser.boundary("maart 2025", end: false) == (try DateFixture.local(2025, 3, 1)))
        #expect(try parser.boundary("maart 2025", end: true) == (try DateFixture.local(2025, 4, 1)))
        #expect(try parser.boundary("December 2024", end: true) == (try DateFixture.local(2025, 1, 1)))
        #expect(try parser.boundary("vorige maand", end: true) == (try DateFixture.local(2025, 3, 1)))
    }

    @Test func instantBoundaryIsTheInstantItself() throws {
        let parser = try DateFixture.parser()
        let instant = try DateFixture.utc("2025-03-04T13:00:00Z")
        #expect(try parser.boundary("2025-03-04 14:00", end: false) == instant)
        #expect(try parser.boundary("2025-03-04 14:00", end: true) == instant)
    }

    @Test func approximateBoundariesAreItsEstimate() throws {
        let parser = try DateFixture.parser()
        #expect(try parser.boundary("voorjaar 2024", end: false) == (try DateFixture.local(2024, 3, 1)))
        #expect(try parser.boundary("voorjaar 2024", end: true) == (try DateFixture.local(2024, 6, 1)))
        #expect(try parser.boundary("2024", end: true) == (try DateFixture.local(2025, 1, 1)))
        #expect(try parser.boundary("vorige week", end: false) == (try DateFixture.local(2025, 3, 3)))
    }

    @Test func unreadableBoundariesThrow() throws {
        let parser = try DateFixture.parser()
        #expect(throws: DateParseError.unrecognized("ooit")) { try parser.boundary("ooit", end: false) }
        #expect(throws: DateParseError.empty) { try parser.boundary(" ", end: true) }
    }

    // MARK: Estimates from free text

    @Test(arguments: [
        ("voorjaar 2024", [2024, 3, 1], [2024, 6, 1]),
        ("ergens in het voorjaar van 2024, denk ik", [2024, 3, 1], [2024, 6, 1]),
        ("Somewhere in (spring 2024).", [2024, 3, 1], [2024, 6, 1]),
        ("rond de kerst 2023", [2023, 1, 1], [2024, 1, 1]),
        ("kort na mijn start, eind 2023", [2023, 9, 1], [2024, 1, 1]),
        ("tijdens de zomer", [2024, 6, 1], [2024, 9, 1]),
        ("op een dinsdag in maart 2024", [2024, 3, 1], [2024, 4, 1]),
        ("toen Jan in mei begon", [2024, 5, 1], [2024, 6, 1]),
        ("ongeveer twee weken geleden", [2025, 3, 1], [2025, 3, 2]),
        ("sometime last week, I think", [2025, 3, 3], [2025, 3, 10]),
        ("zomer/najaar 2024", [2024, 9, 1], [2024, 12, 1]),
        ("maybe in May 2024", [2024, 5, 1], [2024, 6, 1]),
        ("gisteren", [2025, 3, 14], [2025, 3, 15]),
        ("maart", [2025, 3, 1], [2025, 4, 1]),
    ])
    func estimateFindsADatePhraseInFreeText(text: String, start: [Int], end: [Int]) throws {
        #expect(try DateFixture.parser().estimate(text) == DateFixture.days(start, end))
    }

    @Test(arguments: [
        "", "  ", "ooit", "Jan zei iets over mijn kleding", "it may have been around the move", "kamer 12",
        "op een dinsdag", "om 14u na de vergadering", "I did not fall", "na de reorganisatie", "jaren geleden",
    ])
    func estimateIsNilWithoutADatePhrase(text: String) throws {
        #expect(try DateFixture.parser().estimate(text) == nil)
    }
}
