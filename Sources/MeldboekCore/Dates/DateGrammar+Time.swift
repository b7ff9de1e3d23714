// Times of day ("14:00", "2pm", "8 uur 's avonds"), ISO 8601 moments, and putting a time on a day.
import Foundation

/// A time of day read from words, not yet on a day.
struct ClockTime: Equatable, Sendable {
    let hour: Int
    let minute: Int
    /// Whether the words settle morning or afternoon ("2pm", "20:00", "'s avonds").
    /// When they do not, "vanavond om 8 uur" may move it twelve hours to fit the evening.
    let fixesHalfOfDay: Bool
    /// Said rather than written as a clock ("3 uur", "half 3"), where 1 to 6 mean the afternoon
    /// at work: nobody says "om 3 uur" of three at night without "'s nachts".
    var spoken = false
    /// "rond 10 uur": the melder gives the time as approximate.
    var around = false
    /// The number the melder said, where it differs from the hour: 7 in "half 7" (6:30).
    var spokenNumber: Int?

    /// The hour on a day where nothing else settles morning or afternoon. The afternoon rule goes by
    /// the number said: "half 3" is 14:30, but "half 7", like "7 uur", is in the morning.
    var hourOnItsOwn: Int {
        spoken && !fixesHalfOfDay && (1...6).contains(spokenNumber ?? hour) ? hour + 12 : hour
    }
}

extension DateGrammar {
    /// A day with a time after or before it ("gisteren om 14u", "2pm yesterday"), or a time alone, meaning today.
    func timed(_ words: [String]) -> DateReading? {
        guard !words.isEmpty else { return nil }
        // "om ongeveer half 3 's middags" is the longest time: six words.
        for length in 1...min(6, words.count) {
            if let time = clockTime(words.suffix(length)),
               let moment = place(time, on: Array(words.dropLast(length))) {
                return time.around ? .around(moment) : .instant(moment)
            }
            if length < words.count, let time = clockTime(words.prefix(length)),
               let moment = place(time, on: Array(words.dropFirst(length))) {
                return time.around ? .around(moment) : .instant(moment)
            }
        }
        return nil
    }

    private func place(_ time: ClockTime, on words: [String]) -> Date? {
        if words.isEmpty { return latest(time) }
        switch dated(words) {
        case .day(let day)?:
            let moment = day.at(hour: time.hourOnItsOwn, minute: time.minute, in: calendar)
            // "vandaag om 3 uur" said at nine: the afternoon has not come yet, so the melder meant the night.
            if day == today, let moment, moment > now, time.hourOnItsOwn != time.hour {
                return day.at(hour: time.hour, minute: time.minute, in: calendar)
            }
            return moment
        case .dayPart(let day, let part)?:
            var hour = time.hour
            if !part.hours.contains(hour), !time.fixesHalfOfDay, part.hours.contains(hour + 12) { hour += 12 }
            // "vanochtend om 20:00" contradicts itself; better to ask than to pick one.
            guard part.hours.contains(hour) else { return nil }
            return day.at(hour: hour, minute: time.minute, in: calendar)
        default:
            return nil
        }
    }

    /// A time alone is the latest such moment that is not in the future: "14:00" said at nine is yesterday's.
    /// Nil for a spoken hour the afternoon rule moves to an afternoon still to come ("om 3 uur" at nine),
    /// which reads two ways; ``earlierReadings(_:)`` names them.
    private func latest(_ time: ClockTime) -> Date? {
        let hour = time.hourOnItsOwn
        guard let moment = today.at(hour: hour, minute: time.minute, in: calendar) else { return nil }
        if moment <= now { return moment }
        if hour != time.hour { return nil }
        return today.adding(days: -1).at(hour: hour, minute: time.minute, in: calendar)
    }

    /// The two readings of a spoken hour alone whose afternoon is still to come ("om 3 uur" said at nine):
    /// yesterday afternoon, or the night just gone. An incident lies in the past, and which of the two
    /// was meant only the melder knows. Nil for any other words.
    func earlierReadings(_ words: [String]) -> [DateReading]? {
        guard !freeText, let time = clockTime(words[...]), time.hourOnItsOwn != time.hour,
              let afternoon = today.at(hour: time.hourOnItsOwn, minute: time.minute, in: calendar), afternoon > now,
              let yesterday = today.adding(days: -1).at(hour: time.hourOnItsOwn, minute: time.minute, in: calendar),
              let night = [today, today.adding(days: -1)].lazy
                .compactMap({ $0.at(hour: time.hour, minute: time.minute, in: self.calendar) })
                .first(where: { $0 <= self.now })
        else { return nil }
        return [yesterday, night].map { time.around ? .around($0) : .instant($0) }
    }

    /// "14:00", "14.00", "14u", "14u30", "14 uur", "om 14:00", "2pm", "2:30 pm", "at 9am", "8 uur 's avonds",
    /// "half 3" (2:30), "rond 10 uur".
    ///
    /// A number alone is not a time: "maart 14" is a day. Hours run 0 to 23, or 1 to 12
    /// with am/pm, and minutes always take two digits.
    func clockTime(_ words: ArraySlice<String>) -> ClockTime? {
        var words = words
        if let first = words.first, DateWords.at.contains(first) { words = words.dropFirst() }
        var around = false
        if let first = words.first, DateWords.around.contains(first) {
            around = true
            words = words.dropFirst()
        }
        var adverb: DayPart?
        if words.count >= 2, words[words.endIndex - 2] == "'s" {
            guard let part = words.last.flatMap({ DateWords.adverbialDayParts[$0] }) else { return nil }
            adverb = part
            words = words.dropLast(2)
        }
        guard var time = clockTime(words, adverb: adverb) else { return nil }
        time.around = around
        return time
    }

    private func clockTime(_ words: ArraySlice<String>, adverb: DayPart?) -> ClockTime? {
        var words = words
        if words.count == 2, words.first == "half" {
            // "half 3" is half an hour before three; "half 1" is 12:30.
            guard let named = words.last?.asciiDecimal(digits: 1...2), (1...12).contains(named) else { return nil }
            let hour = named == 1 ? 12 : named - 1
            if let adverb {
                return adverb.hour(onTwelveHourClock: hour).map { ClockTime(hour: $0, minute: 30, fixesHalfOfDay: true) }
            }
            return ClockTime(hour: hour, minute: 30, fixesHalfOfDay: hour == 12, spoken: true, spokenNumber: named)
        }
        var separateEnding: String?
        if words.count == 2 {
            separateEnding = words.last
            words = words.dropLast()
        }
        guard words.count == 1, let token = words.first else { return nil }

        let isDigit: (Character) -> Bool = { ("0"..."9").contains($0) }
        let hourDigits = token.prefix(while: isDigit)
        guard let hour = hourDigits.asciiDecimal(digits: 1...2) else { return nil }
        var rest = token.dropFirst(hourDigits.count)
        var minute: Int?
        if let mark = rest.first, ":.uh".contains(mark) {
            let digits = rest.dropFirst().prefix(while: isDigit)
            if !digits.isEmpty {
                guard let value = digits.asciiDecimal(digits: 2...2), value < 60 else { return nil }
                minute = value
                rest = rest.dropFirst(1 + digits.count)
            } else if mark == ":" || mark == "." {
                return nil
            }
        }
        if !rest.isEmpty, separateEnding != nil { return nil }
        let ending = rest.isEmpty ? separateEnding : String(rest)

        switch ending {
        case "am", "pm":
            guard adverb == nil, (1...12).contains(hour) else { return nil }
            return ClockTime(hour: hour % 12 + (ending == "pm" ? 12 : 0), minute: minute ?? 0, fixesHalfOfDay: true)
        case nil, "u", "uur", "h":
            if let adverb {
                return adverb.hour(onTwelveHourClock: hour).map {
                    ClockTime(hour: $0, minute: minute ?? 0, fixesHalfOfDay: true)
                }
            }
            guard ending != nil || minute != nil, hour < 24 else { return nil }
            // "3 uur" and "3u30" are said; "3:30" and "3.30" are a clock read out, on the 24-hour clock.
            let spoken = !token.contains(":") && !token.contains(".")
            return ClockTime(hour: hour, minute: minute ?? 0, fixesHalfOfDay: hour == 0 || hour > 12, spoken: spoken)
        default:
            return nil
        }
    }

    /// `2025-03-04T14:00`, `2025-03-04 14:00:00`, `2025-03-04T14:00:00Z`, `2025-03-04T14:00+02:00`:
    /// without an offset, local time.
    func isoInstant(_ words: [String]) -> Date? {
        let date: Substring
        let time: Substring
        switch words.count {
        case 1:
            guard let separator = words[0].firstIndex(of: "t") else { return nil }
            date = words[0][..<separator]
            time = words[0][words[0].index(after: separator)...]
        case 2:
            date = words[0][...]
            time = words[1][...]
        default:
            return nil
        }
        guard let day = CivilDay(iso: date), DateParser.years.contains(day.year) else { return nil }
        let offsetStart = time.firstIndex { $0 == "z" || $0 == "+" || $0 == "-" }
        let clock = time[..<(offsetStart ?? time.endIndex)].split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(clock.count),
              let hour = clock[0].asciiDecimal(digits: 2...2), hour < 24,
              let minute = clock[1].asciiDecimal(digits: 2...2), minute < 60
        else { return nil }
        var second = 0
        if clock.count == 3 {
            guard let value = clock[2].asciiDecimal(digits: 2...2), value < 60 else { return nil }
            second = value
        }
        guard let offsetStart else { return day.at(hour: hour, minute: minute, second: second, in: calendar) }
        guard let offset = Self.utcOffset(time[offsetStart...]),
              let zone = TimeZone(secondsFromGMT: offset)
        else { return nil }
        return day.at(hour: hour, minute: minute, second: second, in: .gregorian(timeZone: zone))
    }

    /// `z`, `+02:00`, `+0200`, `+02`, `-05:30` as seconds east of UTC.
    private static func utcOffset(_ text: Substring) -> Int? {
        if text == "z" { return 0 }
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let body = text.dropFirst()
        let hours: Int?
        let minutes: Int?
        switch body.count {
        case 2:
            (hours, minutes) = (body.asciiDecimal(digits: 2...2), 0)
        case 4:
            (hours, minutes) = (body.prefix(2).asciiDecimal(digits: 2...2), body.suffix(2).asciiDecimal(digits: 2...2))
        case 5 where body.dropFirst(2).first == ":":
            (hours, minutes) = (body.prefix(2).asciiDecimal(digits: 2...2), body.suffix(2).asciiDecimal(digits: 2...2))
        default:
            return nil
        }
        guard let hours, hours <= 14, let minutes, minutes < 60 else { return nil }
        return (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
    }
}

extension DayPart {
    /// The 24-hour hour for an hour on the twelve-hour clock said with this part ("8 uur 's avonds" is 20),
    /// or nil when the two do not go together.
    fileprivate func hour(onTwelveHourClock hour: Int) -> Int? {
        switch (self, hour) {
        case (.morning, 1...11): hour
        case (.afternoon, 12): 12
        case (.afternoon, 1...6), (.evening, 5...11): hour + 12
        case (.night, 12): 0
        case (.night, 1...5): hour
        default: nil
        }
    }
}
