// Calendar days and months as people write them, before any time zone places them in time.
import Foundation
import Synchronization

/// A day on the Gregorian calendar, such as 4 March 2025, not yet placed in a time zone.
///
/// Arithmetic on days is done on plain day numbers rather than through `Calendar`,
/// so "three days ago" never lands on the wrong day when a clock change falls in between.
struct CivilDay: Hashable, Comparable, Sendable {
    let year: Int
    let month: Int
    let day: Int

    /// The day with these numbers, or nil when there is no such day (30 February).
    init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month),
              (1...CivilMonth.numberOfDays(year: year, month: month)).contains(day)
        else { return nil }
        self.init(validYear: year, month: month, day: day)
    }

    fileprivate init(validYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day written as `2025-03-04`, exactly four, two and two digits.
    init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3,
              let year = parts[0].asciiDecimal(digits: 4...4),
              let month = parts[1].asciiDecimal(digits: 2...2),
              let day = parts[2].asciiDecimal(digits: 2...2)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The day `date` falls on in the calendar's time zone.
    init?(containing date: Date, in calendar: Calendar) {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Days since 1970-01-01, after Howard Hinnant's `days_from_civil`.
    var dayNumber: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day with this day number, after Howard Hinnant's `civil_from_days`.
    private init(dayNumber: Int) {
        let shifted = dayNumber + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// The day `days` later (or earlier, when negative).
    func adding(days: Int) -> CivilDay {
        CivilDay(dayNumber: dayNumber + days)
    }

    /// The day of the week, numbered as in ISO 8601: 1 is Monday, 7 is Sunday.
    var weekday: Int {
        // 1970-01-01 was a Thursday, ISO day 4.
        (dayNumber + 3).modulo(7) + 1
    }

    /// The Monday of this day's week.
    var startOfWeek: CivilDay {
        adding(days: 1 - weekday)
    }

    /// The month this day is in.
    var civilMonth: CivilMonth {
        CivilMonth(validYear: year, month: month)
    }

    /// The day as `2025-03-04`.
    var iso: String {
        "\(year.zeroPadded(4))-\(month.zeroPadded(2))-\(day.zeroPadded(2))"
    }

    /// The moment this day starts in the calendar's time zone.
    func start(in calendar: Calendar) -> Date? {
        calendar.date(from: DateComponents(year: year, month: month, day: day))
    }

    /// The moment at this time of day, or nil when the clock skips it (a spring-forward gap).
    func at(hour: Int, minute: Int, second: Int = 0, in calendar: Calendar) -> Date? {
        let wanted = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard let date = calendar.date(from: wanted) else { return nil }
        // Calendar moves a time that does not exist to one that does; we would rather say no.
        let found = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        guard found.year == year, found.month == month, found.day == day,
              found.hour == hour, found.minute == minute, found.second == second
        else { return nil }
        return date
    }

    /// This day from its start to the start of the next, in the calendar's time zone.
    func interval(in calendar: Calendar) -> DateInterval? {
        DateInterval.between(self, adding(days: 1), in: calendar)
    }

    static func < (lhs: CivilDay, rhs: CivilDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

/// A month on the Gregorian calendar, such as March 2025, not yet placed in a time zone.
struct CivilMonth: Hashable, Comparable, Sendable {
    let year: Int
    let month: Int

    /// The month with these numbers, or nil when `month` is not 1 to 12.
    init?(year: Int, month: Int) {
        guard (1...12).contains(month) else { return nil }
        self.init(validYear: year, month: month)
    }

    /// The month written as `2025-03`, exactly four and two digits.
    init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2,
              let year = parts[0].asciiDecimal(digits: 4...4),
              let month = parts[1].asciiDecimal(digits: 2...2)
        else { return nil }
        self.init(year: year, month: month)
    }

    fileprivate init(validYear year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// How many days `month` has in `year`, counting leap years the Gregorian way.
    static func numberOfDays(year: Int, month: Int) -> Int {
        switch month {
        case 2:
            let leap = year.modulo(4) == 0 && (year.modulo(100) != 0 || year.modulo(400) == 0)
            return leap ? 29 : 28
        case 4, 6, 9, 11:
            return 30
        default:
            return 31
        }
    }

    /// The month `months` later (or earlier, when negative).
    func adding(months: Int) -> CivilMonth {
        let index = year * 12 + (month - 1) + months
        return CivilMonth(validYear: index.flooredDivision(by: 12), month: index.modulo(12) + 1)
    }

    /// The first day of the month.
    var firstDay: CivilDay {
        CivilDay(validYear: year, month: month, day: 1)
    }

    /// How many days this month has.
    var numberOfDays: Int {
        Self.numberOfDays(year: year, month: month)
    }

    /// The month as `2025-03`.
    var iso: String {
        "\(year.zeroPadded(4))-\(month.zeroPadded(2))"
    }

    /// This month from its first day to the first day of the next, in the calendar's time zone.
    func interval(in calendar: Calendar) -> DateInterval? {
        DateInterval.between(firstDay, adding(months: 1).firstDay, in: calendar)
    }

    static func < (lhs: CivilMonth, rhs: CivilMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}

extension DateInterval {
    /// From the start of `first` to the start of `end` (exclusive), or nil when that runs backwards.
    static func between(_ first: CivilDay, _ end: CivilDay, in calendar: Calendar) -> DateInterval? {
        guard let start = first.start(in: calendar), let finish = end.start(in: calendar) else { return nil }
        return DateInterval.checked(start: start, end: finish)
    }

    /// The interval from `start` to `end`, or nil when `end` comes first.
    ///
    /// `DateInterval(start:end:)` traps on a backwards pair; input must never reach that.
    static func checked(start: Date, end: Date) -> DateInterval? {
        start <= end ? DateInterval(start: start, end: end) : nil
    }
}

extension Calendar {
    /// The Gregorian calendar in `timeZone`, with ISO weeks, the way Meldboek reads every date.
    ///
    /// Built fresh rather than taken from the caller, so a user's Buddhist or Hebrew
    /// calendar setting can never change what "2025-03-04" means.
    static func gregorian(timeZone: TimeZone) -> Calendar {
        // Building a calendar costs more than a date computation; sorting ten thousand
        // entries asks for one per entry, so each zone's is built once and kept.
        gregorianCalendars.withLock { calendars in
            if let calendar = calendars[timeZone] { return calendar }
            var calendar = Calendar(identifier: .gregorian)
            calendar.locale = Locale(identifier: "en_US_POSIX")
            calendar.timeZone = timeZone
            calendar.firstWeekday = 2
            calendar.minimumDaysInFirstWeek = 4
            calendars[timeZone] = calendar
            return calendar
        }
    }
}

private let gregorianCalendars = Mutex<[TimeZone: Calendar]>([:])

extension CivilDay {
    /// ``start(in:)`` on the Gregorian calendar in `timeZone`, remembered: a journal of
    /// ten thousand entries has a few hundred distinct days, and sorting asks for each
    /// entry's.
    func start(memoizedIn timeZone: TimeZone) -> Date? {
        let key = DayInZone(day: self, zone: timeZone)
        if let known = dayStarts.withLock({ $0[key] }) { return known }
        let start = self.start(in: .gregorian(timeZone: timeZone))
        dayStarts.withLock { $0[key] = start }
        return start
    }
}

private struct DayInZone: Hashable {
    let day: CivilDay
    let zone: TimeZone
}

private let dayStarts = Mutex<[DayInZone: Date?]>([:])

extension StringProtocol {
    /// The number these ASCII digits spell, when there are as many as `digits` allows and nothing else.
    ///
    /// `Int(_:)` would also take a sign, and `Character.isNumber` other scripts' digits.
    func asciiDecimal(digits: ClosedRange<Int>) -> Int? {
        guard digits.contains(utf8.count), utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return utf8.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
}

extension Int {
    /// The number in decimal, with leading zeros up to `width` digits.
    func zeroPadded(_ width: Int) -> String {
        let digits = String(magnitude)
        let padding = String(repeating: "0", count: Swift.max(0, width - digits.count))
        return (self < 0 ? "-" : "") + padding + digits
    }

    /// The remainder that is never negative, for counting round a week or a year.
    func modulo(_ divisor: Int) -> Int {
        let remainder = self % divisor
        return remainder < 0 ? remainder + divisor : remainder
    }

    /// Division rounded down, so month -1 of year 2025 is in 2024.
    func flooredDivision(by divisor: Int) -> Int {
        (self - modulo(divisor)) / divisor
    }
}
