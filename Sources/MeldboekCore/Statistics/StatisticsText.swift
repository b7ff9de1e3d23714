// Statistics as text for people: what `meldboek stats` prints, and the time lines a report repeats.
import Foundation

/// Renders ``JournalStatistics`` in the user's language.
public struct StatisticsText: Sendable {
    let text: EntryText
    let calendar: Calendar

    public init(_ text: EntryText, calendar: Calendar) {
        self.text = text
        self.calendar = calendar
    }

    private var localizer: Localizer { text.localizer }

    /// `2025-03-04` in the statistics' calendar.
    public func day(_ date: Date) -> String {
        CivilDay(containing: date, in: calendar)?.iso ?? text.moment(date)
    }

    /// The longest stretch between incidents and the most recent one, a sentence each.
    public func timeLines(_ statistics: JournalStatistics) -> [String] {
        var lines: [String] = []
        if let stretch = statistics.longestStretch {
            lines.append(localizer(.statsLongest, stretch.days, day(stretch.from), day(stretch.to)))
        }
        if let latest = statistics.latest {
            let when = latest.occurredAt.formatted(language: localizer.language, timeZone: calendar.timeZone)
            let message: Message = latest.daysAgo > 0 ? .statsLatest : latest.daysAgo == 0 ? .statsLatestToday : .statsLatestFuture
            lines.append(localizer(message, when, latest.daysAgo, latest.title))
        }
        return lines
    }

    /// Everything `meldboek stats` prints.
    public func render(_ statistics: JournalStatistics) -> String {
        let l = localizer
        var out = l(.statsTotal, statistics.total) + "\n"
        if statistics.undated > 0 { out += l(.statsUndated, statistics.undated) + "\n" }
        func section(_ title: Message, _ rows: [(String, Int)]) {
            guard !rows.isEmpty else { return }
            out += "\n\(l(title)):\n"
            let width = rows.map(\.0.count).max() ?? 0
            for (label, count) in rows {
                out += "  " + label + String(repeating: " ", count: width - label.count) + "  \(count)\n"
            }
        }
        section(.statsPerKind, statistics.categories.map { (l.kind($0.category), $0.count) })
        section(.statsPerMonth, statistics.months.map { ($0.iso, $0.count) })
        section(.statsPerPerson, statistics.people.map { person in
            var label = "\(person.name) (\(text.roles(person.roles)))"
            if person.isRepeated { label += " [\(l(.reportRepeated))]" }
            return (label, person.count)
        })
        section(.statsPerPlace, statistics.places.map { ($0.place, $0.count) })
        let lines = timeLines(statistics)
        if !lines.isEmpty { out += "\n" + lines.joined(separator: "\n") + "\n" }
        return out
    }
}
