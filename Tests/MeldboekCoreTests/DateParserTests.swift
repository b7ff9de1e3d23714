// Reading written-out dates and times: ISO 8601, Dutch and English day and month forms, times of day.
import Foundation
import MeldboekCore
import Testing

/// Fixed clocks and calendars, so no date test depends on when or where it runs.
enum DateFixture {
    static let amsterdam = "Europe/Amsterdam"
    static let newYork = "America/New_York"

    /// A calendar in `zone`, built the way the command line builds one.
    static func calendar(_ zone: String = amsterdam) throws -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: zone))
        calendar.firstWeekday = 2
        return calendar
    }

    /// The moment a wall clock in `zone` shows this time.
    static func local(
        _ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, in zone: String = amsterdam
    ) throws -> Date {
        try #require(calendar(zone).date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute)))
    }

    /// The moment written as `2025-03-04T13:00:00Z`, read by Foundation rather than by Meldboek.
    static func utc(_ text: String) throws -> Date {
        try #require(ISO8601DateFormatter().date(from: text))
    }

    /// A parser whose now is this wall-clock time in `zone`; by default Saturday 15 March 2025, 10:30 in Amsterdam.
    static func parser(
        _ year: Int = 2025, _ month: Int = 3, _ day: Int = 15, _ hour: Int = 10, _ minute: Int = 30,
        in zone: String = amsterdam, language: Language = .en
    ) throws -> DateParser {
        DateParser(now: try local(year, month, day, hour, minute, in: zone), calendar: try calendar(zone), language: language)
    }

    /// The local interval between two local midnights, given as [year, month, day].
    static func days(_ start: [Int], _ end: [Int], in zone: String = amsterdam) throws -> DateInterval {
        DateInterval(start: try local(start[0], start[1], start[2], in: zone), end: try local(end[0], end[1], end[2], in: zone))
    }

    /// The estimate of an approximate date; nil for any other kind.
    static func estimate(of occurred: OccurredAt) -> DateInterval? {
        guard case .approximate(_, let estimate) = occurred else { return nil }
        return estimate
    }
}

@Suite struct DateParserTests {
    // MARK: ISO 8601

    @Test(arguments: [
        ("2025-03-04", OccurredAt.day(year: 2025, month: 3, day: 4)),
        ("2025-03", .month(year: 2025, month: 3)),
        ("2024-02-29", .day(year: 2024, month: 2, day: 29)),
    ])
    func isoDaysAndMonths(text: String, expected: OccurredAt) throws {
        #expect(try DateFixture.parser().parse(text) == expected)
    }

    @Test(arguments: [
        ("2025-03-04T14:00", "2025-03-04T13:00:00Z"),
        ("2025-03-04 14:00", "2025-03-04T13:00:00Z"),
        ("2025-03-04t14:00", "2025-03-04T13:00:00Z"),
        ("2025-03-04T14:00:30", "2025-03-04T13:00:30Z"),
        ("2025-03-04T14:00:00Z", "2025-03-04T14:00:00Z"),
        ("2025-03-04T14:00+02:00", "2025-03-04T12:00:00Z"),
        ("2025-03-04T14:00+0200", "2025-03-04T12:00:00Z"),
        ("2025-03-04T14:00-05", "2025-03-04T19:00:00Z"),
        ("2025-07-04 14:00", "2025-07-04T12:00:00Z"),
    ])
    func isoInstants(text: String, utc: String) throws {
        #expect(try DateFixture.parser().parse(text) == .instant(try DateFixture.utc(utc)))
    }

    @Test func isoInstantWithoutOffsetIsLocalTimeInTheParsersZone() throws {
        let parsed = try DateFixture.parser(in: DateFixture.newYork).parse("2025-03-04T14:00")
        #expect(parsed == .instant(try DateFixture.utc("2025-03-04T19:00:00Z")))
    }

    @Test func yearAloneIsApproximateWithTheYearAsEstimate() throws {
        let parsed = try DateFixture.parser().parse("2025")
        #expect(DateFixture.estimate(of: parsed) == (try DateFixture.days([2025, 1, 1], [2026, 1, 1])))
    }

    // MARK: Dutch and English days

    @Test(arguments: [
        "4-3-2025", "04-03-2025", "4 maart 2025", "4 mrt 2025", "4 mrt. 2025", "4 MAART 2025", "  4   maart\t2025 ",
        "dinsdag 4 maart 2025", "di 4 mrt 2025", "op 4 maart 2025",
        "March 4, 2025", "March 4 2025", "4 March 2025", "Mar 4, 2025", "March 4th, 2025", "4th March 2025",
        "the 4th of March 2025", "Tuesday, March 4, 2025", "on March 4, 2025", "2025-03-04",
        "4e maart 2025", "4de maart 2025", "dinsdag 4e maart 2025",
    ])
    func fourthOfMarch2025(text: String) throws {
        #expect(try DateFixture.parser().parse(text) == .day(year: 2025, month: 3, day: 4))
    }

    @Test(arguments: [
        // Now is 15 March 2025: a date not yet reached this year is last year's.
        ("4 maart", OccurredAt.day(year: 2025, month: 3, day: 4)),
        ("Mar 4", .day(year: 2025, month: 3, day: 4)),
        ("15 maart", .day(year: 2025, month: 3, day: 15)),
        ("March 16", .day(year: 2024, month: 3, day: 16)),
        ("20 maart", .day(year: 2024, month: 3, day: 20)),
        ("25 december", .day(year: 2024, month: 12, day: 25)),
        ("1 januari", .day(year: 2025, month: 1, day: 1)),
        ("4 maart vorig jaar", .day(year: 2024, month: 3, day: 4)),
        ("March 4 last year", .day(year: 2024, month: 3, day: 4)),
        ("1ste maart", .day(year: 2025, month: 3, day: 1)),
        ("8ste maart", .day(year: 2025, month: 3, day: 8)),
        ("March 1st", .day(year: 2025, month: 3, day: 1)),
        ("Dec. 24th", .day(year: 2024, month: 12, day: 24)),
    ])
    func dayWithoutYearIsTheLatestOneNotInTheFuture(text: String, expected: OccurredAt) throws {
        #expect(try DateFixture.parser().parse(text) == expected)
    }

    @Test func leapDay() throws {
        let parser = try DateFixture.parser()
        #expect(try parser.parse("29 februari 2024") == .day(year: 2024, month: 2, day: 29))
        #expect(try parser.parse("February 29") == .day(year: 2024, month: 2, day: 29))
        #expect(throws: DateParseError.unrecognized("29 februari 2025")) { try parser.parse("29 februari 2025") }
        #expect(throws: DateParseError.unrecognized("2025-02-29")) { try parser.parse("2025-02-29") }
    }

    @Test func wrongWeekdayBeforeADateIsRefusedWithTheDay() throws {
        // 4 March 2025 is a Tuesday.
        let parser = try DateFixture.parser()
        let day = OccurredAt.day(year: 2025, month: 3, day: 4)
        #expect(throws: DateParseError.wrongWeekday("woensdag 4 maart 2025", named: 3, day: day)) {
            try parser.parse("woensdag 4 maart 2025")
        }
        #expect(throws: DateParseError.wrongWeekday("Monday, March 4, 2025", named: 1, day: day)) {
            try parser.parse("Monday, March 4, 2025")
        }
    }

    // MARK: Months

    @Test(arguments: [
        ("maart 2025", OccurredAt.month(year: 2025, month: 3)),
        ("March 2025", .month(year: 2025, month: 3)),
        ("mrt 2025", .month(year: 2025, month: 3)),
        ("mei 2024", .month(year: 2024, month: 5)),
        ("May 2024", .month(year: 2024, month: 5)),
        // Now is 15 March 2025: March has begun, April has not.
        ("maart", .month(year: 2025, month: 3)),
        ("march", .month(year: 2025, month: 3)),
        ("  MAART ", .month(year: 2025, month: 3)),
        ("april", .month(year: 2024, month: 4)),
        ("februari", .month(year: 2025, month: 2)),
        ("december", .month(year: 2024, month: 12)),
        ("maart vorig jaar", .month(year: 2024, month: 3)),
        ("in maart", .month(year: 2025, month: 3)),
        ("in March 2024", .month(year: 2024, month: 3)),
        ("sept. 2024", .month(year: 2024, month: 9)),
        ("vorige maand", .month(year: 2025, month: 2)),
        ("last month", .month(year: 2025, month: 2)),
        ("afgelopen maand", .month(year: 2025, month: 2)),
        ("deze maand", .month(year: 2025, month: 3)),
        ("this month", .month(year: 2025, month: 3)),
    ])
    func months(text: String, expected: OccurredAt) throws {
        #expect(try DateFixture.parser().parse(text) == expected)
    }

    @Test func monthNamesAcrossTheYearBoundary() throws {
        let january = try DateFixture.parser(2025, 1, 10)
        #expect(try january.parse("december") == .month(year: 2024, month: 12))
        #expect(try january.parse("januari") == .month(year: 2025, month: 1))
        #expect(try january.parse("vorige maand") == .month(year: 2024, month: 12))
        #expect(try january.parse("31 december") == .day(year: 2024, month: 12, day: 31))
        let firstMinuteOfMarch = try DateFixture.parser(2025, 3, 1, 0, 1)
        #expect(try firstMinuteOfMarch.parse("maart") == .month(year: 2025, month: 3))
    }

    // MARK: Times of day

    @Test(arguments: [
        ("14:00", 14, 0), ("14.00", 14, 0), ("14u", 14, 0), ("14 u", 14, 0), ("14 uur", 14, 0), ("14h", 14, 0),
        ("14u30", 14, 30), ("14.30 uur", 14, 30), ("9:05", 9, 5), ("0:15", 0, 15), ("23:59", 23, 59),
        ("2pm", 14, 0), ("2 pm", 14, 0), ("2:30pm", 14, 30), ("2:30 PM", 14, 30), ("2:30 p.m.", 14, 30),
        ("12am", 0, 0), ("12:30am", 0, 30), ("12pm", 12, 0), ("9am", 9, 0), ("11 pm", 23, 0),
        ("om 14:00", 14, 0), ("at 9am", 9, 0), ("8 uur 's avonds", 20, 0), ("8 uur \u{2019}s avonds", 20, 0),
        ("9 uur 's ochtends", 9, 0), ("om 8 's avonds", 20, 0), ("2 uur 's middags", 14, 0), ("3 uur 's nachts", 3, 0),
    ])
    func timeAloneIsTodayAtThatTime(text: String, hour: Int, minute: Int) throws {
        // Late in the evening, every one of these times has already come today.
        #expect(try DateFixture.parser(2025, 3, 15, 23, 59).parse(text)
            == .instant(try DateFixture.local(2025, 3, 15, hour, minute)))
    }

    /// An incident lies in the past: a time that has not come yet today is yesterday's.
    @Test(arguments: [("14:00", 14, 0), ("2pm", 14, 0), ("om 11 uur", 11, 0), ("8 uur 's avonds", 20, 0), ("10:31", 10, 31)])
    func timeAloneStillToComeIsYesterdays(text: String, hour: Int, minute: Int) throws {
        // Now is 10:30.
        #expect(try DateFixture.parser().parse(text) == .instant(try DateFixture.local(2025, 3, 14, hour, minute)))
        #expect(try DateFixture.parser().parse("10:30") == .instant(try DateFixture.local(2025, 3, 15, 10, 30)))
    }

    @Test(arguments: [
        "4 maart 2025 14:00", "4 maart 2025 om 14:00", "4 maart 2025 14u", "4-3-2025 14.00", "2025-03-04 om 14 uur",
        "March 4, 2025 at 2pm", "March 4, 2025, 2:00 pm", "4 March 2025 2 pm", "dinsdag 4 maart 2025 om 14:00",
        "14:00 4 maart 2025",
    ])
    func dayWithTime(text: String) throws {
        #expect(try DateFixture.parser().parse(text) == .instant(try DateFixture.utc("2025-03-04T13:00:00Z")))
    }

    @Test(arguments: ["25:00", "24:00", "2:61", "14:5", "14:", "13pm", "0am", "14", "14 uur 's avonds", "12 uur 's avonds"])
    func invalidTimesAreRefused(text: String) throws {
        #expect(throws: DateParseError.unrecognized(text)) { try DateFixture.parser().parse(text) }
    }

    // MARK: Refusing

    @Test(arguments: [
        "yesterday-ish", "32-01-2025", "2025-13-01", "30 februari 2025", "31 april 2025", "2025-3-4",
        "4-3-25", "tomorrow", "morgen", "next week", "4 maart 2025 2025", "maart 14:00", "zomer 2024 14:00",
        "last", "vorige", "week", "1899", "12345", "March 4,, 2025x", "2025-03-04T25:00", "2025-03-04T14:00+15:00",
        "2025-03-04T14:00+2", "2025-03-04T14:00y", "four March 2025", "4st March 2025", "2ste maart 2025", "4ste maart 2025", "March 2st", "0 days ago", "-3 days ago",
        "dinsdag dinsdag", "vorige week 14:00", "3 dagen", "ago", "2025-03-04 14:00 15:00",
    ])
    func unreadableTextIsRefusedWithTheTextAsGiven(text: String) throws {
        #expect(throws: DateParseError.unrecognized(text)) { try DateFixture.parser().parse(text) }
    }

    @Test(arguments: ["", " ", "\n\t  "])
    func blankTextIsEmpty(text: String) throws {
        #expect(throws: DateParseError.empty) { try DateFixture.parser().parse(text) }
    }

    // MARK: Time zones and clock changes

    @Test func daylightSavingDaysGiveTheRightInstant() throws {
        // Clocks went forward on 30 March 2025 and back on 26 October 2025 in Amsterdam.
        let afterSpring = try DateFixture.parser(2025, 3, 31, 10, 0)
        #expect(try afterSpring.parse("gisteren 14:00") == .instant(try DateFixture.utc("2025-03-30T12:00:00Z")))
        #expect(try afterSpring.parse("eergisteren 14:00") == .instant(try DateFixture.utc("2025-03-29T13:00:00Z")))
        #expect(try afterSpring.parse("gisteren 01:30") == .instant(try DateFixture.utc("2025-03-30T00:30:00Z")))
        let onSpringDay = try DateFixture.parser(2025, 3, 30, 12, 0)
        #expect(try onSpringDay.parse("gisteren 14:00") == .instant(try DateFixture.utc("2025-03-29T13:00:00Z")))
        let afterAutumn = try DateFixture.parser(2025, 10, 27, 9, 0)
        #expect(try afterAutumn.parse("gisteren 14:00") == .instant(try DateFixture.utc("2025-10-26T13:00:00Z")))
        #expect(try afterAutumn.parse("3 days ago") == .day(year: 2025, month: 10, day: 24))
    }

    @Test func timeSkippedByTheClockChangeIsRefused() throws {
        let parser = try DateFixture.parser()
        #expect(throws: DateParseError.unrecognized("2025-03-30 02:30")) { try parser.parse("2025-03-30 02:30") }
        #expect(throws: DateParseError.unrecognized("30 maart 2025 om 2u30 's nachts")) {
            try parser.parse("30 maart 2025 om 2u30 's nachts")
        }
        #expect(try parser.parse("2025-03-30T02:30Z") == .instant(try DateFixture.utc("2025-03-30T02:30:00Z")))
    }

    @Test func relativeDatesFollowTheParsersTimeZone() throws {
        // 02:00 UTC on 15 March: already Saturday in Amsterdam, still Friday evening in New York.
        let now = try DateFixture.utc("2025-03-15T02:00:00Z")
        let amsterdam = DateParser(now: now, calendar: try DateFixture.calendar())
        let newYork = DateParser(now: now, calendar: try DateFixture.calendar(DateFixture.newYork))
        #expect(try amsterdam.parse("vandaag") == .day(year: 2025, month: 3, day: 15))
        #expect(try newYork.parse("today") == .day(year: 2025, month: 3, day: 14))
        #expect(try newYork.parse("yesterday 2pm") == .instant(try DateFixture.utc("2025-03-13T18:00:00Z")))
        #expect(try amsterdam.parse("gisteren 14:00") == .instant(try DateFixture.utc("2025-03-14T13:00:00Z")))
        #expect(try newYork.parse("friday") == .day(year: 2025, month: 3, day: 14))
    }

    @Test func aNonGregorianCalendarStillReadsGregorianDates() throws {
        var buddhist = Calendar(identifier: .buddhist)
        buddhist.timeZone = try #require(TimeZone(identifier: DateFixture.amsterdam))
        let parser = DateParser(now: try DateFixture.local(2025, 3, 15, 10, 30), calendar: buddhist)
        #expect(try parser.parse("4 maart 2025") == .day(year: 2025, month: 3, day: 4))
        #expect(try parser.parse("vorige maand") == .month(year: 2025, month: 2))
    }
}
