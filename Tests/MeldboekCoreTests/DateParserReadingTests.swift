// The Dutch everyday forms ("14/10", "half 3", "rond 10 uur"), refusals that name what is wrong, and vague dates stored as read.
import Foundation
import MeldboekCore
import Testing

/// Now is Saturday 15 March 2025, 10:30 in Amsterdam, or Wednesday 2 December 2026 where a test says so.
@Suite struct DateParserReadingTests {
    static func december2026(language: Language = .en) throws -> DateParser {
        try DateFixture.parser(2026, 12, 2, 10, 30, language: language)
    }

    // MARK: Days in numbers, day first

    @Test(arguments: [
        ("14/10/2026", OccurredAt.day(year: 2026, month: 10, day: 14)),
        ("31/12/2024", .day(year: 2024, month: 12, day: 31)),
        ("4/4/2025", .day(year: 2025, month: 4, day: 4)),
        // Without a year: the latest such day that is not in the future.
        ("14-10", .day(year: 2024, month: 10, day: 14)),
        ("14/10", .day(year: 2024, month: 10, day: 14)),
        ("1-3", .day(year: 2025, month: 3, day: 1)),
        ("15-3", .day(year: 2025, month: 3, day: 15)),
        ("16-3", .day(year: 2024, month: 3, day: 16)),
        ("op 14-10", .day(year: 2024, month: 10, day: 14)),
    ])
    func numericDaysAreReadDayFirst(text: String, expected: OccurredAt) throws {
        #expect(try DateFixture.parser().parse(text) == expected)
    }

    @Test(arguments: ["14-10 14:00", "14/10/2024 om 14:00", "op 14-10 om 14 uur"])
    func numericDaysTakeATime(text: String) throws {
        #expect(try DateFixture.parser().parse(text) == .instant(try DateFixture.local(2024, 10, 14, 14)))
    }

    @Test(arguments: ["31/2/2025", "14/13", "14-10-25", "0/10/2025", "14//10"])
    func impossibleNumericDaysAreRefused(text: String) throws {
        #expect(throws: DateParseError.unrecognized(text)) { try DateFixture.parser().parse(text) }
    }

    @Test func numbersInRunningTextAreNotDays() throws {
        // "9-12" in "van 9-12 uur" is a span of hours, not 9 December.
        #expect(try DateFixture.parser().estimate("van 9-12 uur vergadering") == nil)
    }

    // MARK: Two readings

    @Test func slashesThatReadBothWaysAreRefusedWithBoth() throws {
        #expect(throws: DateParseError.ambiguous("3/4/2025", readings: [
            .day(year: 2025, month: 4, day: 3), .day(year: 2025, month: 3, day: 4),
        ])) { try DateFixture.parser().parse("3/4/2025") }
        // Without a year each reading is the latest such day: 3 April 2025 is still to come.
        #expect(throws: DateParseError.ambiguous("3/4", readings: [
            .day(year: 2024, month: 4, day: 3), .day(year: 2025, month: 3, day: 4),
        ])) { try DateFixture.parser().parse("3/4") }
    }

    @Test func aWeekdaySettlesSlashes() throws {
        // 3 April 2025 is a Thursday, 4 March 2025 a Tuesday.
        #expect(try DateFixture.parser().parse("donderdag 3/4/2025") == .day(year: 2025, month: 4, day: 3))
        #expect(try DateFixture.parser().parse("tuesday 3/4/2025") == .day(year: 2025, month: 3, day: 4))
    }

    @Test func dashesStayDayFirst() throws {
        #expect(try DateFixture.parser().parse("3-4-2025") == .day(year: 2025, month: 4, day: 3))
    }

    @Test func bothReadingsAreNamedInEitherLanguage() throws {
        let error = DateParseError.ambiguous("3/4/2026", readings: [
            .day(year: 2026, month: 4, day: 3), .day(year: 2026, month: 3, day: 4),
        ])
        let message = try #require(Localized.dateRefusal(error, timeZone: .gmt))
        #expect(message.en == "'3/4/2026' can be read two ways: Friday 3 April 2026 or Wednesday 4 March 2026.")
        #expect(message.nl == "'3/4/2026' is op twee manieren te lezen: vrijdag 3 april 2026 of woensdag 4 maart 2026.")
    }

    // MARK: Weekdays that do not fit

    @Test(arguments: ["maandag 14 oktober", "Maandag 14 oktober om half 3", "op maandag 14-10", "monday 14 October 2026"])
    func aWeekdayThatDoesNotFitIsRefused(text: String) throws {
        // 14 October 2026 is a Wednesday.
        #expect(throws: DateParseError.wrongWeekday(text, named: 1, day: .day(year: 2026, month: 10, day: 14))) {
            try Self.december2026().parse(text)
        }
    }

    /// "rond 0:10" covers 23:40 to 0:40; the weekday is checked against the day it is centred on.
    @Test(arguments: ["maandag 14 oktober rond 0:10", "maandag 14 oktober rond 23:50"])
    func aWeekdayIsCheckedAgainstTheDayAnAroundReadingIsCentredOn(text: String) throws {
        #expect(throws: DateParseError.wrongWeekday(text, named: 1, day: .day(year: 2026, month: 10, day: 14))) {
            try Self.december2026().parse(text)
        }
        let fits = try Self.december2026().parse("woensdag 14 oktober rond 0:10")
        #expect(DateFixture.estimate(of: fits)?.start == (try DateFixture.local(2026, 10, 13, 23, 40)))
    }

    @Test func aWeekdayThatFitsIsRead() throws {
        #expect(try Self.december2026().parse("woensdag 14 oktober") == .day(year: 2026, month: 10, day: 14))
    }

    @Test func theRealWeekdayIsNamed() throws {
        let error = DateParseError.wrongWeekday("maandag 14 oktober", named: 1, day: .day(year: 2026, month: 10, day: 14))
        let message = try #require(Localized.dateRefusal(error, timeZone: .gmt))
        #expect(message.nl == "'maandag 14 oktober' klopt niet: 14 oktober 2026 is een woensdag, geen maandag.")
        #expect(message.en == "'maandag 14 oktober' does not add up: 14 October 2026 is a Wednesday, not a Monday.")
    }

    // MARK: Spoken times

    @Test(arguments: [
        // "half 3" is 2:30, and a spoken hour from 1 to 6 is in the afternoon at work.
        ("14 okt. om half 3", 14, 14, 30), ("14 oktober half 3", 14, 14, 30),
        ("14 okt. om half 3 's nachts", 14, 2, 30), ("14 okt. half 8", 14, 7, 30),
        ("14 okt. om half 1", 14, 12, 30), ("14 okt. om half 1 's nachts", 14, 0, 30),
        ("14 okt. om half 8 's avonds", 14, 19, 30), ("14 okt. om 3 uur", 14, 15, 0),
        ("14 okt. 3u30", 14, 15, 30), ("14 okt. om 3 uur 's nachts", 14, 3, 0),
        ("14 okt. om 3 uur 's ochtends", 14, 3, 0), ("14 okt. om 7 uur", 14, 7, 0),
        // The rule goes by the number said: "half 7" is before 7, so in the morning like "7 uur"; "half 6" is 17:30.
        ("14 okt. om half 7", 14, 6, 30), ("14 okt. om half 6", 14, 17, 30),
        // A clock read out stays on the 24-hour clock.
        ("14 okt. 3:30", 14, 3, 30), ("14 okt. om 3.30 uur", 14, 3, 30),
    ])
    func spokenTimes(text: String, day: Int, hour: Int, minute: Int) throws {
        #expect(try Self.december2026().parse(text) == .instant(try DateFixture.local(2026, 10, day, hour, minute)))
    }

    // MARK: A spoken hour alone, said before its afternoon has come

    /// "om 3 uur" said at nine in the morning: the afternoon rule would put it six hours ahead. An incident
    /// lies in the past, so it is yesterday afternoon or the night just gone, and only the melder knows which.
    @Test(arguments: [
        ("om 3 uur", [(1, 15, 0), (2, 3, 0)]), ("3 uur", [(1, 15, 0), (2, 3, 0)]), ("half 3", [(1, 14, 30), (2, 2, 30)]),
        ("om 3u30", [(1, 15, 30), (2, 3, 30)]),
    ])
    func aSpokenHourWhoseAfternoonIsToComeReadsTwoWays(text: String, readings: [(Int, Int, Int)]) throws {
        let nine = try DateFixture.parser(2026, 12, 2, 9, 0)
        let expected = try readings.map { OccurredAt.instant(try DateFixture.local(2026, 12, $0.0, $0.1, $0.2)) }
        #expect(throws: DateParseError.ambiguous(text, readings: expected)) { try nine.parse(text) }
    }

    @Test func aSpokenHourBeforeItsNightHasComeReadsYesterdayBothWays() throws {
        let two = try DateFixture.parser(2026, 12, 2, 2, 0)
        let expected = try [15, 3].map { OccurredAt.instant(try DateFixture.local(2026, 12, 1, $0, 0)) }
        #expect(throws: DateParseError.ambiguous("om 3 uur", readings: expected)) { try two.parse("om 3 uur") }
    }

    @Test func aroundASpokenHourWhoseAfternoonIsToComeReadsTwoWays() throws {
        let nine = try DateFixture.parser(2026, 12, 2, 9, 0, language: .nl)
        do {
            _ = try nine.parse("rond 3 uur")
            Issue.record("'rond 3 uur' at nine was read one way")
        } catch DateParseError.ambiguous(_, let readings) {
            #expect(readings.map { DateFixture.estimate(of: $0)?.start } == [
                try DateFixture.local(2026, 12, 1, 14, 30), try DateFixture.local(2026, 12, 2, 2, 30),
            ])
        }
    }

    @Test func aSpokenHourIsReadOneWayWhenTheDayOrTheTimeSettlesIt() throws {
        let nine = try DateFixture.parser(2026, 12, 2, 9, 0)
        // Its afternoon has come.
        #expect(try DateFixture.parser(2026, 12, 2, 16, 0).parse("om 3 uur") == .instant(try DateFixture.local(2026, 12, 2, 15, 0)))
        // The day is named: today's afternoon is still to come, so it was the night.
        #expect(try nine.parse("vandaag om 3 uur") == .instant(try DateFixture.local(2026, 12, 2, 3, 0)))
        #expect(try nine.parse("gisteren om 3 uur") == .instant(try DateFixture.local(2026, 12, 1, 15, 0)))
        #expect(try nine.parse("om 3 uur 's nachts") == .instant(try DateFixture.local(2026, 12, 2, 3, 0)))
        #expect(try nine.parse("om 03:00") == .instant(try DateFixture.local(2026, 12, 2, 3, 0)))
    }

    @Test func theHintForASpokenHourNamesTheDay() throws {
        let error = DateParseError.ambiguous("om 3 uur", readings: [])
        #expect(Localized.dateRefusalHint(error)?.nl == "Noem de dag erbij, en de tijd op de 24-uursklok, zoals gisteren 15:00.")
    }

    @Test(arguments: [("vanavond om half 8", 19, 30), ("vanochtend om half 10", 9, 30), ("vanmiddag om half 3", 14, 30)])
    func halfAnHourFitsThePartOfTheDay(text: String, hour: Int, minute: Int) throws {
        #expect(try Self.december2026().parse(text) == .instant(try DateFixture.local(2026, 12, 2, hour, minute)))
    }

    @Test(arguments: ["half 13", "half", "om half", "half drie"])
    func halfNeedsAnHourOnTheClock(text: String) throws {
        #expect(throws: DateParseError.unrecognized(text)) { try Self.december2026().parse(text) }
    }

    // MARK: Vague dates are stored as read

    @Test(arguments: [
        ("vorige week dinsdag rond 10 uur", "dinsdag 24 november 2026, rond 10:00",
         "Tuesday 24 November 2026, around 10:00", [2026, 11, 24, 9, 30], [2026, 11, 24, 10, 30]),
        ("rond half 3 gisteren", "dinsdag 1 december 2026, rond 14:30",
         "Tuesday 1 December 2026, around 14:30", [2026, 12, 1, 14, 0], [2026, 12, 1, 15, 0]),
        ("gisteravond", "dinsdag 1 december 2026, 's avonds",
         "Tuesday 1 December 2026, in the evening", [2026, 12, 1, 18, 0], [2026, 12, 2, 0, 0]),
        ("vanochtend", "woensdag 2 december 2026, 's ochtends",
         "Wednesday 2 December 2026, in the morning", [2026, 12, 2, 6, 0], [2026, 12, 2, 12, 0]),
        ("vorige week", "23 t/m 29 november 2026", "23 to 29 November 2026", [2026, 11, 23, 0, 0], [2026, 11, 30, 0, 0]),
        ("this week", "30 november t/m 6 december 2026", "30 November to 6 December 2026",
         [2026, 11, 30, 0, 0], [2026, 12, 7, 0, 0]),
        ("zomer", "juni t/m augustus 2026", "June to August 2026", [2026, 6, 1, 0, 0], [2026, 9, 1, 0, 0]),
        ("winter 2025", "december 2025 t/m februari 2026", "December 2025 to February 2026",
         [2025, 12, 1, 0, 0], [2026, 3, 1, 0, 0]),
        ("vorig jaar", "2025", "2025", [2025, 1, 1, 0, 0], [2026, 1, 1, 0, 0]),
        ("begin november", "1 t/m 10 november 2026", "1 to 10 November 2026", [2026, 11, 1, 0, 0], [2026, 11, 11, 0, 0]),
        ("vannacht", "van dinsdag 1 december 2026, 22:00 tot woensdag 2 december 2026, 06:00",
         "from Tuesday 1 December 2026, 22:00 to Wednesday 2 December 2026, 06:00",
         [2026, 12, 1, 22, 0], [2026, 12, 2, 6, 0]),
    ])
    func vagueDatesAreStoredAsReadNotAsTheWords(text: String, dutch: String, english: String, from: [Int], to: [Int]) throws {
        let expected = DateInterval(start: try DateFixture.local(from[0], from[1], from[2], from[3], from[4]),
                                    end: try DateFixture.local(to[0], to[1], to[2], to[3], to[4]))
        #expect(try Self.december2026(language: .nl).parse(text) == .approximate(text: dutch, estimate: expected))
        #expect(try Self.december2026(language: .en).parse(text) == .approximate(text: english, estimate: expected))
    }

    @Test func ownWordsThatDependOnTodayGetTheirPeriodAdded() throws {
        let parser = try Self.december2026(language: .nl)
        let lastWeek = try DateFixture.days([2026, 11, 23], [2026, 11, 30])
        #expect(parser.ownWords("vorige week, na het overleg")
            == .approximate(text: "vorige week, na het overleg (23 t/m 29 november 2026)", estimate: lastWeek))
        let evening = DateInterval(start: try DateFixture.local(2026, 12, 1, 18), end: try DateFixture.local(2026, 12, 2))
        #expect(parser.ownWords("gisteravond") == .approximate(text: "gisteravond (dinsdag 1 december 2026, 's avonds)", estimate: evening))
        #expect(try Self.december2026(language: .en).ownWords("three weeks ago, after the meeting")
            == .approximate(text: "three weeks ago, after the meeting (Wednesday 11 November 2026)",
                            estimate: try DateFixture.days([2026, 11, 11], [2026, 11, 12])))
    }

    @Test func ownWordsThatNameTheirOwnDateStayAsWritten() throws {
        let parser = try Self.december2026(language: .nl)
        #expect(parser.ownWords("zomer 2024, na de borrel")
            == .approximate(text: "zomer 2024, na de borrel", estimate: try DateFixture.days([2024, 6, 1], [2024, 9, 1])))
        #expect(parser.ownWords("na de lunch") == .approximate(text: "na de lunch", estimate: nil))
    }

    // MARK: Said back

    @Test func readingsAreSaidBackInWords() throws {
        let zone = try #require(TimeZone(identifier: DateFixture.amsterdam))
        let moment = OccurredAt.instant(try DateFixture.local(2026, 10, 14, 14, 30))
        #expect(Localized.readAs(moment, timeZone: zone).en == "Read as Wednesday 14 October 2026, 14:30.")
        #expect(Localized.readAs(moment, timeZone: zone).nl == "Begrepen als woensdag 14 oktober 2026, 14:30.")
        #expect(Localized.readAs(.day(year: 2026, month: 11, day: 24), timeZone: zone).nl
            == "Begrepen als dinsdag 24 november 2026.")
        #expect(Localized.readAs(.month(year: 2026, month: 9), timeZone: zone).en == "Read as September 2026.")
    }

    @Test func ownWordsAreSaidBackWithTheirEstimate() throws {
        let zone = try #require(TimeZone(identifier: DateFixture.amsterdam))
        let summer = try DateFixture.days([2024, 6, 1], [2024, 9, 1])
        #expect(Localized.ownWords("na de zomerborrel", estimate: nil, timeZone: zone).nl
            == "je eigen woorden \u{201E}na de zomerborrel\u{201D}, zonder datum")
        #expect(Localized.ownWords("zomer 2024, na de borrel", estimate: summer, timeZone: zone).en
            == "your own words \u{201C}zomer 2024, na de borrel\u{201D}, taken as June to August 2024")
    }
}
