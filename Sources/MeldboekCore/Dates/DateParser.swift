// DateReading when something happened from the words a melder types, in Dutch or English.
import Foundation

/// Why a text could not be read as a date.
public enum DateParseError: Error, Equatable, Sendable {
    /// The text is not a date Meldboek can read. Carries the text as given.
    case unrecognized(String)
    /// There was no text, or only white space.
    case empty
    /// The text names a weekday the day does not fall on ("maandag 14 oktober" when that is a Wednesday).
    /// Carries the text as given, the weekday named (1 is Monday) and the day itself.
    case wrongWeekday(String, named: Int, day: OccurredAt)
    /// The text reads as either of two days (`3/4/2026`: 3 April or 4 March). Carries the text and both.
    case ambiguous(String, readings: [OccurredAt])
}

/// Reads when something happened, as a melder writes it: "gisteren om 14u",
/// "vorige week dinsdag", "4 maart", "March 4, 2025", "voorjaar 2024", `2025-03-04`.
///
/// Dutch and English are both accepted whatever the interface language; case,
/// accents and extra spaces do not matter. Relative words are resolved against
/// `now` in the calendar's time zone, so tests can fix both:
///
/// ```swift
/// let parser = DateParser(now: someMoment, calendar: calendar)
/// try parser.parse("gisteren 14:00")   // .instant, yesterday at 14:00 local time
/// try parser.parse("maart")            // .month, the latest March that has begun
/// try parser.parse("zomer 2024")       // .approximate, June to August 2024
/// ```
///
/// There is no silent guessing: text that is not wholly a date it knows, or names a
/// day that does not exist ("30 februari"), throws ``DateParseError/unrecognized(_:)``;
/// a weekday that does not fit the day, or slashes that read both ways, say so.
/// "vanochtend" and "rond 10 uur" are approximate, stored as the period they were read as.
/// A spoken hour from 1 to 6 ("om 3 uur", "half 3") is in the afternoon unless
/// "'s nachts" or "'s ochtends" says otherwise. A time alone is the latest such moment
/// that is not in the future; a spoken hour whose afternoon is still to come ("om 3 uur"
/// said at nine) reads two ways, yesterday afternoon or last night, and says so.
public struct DateParser: Sendable {
    /// The years a four-digit number may name; outside them it is more likely not a year at all.
    static let years = 1900...2199

    /// How many words a date picked out of free text may have ("de zomer van vorig jaar").
    private static let longestPhrase = 6

    private let now: Date
    private let calendar: Calendar
    private let language: Language

    /// Whether `occurred` starts after `now`: what is recorded has happened, so such a date is asked about.
    public func isInTheFuture(_ occurred: OccurredAt) -> Bool {
        guard let start = occurred.interval(in: calendar)?.start else { return false }
        return start > now
    }

    /// A parser that reads relative dates against `now`.
    ///
    /// - Parameters:
    ///   - now: The moment "vandaag" and "3 days ago" count from.
    ///   - calendar: Supplies the user's time zone. Dates are always read on the
    ///     Gregorian calendar with weeks from Monday, whatever else it is set to.
    ///   - language: The language a vague date is stored in, once resolved ("dinsdag 1 december 2026, 's avonds").
    public init(now: Date = Date(), calendar: Calendar, language: Language = .en) {
        self.now = now
        self.calendar = .gregorian(timeZone: calendar.timeZone)
        self.language = language
    }

    /// Reads when something happened.
    ///
    /// - Returns: An instant when a time of day is given, a day or a month when that is
    ///   all the text names, and otherwise an approximate date: the period it was resolved
    ///   to now, in words, never the relative words themselves.
    /// - Throws: `DateParseError.empty` for blank text, `.wrongWeekday` and `.ambiguous`
    ///   as they say, and `DateParseError.unrecognized(text)` when it can't.
    public func parse(_ text: String) throws -> OccurredAt {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw DateParseError.empty }
        guard let grammar = DateGrammar(now: now, calendar: calendar, freeText: false) else {
            throw DateParseError.unrecognized(text)
        }
        let words = Self.words(in: trimmed, freeText: false)
        guard let reading = try grammar.reading(words) ?? secondLook(words, text: text, grammar: grammar),
              let occurred = grammar.occurredAt(reading, language: language)
        else { throw DateParseError.unrecognized(text) }
        return occurred
    }

    /// Why words the grammar refused are not a date, when that is more than "unknown":
    /// a day written with slashes that reads both ways, unless only one way is a date
    /// (a weekday may settle it), or a weekday the day does not fall on.
    private func secondLook(_ words: [String], text: String, grammar: DateGrammar) throws -> DateReading? {
        if let readings = grammar.earlierReadings(words) {
            throw DateParseError.ambiguous(text, readings: readings.compactMap { grammar.occurredAt($0, language: language) })
        }
        if let index = words.firstIndex(where: { NumericDate($0).map { $0.slashed && $0.isAmbiguous } == true }),
           let numbers = NumericDate(words[index]) {
            let year = numbers.year.map { "-\($0)" } ?? ""
            let readings = ["\(numbers.first)-\(numbers.second)\(year)", "\(numbers.second)-\(numbers.first)\(year)"]
                .compactMap { written -> DateReading? in
                    var swapped = words
                    swapped[index] = written
                    return grammar.reading(swapped)
                }
            switch readings.count {
            case 1: return readings[0]
            case 2: throw DateParseError.ambiguous(text, readings: readings.compactMap { grammar.occurredAt($0, language: language) })
            default: break
            }
        }
        var rest = words[...]
        if let first = rest.first, DateWords.on.contains(first) { rest = rest.dropFirst() }
        if let first = rest.first, let named = DateWords.weekdays[first] ?? DateWords.weekdayAbbreviations[first],
           rest.count > 1, let reading = grammar.reading(Array(rest.dropFirst())),
           let interval = grammar.interval(of: reading),
           // The day the reading is centred on: "rond 0:10" starts the evening before.
           let day = CivilDay(containing: interval.start.addingTimeInterval(interval.duration / 2), in: calendar),
           day.weekday != named {
            throw DateParseError.wrongWeekday(text, named: named, day: .day(year: day.year, month: day.month, day: day.day))
        }
        return nil
    }

    /// Reads a filter boundary (`--since` / `--until`): the start (or, with `end: true`,
    /// the exclusive end) of the period the text names.
    ///
    /// "2025-03-04" starts at midnight local time and ends at the next midnight;
    /// "maart 2025" ends on 1 April; an instant is its own start and end.
    ///
    /// - Throws: What ``parse(_:)`` throws, and `DateParseError.unrecognized(text)`
    ///   for an approximate date without an estimate.
    public func boundary(_ text: String, end: Bool) throws -> Date {
        guard let interval = try parse(text).interval(in: calendar) else { throw DateParseError.unrecognized(text) }
        return end ? interval.end : interval.start
    }

    /// A best-effort estimate for free text the melder writes with `--when-approx`, or nil.
    ///
    /// When the whole text is a date, its period. Otherwise the longest date phrase
    /// inside it: a year, a season, a month, "begin/eind 2024", "vorige week",
    /// "twee weken geleden". Bare weekdays, abbreviations and times are not picked out
    /// of running text, nor "may" or "fall" without a year, since there they are
    /// seldom dates ("Jan zei…", "it may have been").
    public func estimate(_ text: String) -> DateInterval? {
        if let whole = try? parse(text) { return whole.interval(in: calendar) }
        guard let grammar = DateGrammar(now: now, calendar: calendar, freeText: true) else { return nil }
        let words = Self.words(in: text, freeText: true)
        for length in stride(from: min(words.count, Self.longestPhrase), through: 1, by: -1) {
            for start in 0...(words.count - length) {
                if let reading = grammar.dated(Array(words[start..<(start + length)])),
                   let interval = grammar.interval(of: reading) {
                    return interval
                }
            }
        }
        return nil
    }

    /// The melder's own words (`--when-approx`) with the period they most likely mean.
    ///
    /// The words are kept as written. When that period depends on today ("vorige week,
    /// na het overleg"), the period it means now is added in brackets, in the parser's
    /// language: read next year, "vorige week" would otherwise name another week.
    public func ownWords(_ text: String) -> OccurredAt {
        guard let estimate = estimate(text) else { return .approximate(text: text, estimate: nil) }
        // Relative words mean something else on another day; 400 days moves every week, month and year.
        let earlier = DateParser(now: now.addingTimeInterval(-400 * 86_400), calendar: calendar, language: language)
        guard earlier.estimate(text) != estimate else { return .approximate(text: text, estimate: estimate) }
        let meaning = (try? parse(text)).map { Localized.reading($0, timeZone: calendar.timeZone) }
            ?? Localized.period(estimate, in: calendar)
        return .approximate(text: "\(text) (\(meaning.text(in: language)))", estimate: estimate)
    }

    /// The folded words of `text`, the form every rule compares: lower case, no
    /// accents, commas as spaces, and Dutch compounds ("gisteravond") split in two.
    ///
    /// In free text, punctuation around words and slashes between them are dropped too.
    static func words(in text: String, freeText: Bool) -> [String] {
        var folded = Folding.fold(text)
        for curly in ["\u{2018}", "\u{2019}", "`"] {
            folded = folded.replacingOccurrences(of: curly, with: "'")
        }
        let separators: Set<Character> = freeText ? [",", "/"] : [","]
        let punctuation = CharacterSet(charactersIn: "()[]{}\"\u{201C}\u{201D}\u{201E}\u{AB}\u{BB}!?;:.")
        var words: [String] = []
        for piece in folded.split(whereSeparator: { $0.isWhitespace || separators.contains($0) }) {
            let word = freeText ? piece.trimmingCharacters(in: punctuation) : String(piece)
            if !word.isEmpty { words += split(word) }
        }
        return words
    }

    private static func split(_ word: String) -> [String] {
        switch word {
        case "a.m.": return ["am"]
        case "p.m.": return ["pm"]
        default: break
        }
        if word.hasPrefix("mid-"), word.count > 4 { return ["mid", String(word.dropFirst(4))] }
        // Dutch writes the part of a day onto the day: "gisteravond", "dinsdagochtend", "vanmiddag".
        for part in DateWords.dayParts.keys where word.count > part.count && word.hasSuffix(part) {
            let day = String(word.dropLast(part.count))
            if day == "van" { return ["vandaag", part] }
            if day == "gister" || DateWords.weekdays[day] != nil { return [day, part] }
        }
        return [word]
    }
}
