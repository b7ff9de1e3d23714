// The rules that turn a melder's words into a day, a month or a period, relative to now.
import Foundation

/// What a run of words names, before it becomes an ``OccurredAt``.
enum DateReading: Equatable, Sendable {
    case instant(Date)
    case day(CivilDay)
    /// "Gisteravond": a known day, a part of it, no exact time.
    case dayPart(CivilDay, DayPart)
    case month(CivilMonth)
    /// "rond 10 uur": a moment the melder gives as approximate.
    case around(Date)
    /// Any other stretch of time: a year, a season, "vorige week", "begin maart".
    case period(DateInterval)
}

/// The date grammar, bound to one moment and one time zone.
///
/// Every rule takes folded words (see ``DateParser``) and either matches all of
/// them or returns nil; a rule never consumes part of the input and guesses at
/// the rest. Relative words ("gisteren", "dinsdag", "maart") are resolved
/// against `today` in the calendar's time zone.
struct DateGrammar: Sendable {
    let now: Date
    let today: CivilDay
    /// Gregorian, in the user's time zone.
    let calendar: Calendar
    /// Reading words picked out of a sentence rather than a whole date: bare
    /// weekdays, abbreviations and times are left out, and "may" or "fall" alone
    /// are not dates, because in running text they usually are not.
    let freeText: Bool

    init?(now: Date, calendar: Calendar, freeText: Bool) {
        guard let today = CivilDay(containing: now, in: calendar) else { return nil }
        self.now = now
        self.today = today
        self.calendar = calendar
        self.freeText = freeText
    }

    /// The whole input read as a date, optionally with a time of day.
    func reading(_ words: [String]) -> DateReading? {
        guard !words.isEmpty else { return nil }
        if let instant = isoInstant(words) { return .instant(instant) }
        if let reading = dated(words) { return reading }
        return freeText ? nil : timed(words)
    }

    /// A day, month or period named without a time of day.
    func dated(_ words: [String]) -> DateReading? {
        guard let first = words.first else { return nil }
        if DateWords.on.contains(first), words.count > 1 { return undated(Array(words.dropFirst())) }
        return undated(words)
    }

    private func undated(_ words: [String]) -> DateReading? {
        if let day = relativeDay(words) ?? weekday(words) ?? calendarDay(words) { return .day(day) }
        if let month = month(words) { return .month(month) }
        return dayPart(words) ?? ago(words) ?? period(words)
    }

    /// The period a reading covers, with days and months in the calendar's time zone.
    func interval(of reading: DateReading) -> DateInterval? {
        switch reading {
        case .instant(let date):
            return DateInterval(start: date, duration: 0)
        case .day(let day):
            return day.interval(in: calendar)
        case .dayPart(let day, let part):
            guard let start = day.at(hour: part.hours.lowerBound, minute: 0, in: calendar) else { return nil }
            let end = part.hours.upperBound == 24
                ? day.adding(days: 1).start(in: calendar)
                : day.at(hour: part.hours.upperBound, minute: 0, in: calendar)
            return end.flatMap { DateInterval.checked(start: start, end: $0) }
        case .month(let month):
            return month.interval(in: calendar)
        case .around(let date):
            return DateInterval(start: date.addingTimeInterval(-Self.aroundWindow), duration: 2 * Self.aroundWindow)
        case .period(let interval):
            return interval
        }
    }

    /// How far either side of "rond 10 uur" the moment may lie.
    static let aroundWindow: TimeInterval = 30 * 60

    /// The reading as stored: moments, days and months exactly; anything vaguer as the period it
    /// was resolved to now, described in `language`, never the melder's relative words
    /// ("gisteravond" read next week would mean another evening).
    func occurredAt(_ reading: DateReading, language: Language) -> OccurredAt? {
        switch reading {
        case .instant(let date):
            return .instant(date)
        case .day(let day):
            return .day(year: day.year, month: day.month, day: day.day)
        case .month(let month):
            return .month(year: month.year, month: month.month)
        case .around, .dayPart, .period:
            guard let estimate = interval(of: reading) else { return nil }
            return .approximate(text: description(of: reading, estimate: estimate).text(in: language), estimate: estimate)
        }
    }

    /// A vague reading in words, as precise as it is: a part of a day, a moment give or take, or a period.
    private func description(of reading: DateReading, estimate: DateInterval) -> Localized {
        switch reading {
        case .dayPart(let day, let part):
            return .dayPart(day, part)
        case .around(let date):
            let clock = calendar.dateComponents([.hour, .minute], from: date)
            guard let day = CivilDay(containing: date, in: calendar) else { break }
            return .around(day, "\((clock.hour ?? 0).zeroPadded(2)):\((clock.minute ?? 0).zeroPadded(2))")
        default:
            break
        }
        return .period(estimate, in: calendar)
    }

    // MARK: Days

    private func relativeDay(_ words: [String]) -> CivilDay? {
        switch words {
        case ["vandaag"], ["today"]:
            return today
        case ["gisteren"], ["gister"], ["yesterday"]:
            return today.adding(days: -1)
        case ["eergisteren"], ["day", "before", "yesterday"], ["the", "day", "before", "yesterday"]:
            return today.adding(days: -2)
        default:
            return nil
        }
    }

    /// "dinsdag" (the latest, today included), "vorige dinsdag" (before today),
    /// "vorige week dinsdag" (in last Monday-to-Sunday week).
    private func weekday(_ words: [String]) -> CivilDay? {
        switch words.count {
        case 0:
            return nil
        case 1:
            guard !freeText, let weekday = weekdayNumber(words[0]) else { return nil }
            return latest(weekday, includingToday: true)
        case 2:
            guard DateWords.previous.contains(words[0]), let weekday = weekdayNumber(words[1]) else { return nil }
            return latest(weekday, includingToday: false)
        default:
            if let weekday = words.last.flatMap(weekdayNumber), isLastWeek(words.dropLast()) {
                return inLastWeek(weekday)
            }
            if let weekday = weekdayNumber(words[0]) {
                var rest = words.dropFirst()
                if let word = rest.first, DateWords.of.contains(word) { rest = rest.dropFirst() }
                if isLastWeek(rest) { return inLastWeek(weekday) }
            }
            return nil
        }
    }

    private func isLastWeek(_ words: ArraySlice<String>) -> Bool {
        words.count == 2 && DateWords.previous.contains(words[words.startIndex]) && words.last == "week"
    }

    private func latest(_ weekday: Int, includingToday: Bool) -> CivilDay {
        let back = (today.weekday - weekday).modulo(7)
        return today.adding(days: back == 0 && !includingToday ? -7 : -back)
    }

    private func inLastWeek(_ weekday: Int) -> CivilDay {
        today.startOfWeek.adding(days: weekday - 1 - 7)
    }

    private func weekdayNumber(_ word: String) -> Int? {
        DateWords.weekdays[word] ?? (freeText ? nil : DateWords.weekdayAbbreviations[word])
    }

    /// A day written out: `2025-03-04`, `4-3-2025`, "4 maart 2025", "March 4", "the 4th of March",
    /// optionally after its weekday, which must then be right.
    private func calendarDay(_ words: [String]) -> CivilDay? {
        guard let first = words.first else { return nil }
        if words.count > 1, let weekday = weekdayNumber(first) {
            guard let day = calendarDay(Array(words.dropFirst())), day.weekday == weekday else { return nil }
            return day
        }
        if words.count == 1 { return numericDay(first) }
        if first == "the" { return calendarDay(Array(words.dropFirst())) }
        if let day = dayOfMonth(first) {
            var rest = words.dropFirst()
            if rest.first == "of" { rest = rest.dropFirst() }
            guard let month = rest.first.flatMap(monthNumber) else { return nil }
            return dayInYear(day, month: month, yearWords: Array(rest.dropFirst()))
        }
        if let month = monthNumber(first), let day = dayOfMonth(words[1]) {
            return dayInYear(day, month: month, yearWords: Array(words.dropFirst(2)))
        }
        return nil
    }

    /// `2025-03-04`, or day first, as the Dutch write it: `4-3-2025`, `14/10/2026`, and outside free
    /// text `14-10` or `14/10`, the latest such day that is not in the future.
    ///
    /// With slashes, a day and month that could change places (`3/4/2026`) are not read here,
    /// since English also writes the month first; ``DateParser`` names both readings instead.
    private func numericDay(_ word: String) -> CivilDay? {
        if let day = CivilDay(iso: word) { return DateParser.years.contains(day.year) ? day : nil }
        guard let numbers = NumericDate(word), !(numbers.slashed && numbers.isAmbiguous) else { return nil }
        return numericDay(day: numbers.first, month: numbers.second, year: numbers.year)
    }

    func numericDay(day: Int, month: Int, year: Int?) -> CivilDay? {
        guard let year else { return freeText ? nil : dayInYear(day, month: month, yearWords: []) }
        return CivilDay(year: year, month: month, day: day)
    }

    /// The day in the year the words name; with no words, the latest such day that is not in the future.
    private func dayInYear(_ day: Int, month: Int, yearWords words: [String]) -> CivilDay? {
        if !words.isEmpty {
            return year(words).flatMap { CivilDay(year: $0, month: month, day: day) }
        }
        // Eight years back always finds a 29 February.
        for year in stride(from: today.year, through: today.year - 8, by: -1) {
            if let found = CivilDay(year: year, month: month, day: day), found <= today { return found }
        }
        return nil
    }

    /// "4", "04", or an ordinal with the right ending: "1st", "22nd", "11th", "1e", "2de", "8ste".
    private func dayOfMonth(_ word: String) -> Int? {
        if let day = word.asciiDecimal(digits: 1...2) { return day }
        let digits = word.prefix { ("0"..."9").contains($0) }
        guard let day = digits.asciiDecimal(digits: 1...2) else { return nil }
        let english = switch (day % 100, day % 10) {
        case (11...13, _): "th"
        case (_, 1): "st"
        case (_, 2): "nd"
        case (_, 3): "rd"
        default: "th"
        }
        // Dutch: "eerste", "achtste" and from "twintigste" on take -ste, the others -de; -e fits all.
        let dutch = day == 1 || day == 8 || day >= 20 ? "ste" : "de"
        return [english, dutch, "e"].contains(String(word.dropFirst(digits.count))) ? day : nil
    }

    // MARK: Months and years

    /// "maart" (the latest March that has begun), "maart 2025", "vorige maand", `2025-03`.
    func month(_ words: [String]) -> CivilMonth? {
        guard let first = words.first else { return nil }
        if words.count == 1 {
            if let month = CivilMonth(iso: first) { return DateParser.years.contains(month.year) ? month : nil }
            if freeText, first == "may" { return nil }
            return monthNumber(first).flatMap { latest(month: $0) }
        }
        if words.count == 2, ["maand", "month"].contains(words[1]) {
            if DateWords.current.contains(first) { return today.civilMonth }
            if DateWords.previous.contains(first) { return today.civilMonth.adding(months: -1) }
            return nil
        }
        guard let month = monthNumber(first), let year = year(Array(words.dropFirst())) else { return nil }
        return CivilMonth(year: year, month: month)
    }

    /// This year's month when it has begun, else last year's.
    private func latest(month: Int) -> CivilMonth? {
        guard let thisYear = CivilMonth(year: today.year, month: month) else { return nil }
        return thisYear <= today.civilMonth ? thisYear : thisYear.adding(months: -12)
    }

    /// A month name in full or, outside free text, shortened ("mrt", "Sept.").
    private func monthNumber(_ word: String) -> Int? {
        if let month = DateWords.months[word] { return month }
        guard !freeText else { return nil }
        return DateWords.monthAbbreviations[word.hasSuffix(".") ? String(word.dropLast()) : word]
    }

    /// `2025`, "vorig jaar" / "last year", "dit jaar" / "this year".
    func year(_ words: [String]) -> Int? {
        switch words.count {
        case 1:
            return words[0].asciiDecimal(digits: 4...4).flatMap { DateParser.years.contains($0) ? $0 : nil }
        case 2 where ["jaar", "year"].contains(words[1]):
            if DateWords.previous.contains(words[0]) { return today.year - 1 }
            if DateWords.current.contains(words[0]) { return today.year }
            return nil
        default:
            return nil
        }
    }

    /// The whole year, from local New Year to local New Year.
    func yearInterval(_ year: Int) -> DateInterval? {
        guard let first = CivilDay(year: year, month: 1, day: 1),
              let next = CivilDay(year: year + 1, month: 1, day: 1) else { return nil }
        return DateInterval.between(first, next, in: calendar)
    }
}

/// A day written in numbers, day first: `14-10-2026`, `14/10/2026`, `14-10`, `14/10`.
struct NumericDate: Equatable, Sendable {
    /// The first number, the day as the Dutch write it.
    let first: Int
    /// The second number, the month as the Dutch write it.
    let second: Int
    let year: Int?
    /// Written with slashes, which American English reads month first.
    let slashed: Bool

    init?(_ word: String) {
        let separator: Character = word.contains("/") ? "/" : "-"
        let parts = word.split(separator: separator, omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count),
              let first = parts[0].asciiDecimal(digits: 1...2),
              let second = parts[1].asciiDecimal(digits: 1...2)
        else { return nil }
        var year: Int?
        if parts.count == 3 {
            guard let written = parts[2].asciiDecimal(digits: 4...4), DateParser.years.contains(written) else { return nil }
            year = written
        }
        self.first = first
        self.second = second
        self.year = year
        self.slashed = separator == "/"
    }

    /// Whether either number could be the month: `3/4` but not `14/10` or `4/4`.
    var isAmbiguous: Bool {
        first != second && (1...12).contains(first) && (1...12).contains(second)
    }
}
