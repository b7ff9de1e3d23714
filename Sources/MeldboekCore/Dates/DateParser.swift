// TEMPORARY placeholder until the date parser lands; overwritten.
import Foundation
public enum DateParseError: Error, Equatable, Sendable { case unrecognized(String), empty }
public struct DateParser: Sendable {
    let now: Date
    let calendar: Calendar
    public init(now: Date = Date(), calendar: Calendar) { self.now = now; self.calendar = calendar }
    public func parse(_ text: String) throws -> OccurredAt {
        let p = text.split(separator: "-").compactMap { Int($0) }
        if p.count == 3 { return .day(year: p[0], month: p[1], day: p[2]) }
        if p.count == 2 { return .month(year: p[0], month: p[1]) }
        throw DateParseError.unrecognized(text)
    }
    public func boundary(_ text: String, end: Bool) throws -> Date {
        guard let i = try parse(text).interval(in: calendar) else { throw DateParseError.unrecognized(text) }
        return end ? i.end : i.start
    }
    public func estimate(_ text: String) -> DateInterval? { nil }
}
