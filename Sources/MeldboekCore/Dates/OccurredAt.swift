// When an incident happened, kept only as precisely as the melder knows it.
import Foundation

/// When an incident happened, as precisely as the melder knows it.
///
/// A melder often remembers "some time in spring" or "the Tuesday before the
/// meeting" rather than a moment, and forcing a time on them would put words in
/// their mouth. So a date is a moment, a day, a month, or their own words:
///
/// ```swift
/// let when = try DateParser(calendar: calendar).parse("gisteren om 14u")  // .instant
/// when.formatted(language: .nl, timeZone: .current)                        // "2025-03-04 14:00"
/// ```
///
/// Days and months carry no time zone: "4 March" is 4 March wherever the melder is
/// when they read it back. They become moments only through ``interval(in:)``.
public enum OccurredAt: Equatable, Hashable, Sendable {
    /// A moment whose time of day is known, to the minute.
    case instant(Date)
    /// A calendar day, without a time.
    case day(year: Int, month: Int, day: Int)
    /// A calendar month.
    case month(year: Int, month: Int)
    /// Words for people, with our best estimate of the period when one can be told: the melder's
    /// own ("voorjaar 2024, na de reorganisatie"), or a vague date as the parser read it and
    /// described it ("dinsdag 1 december 2026, 's avonds"), never relative words left bare.
    case approximate(text: String, estimate: DateInterval?)

    /// The period this covers, with days and months taken in the calendar's time zone.
    ///
    /// An instant covers no time at all; an approximate date covers its estimate. Nil
    /// when there is no estimate, or for a day or month that does not exist (which only
    /// code can build; parsing and decoding refuse them).
    ///
    /// - Parameter calendar: Supplies the time zone; the Gregorian calendar is always used.
    public func interval(in calendar: Calendar) -> DateInterval? {
        let gregorian = Calendar.gregorian(timeZone: calendar.timeZone)
        switch self {
        case .instant(let date):
            return DateInterval(start: date, duration: 0)
        case .day(let year, let month, let day):
            return CivilDay(year: year, month: month, day: day)?.interval(in: gregorian)
        case .month(let year, let month):
            return CivilMonth(year: year, month: month)?.interval(in: gregorian)
        case .approximate(_, let estimate):
            return estimate
        }
    }

    /// The moment to sort by: the start of ``interval(in:)``.
    public func sortDate(in calendar: Calendar) -> Date? {
        switch self {
        case .instant(let date):
            return date
        case .day(let year, let month, let day):
            return CivilDay(year: year, month: month, day: day).flatMap { $0.start(memoizedIn: calendar.timeZone) }
        case .month(let year, let month):
            return CivilMonth(year: year, month: month).flatMap { $0.firstDay.start(memoizedIn: calendar.timeZone) }
        case .approximate(_, let estimate):
            return estimate?.start
        }
    }

    /// The one day it happened on, when that is known: a day, a moment's day, or an approximate
    /// date whose estimate lies within one day ("gisteravond", "rond 10 uur"). Nil for a month or
    /// a wider estimate: "spring" would start on 1 March, a precision nobody gave.
    func knownDay(in calendar: Calendar) -> CivilDay? {
        let gregorian = Calendar.gregorian(timeZone: calendar.timeZone)
        switch self {
        case .instant(let date):
            return CivilDay(containing: date, in: gregorian)
        case .day(let year, let month, let day):
            return CivilDay(year: year, month: month, day: day)
        case .approximate(_, let estimate?):
            // The estimate's end is exclusive: 18:00 to midnight is one evening.
            let end = estimate.duration > 0 ? estimate.end.addingTimeInterval(-1) : estimate.end
            guard let first = CivilDay(containing: estimate.start, in: gregorian),
                  let last = CivilDay(containing: end, in: gregorian), first == last
            else { return nil }
            return first
        case .month, .approximate:
            return nil
        }
    }

    /// When ``knownDay(in:)`` has a day, the moment it starts in the calendar's time zone.
    public func knownDayStart(in calendar: Calendar) -> Date? {
        knownDay(in: calendar)?.start(in: .gregorian(timeZone: calendar.timeZone))
    }

    /// The name of the case, as stored and as printed with `--json`: `instant`, `day`, `month` or `approximate`.
    public var kindName: String {
        switch self {
        case .instant: "instant"
        case .day: "day"
        case .month: "month"
        case .approximate: "approximate"
        }
    }

    /// The date for people to read: `2025-03-04 14:00`, `2025-03-04`, `maart 2025` or `~ voorjaar 2024`.
    ///
    /// Numbers are written the ISO way in both languages because they sort and
    /// cannot be misread as month-day; only month names are translated. The tilde
    /// marks an approximate date, whose words are shown as stored.
    ///
    /// - Parameters:
    ///   - language: The language for month names.
    ///   - timeZone: The zone an instant is shown in.
    public func formatted(language: Language, timeZone: TimeZone) -> String {
        switch self {
        case .instant(let date):
            let calendar = Calendar.gregorian(timeZone: timeZone)
            let clock = calendar.dateComponents([.hour, .minute], from: date)
            let day = CivilDay(containing: date, in: calendar)?.iso ?? ""
            return "\(day) \((clock.hour ?? 0).zeroPadded(2)):\((clock.minute ?? 0).zeroPadded(2))"
        case .day:
            return machineValue
        case .month(let year, let month):
            guard let name = DateWords.monthName(month, language: language) else { return machineValue }
            return "\(name) \(year)"
        case .approximate(let text, _):
            return "~ \(text)"
        }
    }
}
