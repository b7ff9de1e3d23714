// The report's content and form: order, dates, history, hashes, the chart, redaction, escaping.
import Foundation
import MeldboekCore
@testable import MeldboekReport
import MeldboekShare
import MeldboekTestSupport
import Testing

@Suite struct ReportTests {
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam")!
        return calendar
    }()

    static func date(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 12) -> Date {
        calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour))!
    }

    /// A journal with three incidents over two months, one amended and one with an attachment.
    static func entries() throws -> [Entry] {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        let jan = Person(name: "Jan de Vries", role: .manager)
        let file = folder.appending("foto.txt")
        try Data("bewijs".utf8).write(to: file)
        let second = try journal.add(EntryFields(
            title: "Door slammed", occurredAt: .day(year: 2025, month: 3, day: 12),
            narrative: "Jan slammed the door.\n<script>alert(1)</script> # not a heading", location: "Canteen",
            people: [jan, Person(name: "Sara", role: .colleague)], witnesses: ["Piet"], categories: [.aggression, .bullying],
            impact: "I could not sleep.", actions: "Told Sara."), attachments: [file], now: date(2025, 3, 15))
        _ = try journal.add(EntryFields(
            title: "Shouted at", occurredAt: .instant(date(2025, 1, 6, 9)), narrative: "Jan shouted in the meeting.",
            people: [jan], categories: [.bullying]), now: date(2025, 1, 6, 10))
        _ = try journal.add(EntryFields(
            title: "Ignored", occurredAt: .day(year: 2025, month: 3, day: 20), narrative: "Jan ignored me.",
            people: [jan], categories: [.bullying]), now: date(2025, 3, 20))
        _ = try journal.amend(second.id.description, now: date(2025, 3, 16)) { $0.narrative += "\nEveryone saw it." }
        return try journal.snapshot().entries
    }

    static func report(redactions: Set<Redaction> = [], language: Language = .en) throws -> Report {
        Report(entries: try entries().map(ReportEntry.init), redactions: redactions, language: language,
               calendar: calendar, generatedAt: date(2025, 4, 1))
    }

    @Test func htmlIsOneFileThatLoadsNothingAndRunsNothing() throws {
        let html = ReportHTML(try Self.report()).render()
        for forbidden in ["<script", "src=", "href=", "url(", "@import", "<link", "<img", "<iframe"] {
            #expect(!html.contains(forbidden), "the report contains \(forbidden)")
        }
        #expect(html.components(separatedBy: "http").count - 1 == 1, "only the SVG namespace names a URL")
        #expect(html.contains("xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func entriesComeInTheOrderTheyHappenedWithBothDatesAndTheGap() throws {
        let html = ReportHTML(try Self.report()).render()
        let titles = ["Shouted at", "Door slammed", "Ignored"].map { html.range(of: "<h3>\($0)</h3>")?.lowerBound }
        #expect(titles.allSatisfy { $0 != nil })
        #expect(titles.compactMap { $0 } == titles.compactMap { $0 }.sorted())
        #expect(html.contains("2025-03-12"))
        #expect(html.contains("2025-03-15 12:00 (3 days after it happened)"))
        #expect(html.contains("2025-01-06 10:00 (the same day)"))
    }

    @Test func aVagueTimeWithinOneDayHasItsGapToo() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        // "gisteravond" as the date parser stores it, written down the next day.
        let evening = OccurredAt.approximate(text: "Thursday 20 March 2025, in the evening", estimate: DateInterval(
            start: Self.date(2025, 3, 20, 18), end: Self.date(2025, 3, 21, 0)))
        let spring = OccurredAt.approximate(text: "spring 2025", estimate: DateInterval(
            start: Self.date(2025, 3, 1, 0), end: Self.date(2025, 6, 1, 0)))
        _ = try journal.add(EntryFields(title: "Evening", occurredAt: evening, narrative: "x"), now: Self.date(2025, 3, 21, 9))
        _ = try journal.add(EntryFields(title: "Spring", occurredAt: spring, narrative: "y"), now: Self.date(2025, 3, 22, 9))
        let report = Report(entries: try journal.snapshot().entries.map(ReportEntry.init), redactions: [], language: .en,
                            calendar: Self.calendar, generatedAt: Self.date(2025, 4, 1))
        let html = ReportHTML(report).render()
        #expect(html.contains("2025-03-21 09:00 (1 day after it happened)"))
        // A season names no day: no gap is claimed.
        #expect(html.contains("2025-03-22 09:00") && !html.contains("2025-03-22 09:00 ("))
    }

    @Test func theHistoryListsEveryVersionAndWhatItChanged() throws {
        let html = ReportHTML(try Self.report()).render()
        #expect(html.contains("<td>2025-03-16 12:00</td><td>changed: What happened</td>"))
        #expect(html.contains("As it read before version 2"))
        #expect(html.contains("Everyone saw it."))
    }

    @Test func attachmentsAreListedWithTheirHashes() throws {
        let html = ReportHTML(try Self.report()).render()
        let sha = "2a62fcefbeac858f91b9005b2b385b85eea84f077b08719c3fe04d3c0fe26ff3"  // printf bewijs | sha256sum
        #expect(html.contains("foto.txt"))
        #expect(html.contains(sha))
    }

    @Test func theChartStacksEachMonthByKind() throws {
        let report = try Self.report()
        let html = ReportHTML(report).render()
        #expect(html.components(separatedBy: "<svg").count == 2)
        #expect(html.contains("<title>2025-03 · bullying: 2</title>"))
        #expect(html.contains("<title>2025-03 · aggression and violence: 1</title>"))
        #expect(html.contains("<title>2025-01 · bullying: 1</title>"))
        #expect(html.contains(">2025-02</text>"), "an empty month still has its place")
        #expect(html.contains("fill=\"\(TimelineChart.colour(.bullying))\""))
        #expect(html.contains("break-inside: avoid"))
    }

    @Test func gridLinesFallOnRoundNumbers() {
        #expect([1, 3, 5, 9, 10, 12, 48, 520, 4_000].map(TimelineChart.gridStep) == [1, 1, 1, 2, 2, 5, 10, 200, 1_000])
    }

    @Test func thePeopleTableMarksSomeoneWhoKeepsComingBack() throws {
        let html = ReportHTML(try Self.report()).render()
        #expect(html.contains(
            "<td>Jan de Vries <span class=\"repeated\">(repeated pattern)</span></td><td>manager</td><td class=\"number\">3</td><td>2025-01-06</td><td>2025-03-20</td>"))
        #expect(html.contains("<td>Sara</td><td>colleague</td><td class=\"number\">1</td>"))
    }

    @Test func redactionReplacesNamesEverywhereAndLeavesOutPlaces() throws {
        for document in [ReportHTML(try Self.report(redactions: [.people, .witnesses, .location])).render(),
                         ReportMarkdown(try Self.report(redactions: [.people, .witnesses, .location])).render()] {
            for name in ["Jan", "Vries", "Sara", "Piet", "Canteen"] {
                #expect(!document.contains(name), "\(name) is in the redacted report")
            }
            #expect(document.contains("Person A"))
        }
    }

    @Test func markdownEscapesTheMelderTextAndHasTheMonthTable() throws {
        let markdown = ReportMarkdown(try Self.report()).render()
        #expect(markdown.contains("> \\<script\\>alert(1)\\</script\\> \\# not a heading"))
        #expect(markdown.contains("| 2025-02 | 0 |  |"))
        #expect(markdown.contains("| 2025-03 | 2 | aggression and violence 1, bullying 2 |"))
        #expect(markdown.contains("Jan de Vries (repeated pattern)"))
    }

    @Test func dutchReportIsInDutch() throws {
        let html = ReportHTML(try Self.report(language: .nl)).render()
        #expect(html.contains("<html lang=\"nl\">"))
        #expect(html.contains("Incidenten per maand, per soort"))
        #expect(html.contains("herhaald patroon"))
        #expect(html.contains("leidinggevende"))
        #expect(!html.contains("repeated pattern"))
    }
}
