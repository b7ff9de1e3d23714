// The Dutch and English words for dates, read in either language and written in the user's.
import Foundation

/// The words for months, weekdays, numbers, seasons and parts of a day, in Dutch and English.
///
/// Both languages live in one table each because the parser accepts both whatever
/// the interface speaks: a Dutch melder with an English locale still writes "gisteren".
/// Keys are folded (lower case, no accents), the form ``DateParser`` compares.
enum DateWords {
    /// Month names written in full.
    static let months: [String: Int] = [
        "januari": 1, "january": 1,
        "februari": 2, "february": 2,
        "maart": 3, "march": 3,
        "april": 4,
        "mei": 5, "may": 5,
        "juni": 6, "june": 6,
        "juli": 7, "july": 7,
        "augustus": 8, "august": 8,
        "september": 9,
        "oktober": 10, "october": 10,
        "november": 11,
        "december": 12,
    ]

    /// Shortened month names; also read with a trailing full stop ("mrt.").
    static let monthAbbreviations: [String: Int] = [
        "jan": 1, "feb": 2, "mrt": 3, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
        "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// Weekday names written in full, numbered as in ISO 8601 (1 is Monday).
    static let weekdays: [String: Int] = [
        "maandag": 1, "monday": 1,
        "dinsdag": 2, "tuesday": 2,
        "woensdag": 3, "wednesday": 3,
        "donderdag": 4, "thursday": 4,
        "vrijdag": 5, "friday": 5,
        "zaterdag": 6, "saturday": 6,
        "zondag": 7, "sunday": 7,
    ]

    /// Shortened weekday names, as on Dutch and English calendars.
    static let weekdayAbbreviations: [String: Int] = [
        "ma": 1, "mon": 1,
        "di": 2, "tue": 2, "tues": 2,
        "wo": 3, "wed": 3,
        "do": 4, "thu": 4, "thur": 4, "thurs": 4,
        "vr": 5, "fri": 5,
        "za": 6, "sat": 6,
        "zo": 7, "sun": 7,
    ]

    /// Small numbers in words, for "twee weken geleden" and "a week ago".
    static let numbers: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
        "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12,
    ]

    /// The units "… ago" counts in.
    static let agoUnits: [String: AgoUnit] = [
        "minute": .minute, "minutes": .minute, "minuut": .minute, "minuten": .minute,
        "hour": .hour, "hours": .hour, "uur": .hour, "uren": .hour,
        "day": .day, "days": .day, "dag": .day, "dagen": .day,
        "week": .week, "weeks": .week, "weken": .week,
        "month": .month, "months": .month, "maand": .month, "maanden": .month,
        "year": .year, "years": .year, "jaar": .year, "jaren": .year,
    ]

    /// Words that end "3 days ago"; "terug" is the spoken Dutch form.
    static let ago: Set<String> = ["ago", "geleden", "terug"]

    /// Words for the one before this ("vorige week", "last tuesday").
    static let previous: Set<String> = ["vorige", "vorig", "afgelopen", "last"]

    /// Words for the current one ("deze maand", "this year").
    static let current: Set<String> = ["deze", "dit", "this"]

    /// Words before a date that add nothing to it ("op 4 maart", "in de zomer van 2024").
    static let on: Set<String> = ["on", "op", "in"]

    /// Words before a time that add nothing to it ("om 14:00", "at 2pm").
    static let at: Set<String> = ["om", "at"]

    /// Words before a time that make it approximate ("rond 10 uur", "around 10am").
    static let around: Set<String> = ["rond", "omstreeks", "ongeveer", "around", "about"]

    /// Articles allowed before a season ("de zomer van 2024", "the summer of 2024").
    static let articles: Set<String> = ["de", "het", "the"]

    /// Words joining a season or part to its year or month ("zomer van 2024", "end of March").
    static let of: Set<String> = ["van", "of"]

    /// Seasons; "fall" and "may" also being verbs is why free text treats them with care.
    static let seasons: [String: Season] = [
        "voorjaar": .spring, "lente": .spring, "spring": .spring,
        "zomer": .summer, "summer": .summer,
        "najaar": .autumn, "herfst": .autumn, "autumn": .autumn, "fall": .autumn,
        "winter": .winter,
    ]

    /// Parts of a day after the day ("gisteren avond", "tuesday morning", "dinsdagochtend" once split).
    static let dayParts: [String: DayPart] = [
        "ochtend": .morning, "morgen": .morning, "morning": .morning,
        "middag": .afternoon, "afternoon": .afternoon,
        "avond": .evening, "evening": .evening,
    ]

    /// Dutch adverbs of the day after `'s` ("'s ochtends"), before a day or after an hour.
    static let adverbialDayParts: [String: DayPart] = [
        "ochtends": .morning, "morgens": .morning, "middags": .afternoon, "avonds": .evening, "nachts": .night,
    ]

    /// Phrases naming the start, middle or end of a year or month, longest first so "eind van" beats "eind".
    static let periodParts: [(words: [String], part: PeriodPart)] = [
        (["the", "beginning", "of"], .start), (["the", "start", "of"], .start),
        (["the", "middle", "of"], .middle), (["the", "end", "of"], .end),
        (["begin", "van"], .start), (["beginning", "of"], .start), (["start", "of"], .start),
        (["midden", "van"], .middle), (["middle", "of"], .middle),
        (["eind", "van"], .end), (["einde", "van"], .end), (["end", "of"], .end),
        (["begin"], .start), (["start"], .start), (["early"], .start),
        (["midden"], .middle), (["medio"], .middle), (["half"], .middle), (["halverwege"], .middle), (["mid"], .middle),
        (["eind"], .end), (["einde"], .end), (["late"], .end),
    ]

    /// The month's name in `language`, as written in a sentence: "maart", "March".
    static func monthName(_ month: Int, language: Language) -> String? {
        let dutch = ["januari", "februari", "maart", "april", "mei", "juni",
                     "juli", "augustus", "september", "oktober", "november", "december"]
        let english = ["January", "February", "March", "April", "May", "June",
                       "July", "August", "September", "October", "November", "December"]
        guard (1...12).contains(month) else { return nil }
        return (language == .nl ? dutch : english)[month - 1]
    }

    /// The weekday's name in `language`, numbered as in ISO 8601 (1 is Monday): "dinsdag", "Tuesday".
    static func weekdayName(_ weekday: Int, language: Language) -> String? {
        let dutch = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
        let english = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        guard (1...7).contains(weekday) else { return nil }
        return (language == .nl ? dutch : english)[weekday - 1]
    }
}

/// The unit of "3 days ago" / "3 dagen geleden".
enum AgoUnit: Sendable {
    case minute, hour, day, week, month, year
}

/// A season of the northern meteorological calendar, three whole months.
enum Season: Sendable {
    case spring, summer, autumn, winter

    /// The month it starts in; winter starts in December and runs into the next year.
    var firstMonth: Int {
        switch self {
        case .spring: 3
        case .summer: 6
        case .autumn: 9
        case .winter: 12
        }
    }
}

/// A part of the day whose exact time the melder does not know.
enum DayPart: Sendable {
    case morning, afternoon, evening, night

    /// The hours it covers on its day, end exclusive; the night is the small hours.
    var hours: Range<Int> {
        switch self {
        case .morning: 6..<12
        case .afternoon: 12..<18
        case .evening: 18..<24
        case .night: 0..<6
        }
    }
}

/// The first, middle or last part of a year (four months each) or a month (ten days at either end).
enum PeriodPart: Sendable {
    case start, middle, end
}
