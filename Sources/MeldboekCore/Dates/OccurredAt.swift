// TEMPORARY placeholder until the date parser lands; overwritten.
import Foundation
public enum OccurredAt: Equatable, Hashable, Sendable, Codable {
    case instant(Date)
    case day(year: Int, month: Int, day: Int)
    case month(year: Int, month: Int)
    case approximate(text: String, estimate: DateInterval?)
    public func interval(in calendar: Calendar) -> DateInterval? {
        switch self {
        case .instant(let d): return DateInterval(start: d, duration: 0)
        case .day(let y, let m, let d):
            let s = calendar.date(from: DateComponents(year: y, month: m, day: d))!
            return DateInterval(start: s, end: calendar.date(byAdding: .day, value: 1, to: s)!)
        case .month(let y, let m):
            let s = calendar.date(from: DateComponents(year: y, month: m, day: 1))!
            return DateInterval(start: s, end: calendar.date(byAdding: .month, value: 1, to: s)!)
        case .approximate(_, let e): return e
        }
    }
    public func sortDate(in calendar: Calendar) -> Date? { interval(in: calendar)?.start }
    public func formatted(language: Language, timeZone: TimeZone) -> String { machineValue }
    public var machineValue: String {
        switch self {
        case .instant(let d): return ISO8601DateFormatter().string(from: d)
        case .day(let y, let m, let d): return String(format: "%04d-%02d-%02d", y, m, d)
        case .month(let y, let m): return String(format: "%04d-%02d", y, m)
        case .approximate(let t, _): return t
        }
    }
    public var kindName: String {
        switch self { case .instant: "instant"; case .day: "day"; case .month: "month"; case .approximate: "approximate" }
    }
}
