// The vaguer dates: parts of a day, "… ago", weeks, years, seasons, and the start or end of a year or month.
import Foundation

extension DateGrammar {
    /// "gisteravond", "tuesday morning", "gisteren 's avonds", "this afternoon", "vannacht" / "last night".
    func dayPart(_ words: [String]) -> DateReading? {
        if words == ["vannacht"] || words == ["last", "night"] {
            // The night just gone, from late yesterday evening until this morning.
            guard let start = today.adding(days: -1).at(hour: 22, minute: 0, in: calendar),
                  let end = today.at(hour: 6, minute: 0, in: calendar)
            else { return nil }
            return DateInterval.checked(start: start, end: end).map(DateReading.period)
        }
        let part: DayPart
        let rest: [String]
        if words.count >= 3, words[words.count - 2] == "'s",
           let adverb = DateWords.adverbialDayParts[words[words.count - 1]], adverb != .night {
            // "gisteren 's nachts" could be either side of midnight, so it is not read.
            part = adverb
            rest = Array(words.dropLast(2))
        } else if words.count >= 2, let last = words.last, let named = DateWords.dayParts[last] {
            part = named
            rest = Array(words.dropLast())
        } else {
            return nil
        }
        if rest.count == 1, DateWords.current.contains(rest[0]) { return .dayPart(today, part) }
        guard case .day(let day)? = dated(rest) else { return nil }
        return .dayPart(day, part)
    }

    /// "3 dagen geleden", "a week ago", "twee maanden terug": days and weeks give a day,
    /// months a month, years that year, and hours or minutes a moment.
    func ago(_ words: [String]) -> DateReading? {
        guard words.count == 3, DateWords.ago.contains(words[2]), let unit = DateWords.agoUnits[words[1]],
              let count = words[0].asciiDecimal(digits: 1...4) ?? DateWords.numbers[words[0]], count > 0
        else { return nil }
        switch unit {
        case .minute, .hour:
            let seconds = Double(count * (unit == .hour ? 3600 : 60))
            // To the minute, like every time a melder types.
            let minutes = ((now.timeIntervalSince1970 - seconds) / 60).rounded(.down)
            return .instant(Date(timeIntervalSince1970: minutes * 60))
        case .day:
            return .day(today.adding(days: -count))
        case .week:
            return .day(today.adding(days: -7 * count))
        case .month:
            return .month(today.civilMonth.adding(months: -count))
        case .year:
            return yearInterval(today.year - count).map(DateReading.period)
        }
    }

    /// A year (`2025`, "vorig jaar"), a week ("vorige week", "this week"), a season, or part of a year or month.
    func period(_ words: [String]) -> DateReading? {
        if let year = year(words) { return yearInterval(year).map(DateReading.period) }
        if words.count == 2, words[1] == "week" {
            let monday: CivilDay
            if DateWords.previous.contains(words[0]) {
                monday = today.startOfWeek.adding(days: -7)
            } else if DateWords.current.contains(words[0]) {
                monday = today.startOfWeek
            } else {
                return nil
            }
            return DateInterval.between(monday, monday.adding(days: 7), in: calendar).map(DateReading.period)
        }
        return season(words) ?? partOf(words)
    }

    /// "zomer 2024", "de zomer van 2024", "summer of last year", or "zomer" alone: the latest one that has begun.
    private func season(_ words: [String]) -> DateReading? {
        var words = words[...]
        if let first = words.first, DateWords.articles.contains(first) { words = words.dropFirst() }
        guard let name = words.first, let season = DateWords.seasons[name] else { return nil }
        var rest = words.dropFirst()
        let year: Int
        if rest.isEmpty {
            if freeText, name == "fall" { return nil }
            let thisYears = CivilMonth(year: today.year, month: season.firstMonth)
            year = thisYears.map { $0 <= today.civilMonth } == true ? today.year : today.year - 1
        } else {
            if let joint = rest.first, DateWords.of.contains(joint) { rest = rest.dropFirst() }
            guard let named = self.year(Array(rest)) else { return nil }
            year = named
        }
        // Winter 2024 is December 2024 to February 2025: a season is named for the year it starts in.
        guard let first = CivilMonth(year: year, month: season.firstMonth) else { return nil }
        return DateInterval.between(first.firstDay, first.adding(months: 3).firstDay, in: calendar)
            .map(DateReading.period)
    }

    /// "begin 2024" (January to April), "eind van 2024" (September to December),
    /// "begin maart" (the first ten days), "late March 2025" (the last ten).
    private func partOf(_ words: [String]) -> DateReading? {
        guard let (phrase, part) = DateWords.periodParts.first(where: { words.starts(with: $0.words) }) else {
            return nil
        }
        let rest = Array(words.dropFirst(phrase.count))
        if let year = year(rest), let january = CivilMonth(year: year, month: 1) {
            let first = january.adding(months: part.index * 4)
            return DateInterval.between(first.firstDay, first.adding(months: 4).firstDay, in: calendar)
                .map(DateReading.period)
        }
        guard let month = month(rest) else { return nil }
        let first = month.firstDay
        let next = month.adding(months: 1).firstDay
        let (from, to) = switch part {
        case .start: (first, first.adding(days: 10))
        case .middle: (first.adding(days: 10), next.adding(days: -10))
        case .end: (next.adding(days: -10), next)
        }
        return DateInterval.between(from, to, in: calendar).map(DateReading.period)
    }
}

extension PeriodPart {
    /// 0, 1 or 2: which third of a year it is.
    fileprivate var index: Int {
        switch self {
        case .start: 0
        case .middle: 1
        case .end: 2
        }
    }
}
