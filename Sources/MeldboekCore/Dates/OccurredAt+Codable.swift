// The stored JSON shape of an incident date, which later versions must keep reading.
import Foundation

/// `OccurredAt` as an explicit, versionless JSON object.
///
/// ```json
/// {"kind":"instant","value":"2025-03-04T13:00:00Z"}
/// {"kind":"day","value":"2025-03-04"}
/// {"kind":"month","value":"2025-03"}
/// {"kind":"approximate","value":"voorjaar 2024",
///  "estimateStart":"2024-03-01T00:00:00Z","estimateEnd":"2024-06-01T00:00:00Z"}
/// ```
///
/// The shape is written out by hand rather than synthesized, because synthesized
/// enum coding follows case and label names, and a rename in code must never make
/// an old vault unreadable. Decoding is strict: only the canonical forms written
/// here are accepted, and anything else is a `DecodingError`, never a guess.
/// Error descriptions never quote the value, which may be the melder's own words.
extension OccurredAt: Codable {
    private enum CodingKeys: String, CodingKey {
        case kind, value, estimateStart, estimateEnd
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(String.self, forKey: .kind)
        let value = try container.decode(String.self, forKey: .value)
        func corrupt(_ key: CodingKeys, _ reason: String) -> DecodingError {
            DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: reason)
        }
        switch kind {
        case "instant":
            guard let date = Self.instant(machineValue: value) else {
                throw corrupt(.value, "an instant must look like 2025-03-04T13:00:00Z")
            }
            self = .instant(date)
        case "day":
            guard let day = CivilDay(iso: value) else { throw corrupt(.value, "a day must look like 2025-03-04") }
            self = .day(year: day.year, month: day.month, day: day.day)
        case "month":
            guard let month = CivilMonth(iso: value) else { throw corrupt(.value, "a month must look like 2025-03") }
            self = .month(year: month.year, month: month.month)
        case "approximate":
            let start = try container.decodeIfPresent(String.self, forKey: .estimateStart)
            let end = try container.decodeIfPresent(String.self, forKey: .estimateEnd)
            switch (start, end) {
            case (nil, nil):
                self = .approximate(text: value, estimate: nil)
            case (let start?, let end?):
                guard let from = Self.instant(machineValue: start) else {
                    throw corrupt(.estimateStart, "an estimate start must look like 2024-03-01T00:00:00Z")
                }
                guard let to = Self.instant(machineValue: end) else {
                    throw corrupt(.estimateEnd, "an estimate end must look like 2024-06-01T00:00:00Z")
                }
                guard let estimate = DateInterval.checked(start: from, end: to) else {
                    throw corrupt(.estimateEnd, "an estimate must not end before it starts")
                }
                self = .approximate(text: value, estimate: estimate)
            default:
                throw corrupt(start == nil ? .estimateStart : .estimateEnd, "an estimate needs both a start and an end")
            }
        default:
            throw corrupt(.kind, "kind must be instant, day, month or approximate")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kindName, forKey: .kind)
        try container.encode(machineValue, forKey: .value)
        if case .approximate(_, let estimate?) = self {
            try container.encode(Self.machineValue(of: estimate.start), forKey: .estimateStart)
            try container.encode(Self.machineValue(of: estimate.end), forKey: .estimateEnd)
        }
    }

    /// The date for programs: the JSON `value`, also printed by `--json`.
    ///
    /// `2025-03-04T13:00:00Z` (always UTC, whole seconds), `2025-03-04`, `2025-03`,
    /// or the melder's words for an approximate date.
    public var machineValue: String {
        switch self {
        case .instant(let date):
            return Self.machineValue(of: date)
        case .day(let year, let month, let day):
            return "\(year.zeroPadded(4))-\(month.zeroPadded(2))-\(day.zeroPadded(2))"
        case .month(let year, let month):
            return "\(year.zeroPadded(4))-\(month.zeroPadded(2))"
        case .approximate(let text, _):
            return text
        }
    }

    /// `date` in UTC as `2025-03-04T13:00:00Z`; a fraction of a second is dropped.
    static func machineValue(of date: Date) -> String {
        let utc = Calendar.gregorian(timeZone: .gmt)
        let clock = utc.dateComponents([.hour, .minute, .second], from: date)
        let day = CivilDay(containing: date, in: utc)?.iso ?? ""
        let time = [clock.hour, clock.minute, clock.second].map { ($0 ?? 0).zeroPadded(2) }.joined(separator: ":")
        return "\(day)T\(time)Z"
    }

    /// The moment written as `2025-03-04T13:00:00Z`, in exactly that form, or nil.
    static func instant(machineValue text: String) -> Date? {
        let halves = text.split(separator: "T", omittingEmptySubsequences: false)
        guard halves.count == 2, let day = CivilDay(iso: halves[0]), halves[1].hasSuffix("Z") else { return nil }
        let clock = halves[1].dropLast().split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 3,
              let hour = clock[0].asciiDecimal(digits: 2...2), hour < 24,
              let minute = clock[1].asciiDecimal(digits: 2...2), minute < 60,
              let second = clock[2].asciiDecimal(digits: 2...2), second < 60
        else { return nil }
        return day.at(hour: hour, minute: minute, second: second, in: .gregorian(timeZone: .gmt))
    }
}
