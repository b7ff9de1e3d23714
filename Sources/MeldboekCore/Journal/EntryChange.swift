// What the user asked to set or change in an entry, read from their words into fields.
import Foundation

/// A change to an entry's fields as the user typed it: text still to be read.
///
/// `add` applies it to empty fields; `amend` to the current ones. Single
/// values replace; list values are added or removed.
public struct EntryChange: Sendable {
    public var title: String?
    public var when: String?
    /// The reading of `when` the melder chose when it reads two ways ("3/4/2026"), stored as it is
    /// instead of reading `when` again: a vague reading described in words may not read back.
    public var chosenWhen: OccurredAt?
    /// The melder's own words for an approximate time ("voorjaar 2024").
    public var whenApproximately: String?
    public var location: String?
    public var narrative: String?
    /// Text added to the narrative as a new paragraph.
    public var narrativeAddition: String?
    public var impact: String?
    public var actions: String?
    public var addPeople: [String] = []
    /// People as already read (the interview's answers), added as ``addPeople`` are.
    public var addPersons: [Person] = []
    public var removePeople: [String] = []
    public var addWitnesses: [String] = []
    public var removeWitnesses: [String] = []
    public var addCategories: [String] = []
    public var removeCategories: [String] = []
    public var addTags: [String] = []
    public var removeTags: [String] = []

    public init() {}

    /// Whether the change sets anything at all.
    public var isEmpty: Bool {
        [title, when, whenApproximately, location, narrative, narrativeAddition, impact, actions].allSatisfy { $0 == nil }
            && chosenWhen == nil && addPersons.isEmpty
            && [addPeople, removePeople, addWitnesses, removeWitnesses, addCategories, removeCategories, addTags,
                removeTags].allSatisfy(\.isEmpty)
    }

    /// Reads every value and applies it to `fields`.
    ///
    /// - Throws: ``MeldboekError/unreadableDate(_:)``, a ``DateParseError`` that says more
    ///   (a wrong weekday, two readings), ``MeldboekError/unknownCategory(_:)``,
    ///   ``MeldboekError/unknownRole(_:)``; `fields` is unchanged then.
    public func apply(to fields: inout EntryFields, dates: DateParser) throws {
        var result = fields
        if let title { result.title = title }
        if let chosenWhen {
            result.occurredAt = chosenWhen
        } else if let when {
            do {
                result.occurredAt = try dates.parse(when)
            } catch DateParseError.unrecognized, DateParseError.empty {
                throw MeldboekError.unreadableDate(when)
            }
        }
        if let whenApproximately {
            let text = whenApproximately.trimmingCharacters(in: .whitespacesAndNewlines)
            result.occurredAt = text.isEmpty ? nil : dates.ownWords(text)
        }
        if let location { result.location = location }
        if let narrative { result.narrative = narrative }
        if let narrativeAddition {
            let existing = result.narrative.trimmingCharacters(in: .whitespacesAndNewlines)
            result.narrative = existing.isEmpty ? narrativeAddition : existing + "\n\n" + narrativeAddition
        }
        if let impact { result.impact = impact }
        if let actions { result.actions = actions }

        let removedPeople = Set(removePeople.map(Folding.fold))
        result.people.removeAll { removedPeople.contains(Folding.fold($0.name)) }
        for person in try addPeople.map(Person.parse) + addPersons {
            result.people.removeAll { Folding.fold($0.name) == Folding.fold(person.name) }
            result.people.append(person)
        }
        let removedWitnesses = Set(removeWitnesses.map(Folding.fold))
        result.witnesses.removeAll { removedWitnesses.contains(Folding.fold($0)) }
        result.witnesses += addWitnesses.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }

        let removedCategories = try Set(removeCategories.map(Category.parse))
        result.categories.removeAll { removedCategories.contains($0) }
        result.categories += try addCategories.map(Category.parse)

        let removedTags = Set(removeTags.map(Folding.fold))
        result.tags.removeAll { removedTags.contains(Folding.fold($0)) }
        result.tags += addTags
        fields = result
    }
}
