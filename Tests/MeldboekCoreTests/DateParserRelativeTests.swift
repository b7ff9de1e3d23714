// Reading dates relative to now: today and yesterday, parts of a day, "… ago", and weekdays.
import Foundation
import MeldboekCore
import Testing

/// Now is Saturday 15 March 2025, 10:30 in Amsterdam, unless a test says otherwise.
@Suite struct DateParserRelativeTests {
    @Test(arguments: [
        ("vandaag", 15), ("today", 15), ("Vandaag", 15), ("TODAY", 15),
        ("gisteren", 14), ("gister", 14), ("yesterday", 14), ("  Gisteren ", 14),
        ("eergisteren", 13), ("the day before yesterday", 13), ("day before yesterday", 13),
    ])
    func relativeDays(text: String, day: Int) throws {
        #expect(try DateFixture.parser().parse(text) == .day(year: 2025, month: 3, day: day))
    }

    @Test(arguments: [
        ("gisteren 14:00", 14, 14, 0), ("gisteren om 14u", 14, 14, 0), ("gisteren om 14 uur", 14, 14, 0),
        ("yesterday 2pm", 14, 14, 0), ("yesterday at 2:30 pm", 14, 14, 30), ("today 9am", 15, 9, 0),
        ("vandaag om 9.15", 15, 9, 15), ("2pm yesterday", 14, 14, 0), ("om 14:00 gisteren", 14, 14, 0),
        ("eergisteren 8 uur 's avonds", 13, 20, 0), ("the day before yesterday at 11pm", 13, 23, 0),
    ])
    func relativeDaysWithATime(text: String, day: Int, hour: Int, minute: Int) throws {
        #expect(try DateFixture.parser().parse(text) == .instant(try DateFixture.local(2025, 3, day, hour, minute)))
    }

    // MARK: Parts of a day

    @Test(arguments: [
        ("vanochtend", 15, 6, 12), ("Vanmorgen", 15, 6, 12), ("this morning", 15, 6, 12),
        ("vanmiddag", 15, 12, 18), ("this afternoon", 15, 12, 18),
        ("vanavond", 15, 18, 24), ("this evening", 15, 18, 24),
        ("gisterochtend", 14, 6, 12), ("gisteravond", 14, 18, 24), ("yesterday evening", 14, 18, 24),
        ("gisteren 's avonds", 14, 18, 24), ("gisteren \u{2019}s middags", 14, 12, 18),
        ("dinsdagochtend", 11, 6, 12), ("tuesday morning", 11, 6, 12), ("vorige week dinsdagmiddag", 4, 12, 18),
        ("4 maart 2025 's ochtends", 4, 6, 12),
    ])
    func partOfADayIsApproximate(text: String, day: Int, fromHour: Int, toHour: Int) throws {
        let parsed = try DateFixture.parser().parse(text)
        let start = try DateFixture.local(2025, 3, day, fromHour)
        let expected = DateInterval(start: start, duration: TimeInterval(toHour - fromHour) * 3600)
        #expect(DateFixture.estimate(of: parsed) == expected)
    }

    @Test func lastNightRunsFromLateYesterdayToThisMorning() throws {
        let expected = DateInterval(start: try DateFixture.local(2025, 3, 14, 22), end: try DateFixture.local(2025, 3, 15, 6))
        for text in ["vannacht", "last night"] {
            #expect(DateFixture.estimate(of: try DateFixture.parser().parse(text)) == expected)
        }
    }

    @Test(arguments: [
        ("vanochtend om 9 uur", 15, 9, 0), ("this morning at 9am", 15, 9, 0), ("vanavond om 8 uur", 15, 20, 0),
        ("vanavond om 20:30", 15, 20, 30), ("vanmiddag om 2 uur", 15, 14, 0), ("gisteravond om 11 uur", 14, 23, 0),
        ("yesterday evening at 9pm", 14, 21, 0),
    ])
    func partOfADayWithATimeIsAnInstant(text: String, day: Int, hour: Int, minute: Int) throws {
        #expect(try DateFixture.parser().parse(text) == .instant(try DateFixture.local(2025, 3, day, hour, minute)))
    }

    @Test(arguments: ["vanochtend om 20:00", "this morning at 9pm", "vanavond om 3am", "vannacht om 3 uur", "morgen", "gisteravond om 11"])
    func contradictoryPartsOfADayAreRefused(text: String) throws {
        #expect(throws: DateParseError.unrecognized(text)) { try DateFixture.parser().parse(text) }
    }

    @Test func partOfADayIsStoredAsTheDayItWasReadAs() throws {
        let parsed = try DateFixture.parser(language: .nl).parse("  Vanochtend  ")
        guard case .approximate(let text, _) = parsed else {
            Issue.record("expected an approximate date, got \(parsed)")
            return
        }
        #expect(text == "zaterdag 15 maart 2025, 's ochtends")
    }

    // MARK: Ago

    @Test(arguments: [
        ("3 days ago", OccurredAt.day(year: 2025, month: 3, day: 12)),
        ("3 dagen geleden", .day(year: 2025, month: 3, day: 12)),
        ("drie dagen geleden", .day(year: 2025, month: 3, day: 12)),
        ("3 dagen terug", .day(year: 2025, month: 3, day: 12)),
        ("1 day ago", .day(year: 2025, month: 3, day: 14)),
        ("a week ago", .day(year: 2025, month: 3, day: 8)),
        ("een week geleden", .day(year: 2025, month: 3, day: 8)),
        ("één week geleden", .day(year: 2025, month: 3, day: 8)),
        ("2 weeks ago", .day(year: 2025, month: 3, day: 1)),
        ("twee weken geleden", .day(year: 2025, month: 3, day: 1)),
        ("two weeks ago", .day(year: 2025, month: 3, day: 1)),
        ("twelve days ago", .day(year: 2025, month: 3, day: 3)),
        ("twaalf dagen geleden", .day(year: 2025, month: 3, day: 3)),
        ("20 dagen geleden", .day(year: 2025, month: 2, day: 23)),
        ("1 month ago", .month(year: 2025, month: 2)),
        ("a month ago", .month(year: 2025, month: 2)),
        ("een maand geleden", .month(year: 2025, month: 2)),
        ("2 maanden geleden", .month(year: 2025, month: 1)),
        ("three months ago", .month(year: 2024, month: 12)),
    ])
    func ago(text: String, expected: OccurredAt) throws {
        #expect(try DateFixture.parser().parse(text) == expected)
    }

    @Test func hoursAndMinutesAgoAreInstantsToTheMinute() throws {
        let parser = DateParser(now: try DateFixture.utc("2025-03-15T09:30:45Z"), calendar: try DateFixture.calendar())
        #expect(try parser.parse("3 uur geleden") == .instant(try DateFixture.utc("2025-03-15T06:30:00Z")))
        #expect(try parser.parse("an hour ago") == .instant(try DateFixture.utc("2025-03-15T08:30:00Z")))
        #expect(try parser.parse("10 minuten geleden") == .instant(try DateFixture.utc("2025-03-15T09:20:00Z")))
    }

    @Test func yearsAgoAreApproximateWithThatYear() throws {
        let parsed = try DateFixture.parser().parse("2 jaar geleden")
        #expect(DateFixture.estimate(of: parsed) == (try DateFixture.days([2023, 1, 1], [2024, 1, 1])))
    }

    // MARK: Weekdays

    @Test(arguments: [
        // Now is Saturday 15 March; the week began on Monday 10 March.
        ("dinsdag", 11), ("tuesday", 11), ("Tue", 11), ("di", 11), ("op dinsdag", 11), ("on Tuesday", 11),
        ("vrijdag", 14), ("friday", 14),
        ("zaterdag", 15), ("saturday", 15), ("zondag", 9), ("sunday", 9),
        ("last tuesday", 11), ("vorige dinsdag", 11), ("afgelopen dinsdag", 11),
        ("vorige zaterdag", 8), ("last saturday", 8), ("afgelopen zaterdag", 8),
        ("vorige week dinsdag", 4), ("tuesday last week", 4), ("dinsdag vorige week", 4), ("last week tuesday", 4),
        ("tuesday of last week", 4), ("dinsdag van vorige week", 4), ("afgelopen week dinsdag", 4),
        ("vorige week maandag", 3), ("vorige week zondag", 9), ("monday last week", 3),
    ])
    func weekdays(text: String, day: Int) throws {
        #expect(try DateFixture.parser().parse(text) == .day(year: 2025, month: 3, day: day))
    }

    @Test func weekdaysCountFromMondayStartingWeeks() throws {
        let sunday = try DateFixture.parser(2025, 3, 16)
        #expect(try sunday.parse("vorige week maandag") == .day(year: 2025, month: 3, day: 3))
        #expect(try sunday.parse("maandag") == .day(year: 2025, month: 3, day: 10))
        #expect(try sunday.parse("zondag") == .day(year: 2025, month: 3, day: 16))
        #expect(try sunday.parse("last sunday") == .day(year: 2025, month: 3, day: 9))
        let monday = try DateFixture.parser(2025, 3, 10)
        #expect(try monday.parse("maandag") == .day(year: 2025, month: 3, day: 10))
        #expect(try monday.parse("vorige maandag") == .day(year: 2025, month: 3, day: 3))
        #expect(try monday.parse("vorige week dinsdag") == .day(year: 2025, month: 3, day: 4))
        #expect(try monday.parse("zondag") == .day(year: 2025, month: 3, day: 9))
        let newYear = try DateFixture.parser(2025, 1, 2)
        #expect(try newYear.parse("vorige week vrijdag") == .day(year: 2024, month: 12, day: 27))
    }

    @Test(arguments: [
        ("vorige week dinsdag 15:30", 4, 15, 30), ("dinsdag 15:30", 11, 15, 30), ("last tuesday at 3pm", 11, 15, 0),
        ("tuesday last week at 9:15 am", 4, 9, 15), ("afgelopen vrijdag om 17u", 14, 17, 0),
    ])
    func weekdaysWithATime(text: String, day: Int, hour: Int, minute: Int) throws {
        #expect(try DateFixture.parser().parse(text) == .instant(try DateFixture.local(2025, 3, day, hour, minute)))
    }
}
