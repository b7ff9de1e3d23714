// The incident date model: the period it covers, how it reads for people and programs, and its stored JSON.
import Foundation
import MeldboekCore
import Testing

@Suite struct OccurredAtTests {
    /// One of each case, as stored.
    static let examples: [(OccurredAt, String)] = [
        (.instant(Date(timeIntervalSince1970: 1_741_093_200)), #"{"kind":"instant","value":"2025-03-04T13:00:00Z"}"#),
        (.day(year: 2025, month: 3, day: 4), #"{"kind":"day","value":"2025-03-04"}"#),
        (.month(year: 2025, month: 3), #"{"kind":"month","value":"2025-03"}"#),
        (
            .approximate(
                text: "voorjaar 2024",
                estimate: DateInterval(
                    start: Date(timeIntervalSince1970: 1_709_251_200), end: Date(timeIntervalSince1970: 1_717_200_000))),
            #"{"estimateEnd":"2024-06-01T00:00:00Z","estimateStart":"2024-03-01T00:00:00Z","kind":"approximate","value":"voorjaar 2024"}"#
        ),
        (.approximate(text: "toen ik net begon", estimate: nil), #"{"kind":"approximate","value":"toen ik net begon"}"#),
        (.approximate(text: "\"ergens\" — 2024 ✓", estimate: nil), #"{"kind":"approximate","value":"\"ergens\" — 2024 ✓"}"#),
    ]

    // MARK: Interval and sort date

    @Test func intervalOfADayIsThatLocalDay() throws {
        let day = OccurredAt.day(year: 2025, month: 3, day: 4)
        let amsterdam = try DateFixture.calendar()
        #expect(day.interval(in: amsterdam) == DateInterval(
            start: try DateFixture.utc("2025-03-03T23:00:00Z"), end: try DateFixture.utc("2025-03-04T23:00:00Z")))
        #expect(day.sortDate(in: try DateFixture.calendar(DateFixture.newYork)) == (try DateFixture.utc("2025-03-04T05:00:00Z")))
        // The day the clocks go forward lasts 23 hours.
        let springForward = OccurredAt.day(year: 2025, month: 3, day: 30).interval(in: amsterdam)
        #expect(springForward?.duration == TimeInterval(23 * 3600))
    }

    @Test func intervalOfAMonthIsThatLocalMonth() throws {
        let month = OccurredAt.month(year: 2024, month: 12)
        #expect(month.interval(in: try DateFixture.calendar()) == DateInterval(
            start: try DateFixture.utc("2024-11-30T23:00:00Z"), end: try DateFixture.utc("2024-12-31T23:00:00Z")))
        #expect(OccurredAt.month(year: 2024, month: 2).interval(in: try DateFixture.calendar())?.duration == TimeInterval(29 * 86400))
    }

    @Test func intervalOfAnInstantIsEmptyAndOfApproximateItsEstimate() throws {
        let calendar = try DateFixture.calendar()
        let moment = try DateFixture.utc("2025-03-04T13:00:00Z")
        #expect(OccurredAt.instant(moment).interval(in: calendar) == DateInterval(start: moment, duration: 0))
        #expect(OccurredAt.instant(moment).sortDate(in: calendar) == moment)
        let estimate = DateInterval(start: moment, duration: 3600)
        #expect(OccurredAt.approximate(text: "x", estimate: estimate).interval(in: calendar) == estimate)
        #expect(OccurredAt.approximate(text: "x", estimate: nil).interval(in: calendar) == nil)
        #expect(OccurredAt.approximate(text: "x", estimate: nil).sortDate(in: calendar) == nil)
    }

    @Test(arguments: [
        OccurredAt.day(year: 2025, month: 2, day: 30), .day(year: 2025, month: 13, day: 1), .day(year: 2025, month: 0, day: 1),
        .month(year: 2025, month: 13), .month(year: 2025, month: 0),
    ])
    func daysAndMonthsThatDoNotExistHaveNoInterval(occurred: OccurredAt) throws {
        #expect(occurred.interval(in: try DateFixture.calendar()) == nil)
    }

    // MARK: For people and programs

    @Test func formattedForPeople() throws {
        let amsterdam = try #require(TimeZone(identifier: DateFixture.amsterdam))
        let newYork = try #require(TimeZone(identifier: DateFixture.newYork))
        let instant = OccurredAt.instant(try DateFixture.utc("2025-03-04T13:00:00Z"))
        for language in Language.allCases {
            #expect(instant.formatted(language: language, timeZone: amsterdam) == "2025-03-04 14:00")
            #expect(instant.formatted(language: language, timeZone: newYork) == "2025-03-04 08:00")
            #expect(OccurredAt.day(year: 2025, month: 3, day: 4).formatted(language: language, timeZone: newYork) == "2025-03-04")
            #expect(OccurredAt.approximate(text: "voorjaar 2024", estimate: nil)
                .formatted(language: language, timeZone: amsterdam) == "~ voorjaar 2024")
        }
        #expect(OccurredAt.month(year: 2025, month: 3).formatted(language: .nl, timeZone: amsterdam) == "maart 2025")
        #expect(OccurredAt.month(year: 2025, month: 3).formatted(language: .en, timeZone: amsterdam) == "March 2025")
    }

    @Test(arguments: zip(1...12, [
        ("januari", "January"), ("februari", "February"), ("maart", "March"), ("april", "April"),
        ("mei", "May"), ("juni", "June"), ("juli", "July"), ("augustus", "August"),
        ("september", "September"), ("oktober", "October"), ("november", "November"), ("december", "December"),
    ]))
    func monthNamesInBothLanguagesReadBack(month: Int, names: (dutch: String, english: String)) throws {
        let occurred = OccurredAt.month(year: 2024, month: month)
        let zone = try #require(TimeZone(identifier: DateFixture.amsterdam))
        #expect(occurred.formatted(language: .nl, timeZone: zone) == "\(names.dutch) 2024")
        #expect(occurred.formatted(language: .en, timeZone: zone) == "\(names.english) 2024")
        // What Meldboek writes, it reads.
        let parser = try DateFixture.parser()
        #expect(try parser.parse(occurred.formatted(language: .nl, timeZone: zone)) == occurred)
        #expect(try parser.parse(occurred.formatted(language: .en, timeZone: zone)) == occurred)
    }

    @Test func formattedInstantReadsBackInTheSameZone() throws {
        let occurred = OccurredAt.instant(try DateFixture.utc("2025-07-04T19:45:00Z"))
        for zone in [DateFixture.amsterdam, DateFixture.newYork] {
            let text = occurred.formatted(language: .nl, timeZone: try #require(TimeZone(identifier: zone)))
            #expect(try DateFixture.parser(in: zone).parse(text) == occurred)
        }
    }

    @Test func machineValuesAndKindNames() throws {
        let values = Self.examples.map { ($0.0.kindName, $0.0.machineValue) }
        #expect(values[0] == ("instant", "2025-03-04T13:00:00Z"))
        #expect(values[1] == ("day", "2025-03-04"))
        #expect(values[2] == ("month", "2025-03"))
        #expect(values[3] == ("approximate", "voorjaar 2024"))
        #expect(OccurredAt.day(year: 987, month: 1, day: 2).machineValue == "0987-01-02")
        // Seconds stay; a fraction of a second is dropped.
        #expect(OccurredAt.instant(Date(timeIntervalSince1970: 1_741_093_205.75)).machineValue == "2025-03-04T13:00:05Z")
    }

    // MARK: Stored JSON

    @Test(arguments: examples)
    func encodesToTheDocumentedShape(occurred: OccurredAt, json: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(String(decoding: try encoder.encode(occurred), as: UTF8.self) == json)
    }

    @Test(arguments: examples)
    func decodesTheDocumentedShape(occurred: OccurredAt, json: String) throws {
        #expect(try JSONDecoder().decode(OccurredAt.self, from: Data(json.utf8)) == occurred)
    }

    @Test func everythingTheParserMakesSurvivesARoundTrip() throws {
        let parser = try DateFixture.parser()
        let texts = [
            "2025-03-04T14:00:30+02:00", "gisteren om 14u", "3 uur geleden", "4 maart", "maart", "vorige week",
            "vanochtend", "winter 2024", "eind maart 2025", "2025",
        ]
        for text in texts {
            let occurred = try parser.parse(text)
            let decoded = try JSONDecoder().decode(OccurredAt.self, from: try JSONEncoder().encode(occurred))
            #expect(decoded == occurred, "\(text)")
        }
    }

    @Test func decodesInsideOtherDocuments() throws {
        struct Stored: Codable, Equatable {
            var when: OccurredAt?
        }
        let stored = [Stored(when: .day(year: 2025, month: 3, day: 4)), Stored(when: nil)]
        #expect(try JSONDecoder().decode([Stored].self, from: try JSONEncoder().encode(stored)) == stored)
    }

    @Test(arguments: [
        #"{}"#, #"[]"#, #""2025-03-04""#, #"null"#,
        #"{"value":"2025-03-04"}"#, #"{"kind":"day"}"#, #"{"kind":"day","value":20250304}"#, #"{"kind":7,"value":"2025-03-04"}"#,
        #"{"kind":"week","value":"2025-W10"}"#, #"{"kind":"Day","value":"2025-03-04"}"#, #"{"kind":"","value":""}"#,
        #"{"kind":"day","value":"2025-3-4"}"#, #"{"kind":"day","value":"2025-02-30"}"#, #"{"kind":"day","value":"2025-13-01"}"#,
        #"{"kind":"day","value":"2025-03-04T00:00:00Z"}"#, #"{"kind":"day","value":" 2025-03-04"}"#,
        #"{"kind":"day","value":"+025-03-04"}"#, #"{"kind":"day","value":"２０２５-03-04"}"#,
        #"{"kind":"month","value":"2025-00"}"#, #"{"kind":"month","value":"2025-3"}"#, #"{"kind":"month","value":"2025-03-01"}"#,
        #"{"kind":"instant","value":"2025-03-04T13:00:00"}"#, #"{"kind":"instant","value":"2025-03-04T13:00Z"}"#,
        #"{"kind":"instant","value":"2025-03-04T13:00:00+01:00"}"#, #"{"kind":"instant","value":"2025-03-04T13:00:00.5Z"}"#,
        #"{"kind":"instant","value":"2025-03-04T24:00:00Z"}"#, #"{"kind":"instant","value":"2025-03-04 13:00:00Z"}"#,
        #"{"kind":"instant","value":"2025-03-04t13:00:00z"}"#, #"{"kind":"instant","value":"1741093200"}"#,
        #"{"kind":"approximate","value":"x","estimateStart":"2024-03-01T00:00:00Z"}"#,
        #"{"kind":"approximate","value":"x","estimateEnd":"2024-06-01T00:00:00Z"}"#,
        #"{"kind":"approximate","value":"x","estimateStart":"2024-06-01T00:00:00Z","estimateEnd":"2024-03-01T00:00:00Z"}"#,
        #"{"kind":"approximate","value":"x","estimateStart":"2024-03-01","estimateEnd":"2024-06-01"}"#,
        #"{"kind":"approximate","value":null}"#,
    ])
    func decodingGarbageThrowsADecodingError(json: String) throws {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(OccurredAt.self, from: Data(json.utf8)) }
    }
}
