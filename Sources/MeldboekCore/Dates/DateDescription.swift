// A date said back in words: how `--when` and the interview were read, and the stored text of a vague date.
import Foundation

extension Localized {
    /// "dinsdag 24 november 2026" / "Tuesday 24 November 2026": a day with its weekday, so a wrong one stands out.
    static func day(_ day: CivilDay) -> Localized {
        Localized(en: "\(name(weekday: day.weekday, .en)) \(day.day) \(name(month: day.month, .en)) \(day.year)",
                  nl: "\(name(weekday: day.weekday, .nl)) \(day.day) \(name(month: day.month, .nl)) \(day.year)")
    }

    /// "24 november 2026" / "24 November 2026", without the weekday.
    static func shortDay(_ day: CivilDay) -> Localized {
        Localized(en: "\(day.day) \(name(month: day.month, .en)) \(day.year)",
                  nl: "\(day.day) \(name(month: day.month, .nl)) \(day.year)")
    }

    /// "2 december 2026 om 14:03" / "2 December 2026 at 14:03": a moment that was recorded, in `timeZone`.
    public static func dateAtClock(_ date: Date, timeZone: TimeZone) -> Localized {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        let clock = String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        guard let day = CivilDay(containing: date, in: calendar) else { return Localized(en: clock, nl: clock) }
        let short = shortDay(day)
        return Localized(en: "\(short.en) at \(clock)", nl: "\(short.nl) om \(clock)")
    }

    /// "november 2026" / "November 2026".
    static func month(_ month: CivilMonth) -> Localized {
        Localized(en: "\(name(month: month.month, .en)) \(month.year)", nl: "\(name(month: month.month, .nl)) \(month.year)")
    }

    /// "dinsdag 24 november 2026, 14:30".
    static func moment(_ day: CivilDay, _ clock: String) -> Localized {
        let day = Localized.day(day)
        return Localized(en: "\(day.en), \(clock)", nl: "\(day.nl), \(clock)")
    }

    /// "dinsdag 24 november 2026, rond 10:00" / "Tuesday 24 November 2026, around 10:00".
    static func around(_ day: CivilDay, _ clock: String) -> Localized {
        let day = Localized.day(day)
        return Localized(en: "\(day.en), around \(clock)", nl: "\(day.nl), rond \(clock)")
    }

    /// "dinsdag 1 december 2026, 's avonds" / "Tuesday 1 December 2026, in the evening".
    static func dayPart(_ day: CivilDay, _ part: DayPart) -> Localized {
        let day = Localized.day(day)
        let (en, nl) = switch part {
        case .morning: ("in the morning", "'s ochtends")
        case .afternoon: ("in the afternoon", "'s middags")
        case .evening: ("in the evening", "'s avonds")
        case .night: ("at night", "'s nachts")
        }
        return Localized(en: "\(day.en), \(en)", nl: "\(day.nl), \(nl)")
    }

    /// A stretch of time in the fewest words that say it exactly: "2023", "juni t/m augustus 2024",
    /// "23 t/m 29 november 2026", or from one moment to another.
    static func period(_ interval: DateInterval, in calendar: Calendar) -> Localized {
        guard let first = CivilDay(containing: interval.start, in: calendar),
              let after = CivilDay(containing: interval.end, in: calendar)
        else { return Localized(en: "", nl: "") }
        let wholeDays = first.start(in: calendar) == interval.start && after.start(in: calendar) == interval.end
        guard wholeDays, first < after else {
            let from = moment(interval.start, in: calendar)
            let to = moment(interval.end, in: calendar)
            return Localized(en: "from \(from.en) to \(to.en)", nl: "van \(from.nl) tot \(to.nl)")
        }
        if first.day == 1, after.day == 1 {
            let last = after.civilMonth.adding(months: -1)
            if first.month == 1, after.month == 1, after.year == first.year + 1 {
                return Localized(en: "\(first.year)", nl: "\(first.year)")
            }
            if first.civilMonth == last { return month(last) }
            if first.year == last.year {
                return Localized(en: "\(name(month: first.month, .en)) to \(month(last).en)",
                                 nl: "\(name(month: first.month, .nl)) t/m \(month(last).nl)")
            }
            return Localized(en: "\(month(first.civilMonth).en) to \(month(last).en)",
                             nl: "\(month(first.civilMonth).nl) t/m \(month(last).nl)")
        }
        let last = after.adding(days: -1)
        if first == last { return day(first) }
        let end = shortDay(last)
        if first.year == last.year, first.month == last.month {
            return Localized(en: "\(first.day) to \(end.en)", nl: "\(first.day) t/m \(end.nl)")
        }
        if first.year == last.year {
            return Localized(en: "\(first.day) \(name(month: first.month, .en)) to \(end.en)",
                             nl: "\(first.day) \(name(month: first.month, .nl)) t/m \(end.nl)")
        }
        return Localized(en: "\(shortDay(first).en) to \(end.en)", nl: "\(shortDay(first).nl) t/m \(end.nl)")
    }

    /// A date as it was read, for the melder to check: a moment, a day or a month in words
    /// with the weekday, and a vague date as stored.
    ///
    /// - Parameter timeZone: The zone moments are shown in.
    public static func reading(_ occurred: OccurredAt, timeZone: TimeZone) -> Localized {
        let calendar = Calendar.gregorian(timeZone: timeZone)
        switch occurred {
        case .instant(let date):
            return moment(date, in: calendar)
        case .day(let year, let month, let day):
            return CivilDay(year: year, month: month, day: day).map(Localized.day)
                ?? Localized(en: occurred.machineValue, nl: occurred.machineValue)
        case .month(let year, let month):
            return CivilMonth(year: year, month: month).map(Localized.month)
                ?? Localized(en: occurred.machineValue, nl: occurred.machineValue)
        case .approximate(let text, _):
            // What the parser stores is already a description; the melder's own words are shown as written.
            return Localized(en: text, nl: text)
        }
    }

    /// The melder's own words (`--when-approx`) with the period they were taken to mean, if any.
    public static func ownWords(_ text: String, estimate: DateInterval?, timeZone: TimeZone) -> Localized {
        guard let estimate else {
            return Localized(en: "your own words \u{201C}\(text)\u{201D}, without a date",
                             nl: "je eigen woorden \u{201E}\(text)\u{201D}, zonder datum")
        }
        let period = period(estimate, in: .gregorian(timeZone: timeZone))
        return Localized(en: "your own words \u{201C}\(text)\u{201D}, taken as \(period.en)",
                         nl: "je eigen woorden \u{201E}\(text)\u{201D}, opgevat als \(period.nl)")
    }

    /// "Read as Tuesday 24 November 2026, around 10:00." / "Begrepen als dinsdag 24 november 2026, rond 10:00."
    public static func readAs(_ occurred: OccurredAt, timeZone: TimeZone) -> Localized {
        let reading = reading(occurred, timeZone: timeZone)
        return Localized(en: "Read as \(reading.en).", nl: "Begrepen als \(reading.nl).")
    }

    private static func moment(_ date: Date, in calendar: Calendar) -> Localized {
        let clock = calendar.dateComponents([.hour, .minute], from: date)
        let time = "\((clock.hour ?? 0).zeroPadded(2)):\((clock.minute ?? 0).zeroPadded(2))"
        guard let day = CivilDay(containing: date, in: calendar) else { return Localized(en: time, nl: time) }
        return moment(day, time)
    }

    private static func name(weekday: Int, _ language: Language) -> String {
        DateWords.weekdayName(weekday, language: language) ?? ""
    }

    private static func name(month: Int, _ language: Language) -> String {
        DateWords.monthName(month, language: language) ?? ""
    }
}

extension Localized {
    /// What is wrong with a date that was refused for more than being unknown, without a final full stop;
    /// nil for plain unknown or empty text.
    ///
    /// - Parameter timeZone: The zone a reading with a time of day is shown in.
    public static func dateRefusal(_ error: DateParseError, timeZone: TimeZone) -> Localized? {
        switch error {
        case .wrongWeekday(let text, let named, let occurred):
            guard case .day(let year, let month, let day) = occurred,
                  let day = CivilDay(year: year, month: month, day: day) else { return nil }
            let short = shortDay(day)
            return Localized(
                en: "'\(text)' does not add up: \(short.en) is a \(name(weekday: day.weekday, .en)), not a \(name(weekday: named, .en)).",
                nl: "'\(text)' klopt niet: \(short.nl) is een \(name(weekday: day.weekday, .nl)), geen \(name(weekday: named, .nl)).")
        case .ambiguous(let text, let readings):
            let words = readings.map { reading($0, timeZone: timeZone) }
            guard words.count == 2 else { return nil }
            return Localized(
                en: "'\(text)' can be read two ways: \(words[0].en) or \(words[1].en).",
                nl: "'\(text)' is op twee manieren te lezen: \(words[0].nl) of \(words[1].nl).")
        case .unrecognized, .empty:
            return nil
        }
    }

    /// How to write a refused date so it reads one way, as a sentence; nil when there is no such hint.
    public static func dateRefusalHint(_ error: DateParseError) -> Localized? {
        switch error {
        case .wrongWeekday:
            return Localized(en: "Check the day and the weekday, or leave the weekday out.",
                             nl: "Controleer de dag en de weekdag, of laat de weekdag weg.")
        case .ambiguous(let text, _) where !text.contains("/"):
            // A spoken hour whose afternoon is still to come ("om 3 uur" said at nine).
            return Localized(en: "Say which day, and the time on the 24-hour clock, as in yesterday 15:00.",
                             nl: "Noem de dag erbij, en de tijd op de 24-uursklok, zoals gisteren 15:00.")
        case .ambiguous:
            return Localized(en: "Write the month as a word, as in 3 April 2026, or the day first with dashes: 3-4-2026.",
                             nl: "Schrijf de maand voluit, zoals 3 april 2026, of de dag eerst met streepjes: 3-4-2026.")
        case .unrecognized, .empty:
            return nil
        }
    }
}
