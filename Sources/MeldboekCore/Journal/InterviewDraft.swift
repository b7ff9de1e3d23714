// An interview stopped half-way and kept: the answers so far and the question to go on with.
import Foundation

/// The answers of an unfinished interview, kept sealed in the vault until `add --resume` goes on with it.
///
/// Answers are kept as they were read when they were given: a date is the date it was
/// taken to mean then ("gisteren" stays the day before the interview, however late it is
/// resumed), a person is the name and role as chosen. Lines of a question that was
/// interrupted half-way are kept too, and the interview asks it again with them shown.
public struct InterviewDraft: Codable, Equatable, Sendable {
    /// The questions in the order they are asked; a draft goes on at ``stage``.
    public enum Stage: String, Codable, CaseIterable, Comparable, Sendable {
        case narrative, title, when, location, people, witnesses, categories, impact, actions, files, summary

        public static func < (lhs: Stage, rhs: Stage) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }

        /// The question after this one.
        public var next: Stage {
            let all = Self.allCases
            let index = all.firstIndex(of: self)!
            return index + 1 < all.count ? all[index + 1] : self
        }
    }

    /// The shape of the kept JSON; a later version reads this one or says it can't.
    public static let formatVersion = 1

    public var format = InterviewDraft.formatVersion
    /// The first question not yet answered.
    public var stage = Stage.narrative
    /// When the draft was kept; set by ``Journal/keepDraft(_:now:)``.
    public var keptAt: Date?
    public var narrative: [String] = []
    public var title: String?
    /// When it happened, as read at the moment the melder answered; nil when skipped or unknown.
    public var occurredAt: OccurredAt?
    public var location: String?
    /// People with their roles, as chosen (a role word may hold any character, a colon too).
    public var people: [Person] = []
    public var witnesses: [String] = []
    public var categories: [Category] = []
    public var impact: [String] = []
    public var actions: [String] = []
    /// Paths of files to attach, checked again before saving.
    public var attachments: [String] = []

    public init() {}

    /// Whether nothing has been answered yet: stopping then loses nothing.
    public var isEmpty: Bool {
        var empty = InterviewDraft()
        empty.keptAt = keptAt
        return self == empty
    }
}
