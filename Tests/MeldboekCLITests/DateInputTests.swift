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
}
