// Statistics as text for people: what `meldboek stats` prints, and the time lines a report repeats.
import Foundation
import MeldboekCore

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
        JournalStatistics.isoDay(containing: date, calendar: calendar) ?? text.moment(date)
    }

    /// When someone's first or last incident happened, as precisely as it was given:
    /// `2025-03-04` for a day or a moment, `maart 2025` for a month, never a month's first day.
    public func when(_ occurred: OccurredAt) -> String {
        if let day = JournalStatistics.isoDay(occurred, calendar: calendar) { return day }
        return occurred.formatted(language: localizer.language, timeZone: calendar.timeZone)
    }

    /// ``when(_:)`` for programs: `2025-03-04` for a day or a moment, `2025-03` for a month.
    public func machineWhen(_ occurred: OccurredAt) -> String {
        JournalStatistics.isoDay(occurred, calendar: calendar) ?? occurred.machineValue
    }

    /// The longest stretch between incidents and the most recent one, a sentence each.
    public func timeLines(_ statistics: JournalStatistics) -> [String] {
        var lines: [String] = []
        if let stretch = statistics.longestStretch {
            lines.append(localizer(.longestStretch(days: stretch.days, from: day(stretch.from), to: day(stretch.to))))
        }
        if let latest = statistics.latest {
            let when = latest.occurredAt.formatted(language: localizer.language, timeZone: calendar.timeZone)
            lines.append(localizer(.latestIncident(when, daysAgo: latest.daysAgo, title: latest.title)))
        }
        return lines
    }

    /// Everything `meldboek stats` prints.
    public func render(_ statistics: JournalStatistics) -> String {
        let l = localizer
        var out = l(.statsTotal(statistics.total)) + "\n"
        if statistics.undated > 0 { out += l(.statsUndated(statistics.undated)) + "\n" }
        func section(_ title: Localized, _ rows: [(String, Int)]) {
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
            var label = "\(person.name) (\(text.roles(person.roles, words: person.roleWords)))"
            if person.isRepeated { label += " [\(l(.reportRepeated))]" }
            return (label, person.count)
        })
        section(.statsPerPlace, statistics.places.map { ($0.place, $0.count) })
        let lines = timeLines(statistics)
        if !lines.isEmpty { out += "\n" + lines.joined(separator: "\n") + "\n" }
        return out
    }
}

extension Localizer {
    /// The category's name, or "no kind given" for nil: how counts per kind label entries without one.
    public func kind(_ category: Category?) -> String {
        category.map(self.category) ?? self(.reportNoKind)
    }
}

extension Localized {
    /// "Longest stretch between incidents: 61 days, from 2025-01-10 to 2025-03-12".
    static func longestStretch(days: Int, from: String, to: String) -> Localized {
        Localized(count: days,
                  one: Localized(en: "Longest stretch between incidents: 1 day, from \(from) to \(to)",
                                 nl: "Langste periode tussen incidenten: 1 dag, van \(from) tot \(to)"),
                  other: Localized(en: "Longest stretch between incidents: \(days) days, from \(from) to \(to)",
                                   nl: "Langste periode tussen incidenten: \(days) dagen, van \(from) tot \(to)"))
    }

    /// "Most recent incident: 2025-03-20, 14 days ago: title"; a month has no count of days.
    static func latestIncident(_ when: String, daysAgo: Int?, title: String) -> Localized {
        switch daysAgo {
        case nil:
            return Localized(en: "Most recent incident: \(when): \(title)", nl: "Meest recente incident: \(when): \(title)")
        case 0?:
            return Localized(en: "Most recent incident: \(when), today: \(title)",
                             nl: "Meest recente incident: \(when), vandaag: \(title)")
        case let days? where days < 0:
            return Localized(en: "Most recent incident: \(when), a date in the future: \(title)",
                             nl: "Meest recente incident: \(when), een datum in de toekomst: \(title)")
        case let days?:
            return Localized(count: days,
                             one: Localized(en: "Most recent incident: \(when), 1 day ago: \(title)",
                                            nl: "Meest recente incident: \(when), 1 dag geleden: \(title)"),
                             other: Localized(en: "Most recent incident: \(when), \(days) days ago: \(title)",
                                              nl: "Meest recente incident: \(when), \(days) dagen geleden: \(title)"))
        }
    }
}
