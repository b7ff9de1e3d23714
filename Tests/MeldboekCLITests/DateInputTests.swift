// `--when` in ISO 8601 and in Dutch and English words, read in the user's time zone (Europe/Amsterdam here).
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct DateInputTests {
    /// The runner's calendar: Gregorian, Amsterdam, weeks from Monday.
    static var amsterdam: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam")!
        calendar.firstWeekday = 2
        return calendar
    }

    static func isoInstant(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    static func isoDay(_ date: Date) -> String {
        let parts = amsterdam.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    /// Yesterday at `hour`:00 in Amsterdam, as the UTC value `show --json` gives.
    static func yesterday(at hour: Int, from now: Date) -> String {
        let calendar = amsterdam
        let yesterday = calendar.date(byAdding: .day, value: -1, to: calendar.startOfDay(for: now))!
        return isoInstant(calendar.date(bySettingHour: hour, minute: 0, second: 0, of: yesterday)!)
    }

    static func daysAgo(_ days: Int, from now: Date) -> String {
        isoDay(amsterdam.date(byAdding: .day, value: -days, to: now)!)
    }

    /// Tuesday of the week before this one (weeks start on Monday).
    static func tuesdayLastWeek(from now: Date) -> String {
        let calendar = amsterdam
        let monday = calendar.dateInterval(of: .weekOfYear, for: now)!.start
        return isoDay(calendar.date(byAdding: .day, value: -6, to: monday)!)
    }

    /// What `--when text` stores: its kind, and the value it should have, worked out
    /// from the moment before and after the command (the two differ only across midnight).
    static let cases: [(text: String, kind: String, value: @Sendable (Date) -> String)] = [
        ("2025-03-04T14:00", "instant", { _ in "2025-03-04T13:00:00Z" }),
        ("2025-07-04T14:00", "instant", { _ in "2025-07-04T12:00:00Z" }),
        ("2025-03-04", "day", { _ in "2025-03-04" }),
        ("gisteren 14:00", "instant", { DateInputTests.yesterday(at: 14, from: $0) }),
        ("yesterday 2pm", "instant", { DateInputTests.yesterday(at: 14, from: $0) }),
        ("3 days ago", "day", { DateInputTests.daysAgo(3, from: $0) }),
        ("3 dagen geleden", "day", { DateInputTests.daysAgo(3, from: $0) }),
        ("vorige week dinsdag", "day", { DateInputTests.tuesdayLastWeek(from: $0) }),
        ("maart 2025", "month", { _ in "2025-03" }),
        ("March 2025", "month", { _ in "2025-03" }),
    ]

    @Test func datesInISOAndWordsAreRead() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        for (text, kind, value) in Self.cases {
            let before = Date()
            let result = try vault.run(["add", "--title", "Datum: \(text)", "--when", text])
            let after = Date()
            #expect(result.status == 0, "--when \"\(text)\": \(result)")
            guard result.status == 0, let id = CLIVault.firstID(in: result.stdout) else { continue }
            let json = try vault.show(id)
            #expect(json["occurredAtKind"] as? String == kind, "--when \"\(text)\"")
            let stored = json["occurredAt"] as? String
            #expect(stored == value(before) || stored == value(after),
                    "--when \"\(text)\": \(stored ?? "nil"), expected \(value(before))")
        }
    }

    @Test func whenIsShownInLocalTime() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let id = try vault.add("Zomertijd", ["--when", "2025-07-04T14:00"])
        #expect(try vault.succeed(["show", id]).stdout.contains("When: 2025-07-04 14:00\n"))
        let month = try vault.add("Maand", ["--when", "maart 2025"])
        #expect(try vault.succeed(["show", month]).stdout.contains("When: March 2025\n"))
        #expect(try vault.succeed(["show", month, "--lang", "nl"]).stdout.contains("Wanneer: maart 2025\n"))
    }

    /// A day written out the way Foundation's own locale data writes it: "dinsdag 1 december 2026".
    static func longDay(_ date: Date, locale: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: locale)
        formatter.timeZone = amsterdam.timeZone
        formatter.dateFormat = "EEEE d MMMM yyyy"
        return formatter.string(from: date)
    }

    @Test func addSaysHowEveryFieldWasRead() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let result = try vault.succeed([
            "add", "--lang", "nl", "--title", "Kantine", "--when", "14 okt. 2026 om half 3",
            "--person", "Jan:manager", "--person", "Eva:collega", "--category", "pesten",
        ])
        let id = try #require(CLIVault.firstID(in: result.stdout))
        // Standard output stays the one line scripts read the id from.
        #expect(result.stdout == "Aantekening \(id) toegevoegd.\n")
        // The journal's fingerprint may follow on its own line.
        #expect(result.stderr.hasPrefix("""
            Begrepen als:
              Wanneer: woensdag 14 oktober 2026, 14:30
              Betrokkenen: Jan (leidinggevende), Eva (collega)
              Soort gedrag: pesten

            """))
        // "half 3" without "'s nachts" is half past two in the afternoon, 12:30 UTC in Amsterdam's summer time.
        #expect(try vault.show(id)["occurredAt"] as? String == "2026-10-14T12:30:00Z")
    }

    @Test func amendSaysHowTheNewVersionWasRead() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let id = try vault.add("Gang", ["--when", "2025-03-04"])
        let result = try vault.succeed(["amend", String(id.suffix(8)), "--when", "14/10/2026"])
        #expect(result.stderr.hasPrefix("Read as:\n  When: Wednesday 14 October 2026\n"))
        #expect(try vault.show(id)["occurredAt"] as? String == "2026-10-14")
    }

    @Test func ownWordsAreSaidBackWithTheirEstimate() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let result = try vault.succeed(["add", "--title", "Borrel", "--when-approx", "zomer 2024, na de borrel"])
        #expect(result.stderr.contains("  When: your own words \u{201C}zomer 2024, na de borrel\u{201D}, taken as June to August 2024\n"))
    }

    @Test func relativeWordsAreStoredAsTheDayTheyMeantThen() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let before = Date()
        let result = try vault.succeed(["add", "--title", "Avond", "--when", "gisteravond"])
        let after = Date()
        let id = try #require(CLIVault.firstID(in: result.stdout))
        let json = try vault.show(id)
        #expect(json["occurredAtKind"] as? String == "approximate")
        let expected = [before, after].map { moment in
            Self.longDay(Self.amsterdam.date(byAdding: .day, value: -1, to: moment)!, locale: "en_GB") + ", in the evening"
        }
        let stored = try #require(json["occurredAt"] as? String)
        #expect(expected.contains(stored), "stored \(stored), expected \(expected[0])")
        #expect(result.stderr.contains("  When: \(stored)\n"))
    }

    @Test func ownWordsThatDependOnTodayKeepTheDayTheyMeant() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let before = Date()
        let id = try vault.add("Lunch", ["--when-approx", "gisteren, na de lunch"])
        let after = Date()
        let expected = [before, after].map { moment in
            "gisteren, na de lunch (" + Self.longDay(Self.amsterdam.date(byAdding: .day, value: -1, to: moment)!, locale: "en_GB") + ")"
        }
        let stored = try #require(try vault.show(id)["occurredAt"] as? String)
        #expect(expected.contains(stored), "stored \(stored), expected \(expected[0])")
    }

    @Test func aWeekdayThatDoesNotFitIsRefusedNamingTheRealOne() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let result = try vault.run(["add", "--lang", "nl", "--title", "Maandag", "--when", "maandag 14 oktober 2026"])
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains(
            "meldboek: fout: 'maandag 14 oktober 2026' klopt niet: 14 oktober 2026 is een woensdag, geen maandag.\n"))
        #expect(try vault.titles().isEmpty)
    }

    @Test func filtersSayWhyADateIsRefusedToo() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let since = try vault.run(["list", "--since", "3/4/2026"])
        #expect(since.status == 64, "\(since)")
        #expect(since.stderr.contains("'3/4/2026' can be read two ways: Friday 3 April 2026 or Wednesday 4 March 2026"))
        let until = try vault.run(["list", "--until", "monday 14 October 2026"])
        #expect(until.stderr.contains("14 October 2026 is a Wednesday, not a Monday"))
        #expect(try vault.run(["list", "--since", "14/10/2026"]).status == 0)
    }

    @Test func aDayThatReadsTwoWaysIsRefusedNamingBoth() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let result = try vault.run(["add", "--title", "Slashes", "--when", "3/4/2026"])
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains(
            "meldboek: error: '3/4/2026' can be read two ways: Friday 3 April 2026 or Wednesday 4 March 2026.\n"))
        #expect(result.stderr.contains("meldboek: hint: Write the month as a word"))
        #expect(try vault.titles().isEmpty)
    }

    /// What is recorded has happened: a date ahead (a typo in the year, most often) is refused in a script and asked
    /// about on a terminal, naming the date as read.
    @Test func aDateInTheFutureIsRefusedInAScriptAndAskedAboutOnATerminal() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let year = Self.amsterdam.component(.year, from: Date()) + 1
        let before = try vault.snapshot()
        let refused = try vault.run(["add", "--title", "Te vroeg", "--when", "\(year)-01-05"])
        expectError(refused, status: 64, mentioning: ["The date was read as", "\(year)", "which is in the future; nothing was saved."])
        let dutch = try vault.run(["add", "--title", "Te vroeg", "--when", "5 januari \(year)", "--lang", "nl"])
        expectError(dutch, status: 64, mentioning: ["5 januari \(year)", "ligt in de toekomst; er is niets opgeslagen."])
        #expect(try vault.snapshot() == before)

        let id = try vault.add("Gesprek", ["--when", "\(year - 1)-01-05"])
        expectError(try vault.run(["amend", id, "--when", "\(year)-01-05"]), status: 64, mentioning: ["in the future"])
        #expect(try vault.show(id)["revisionCount"] as? Int == 1)

        let asked = try PseudoTerminal(runner: vault.runner, arguments: ["add", "--title", "Toch", "--when", "\(year)-01-05"])
        try asked.expect("which is in the future. Save it with this date anyway? [y/N] ")
        asked.type("y")
        #expect(try asked.wait() == 0, "\(asked.screen)")
        #expect(try vault.titles().contains("Toch"))
        let declined = try PseudoTerminal(runner: vault.runner, arguments: ["add", "--title", "Niet", "--when", "\(year)-01-05"])
        try declined.expect("[y/N] ")
        declined.type("n")
        #expect(try declined.wait() == 7, "\(declined.screen)")
        #expect(try !vault.titles().contains("Niet"))
    }
}
