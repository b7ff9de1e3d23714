// Choosing entries: by period, category, person, tag, and full-text search.
import Foundation

/// Which entries a command works on; every condition given must hold.
public struct EntryFilter: Sendable {
    /// Entries on or after this moment (by when it happened, else when written).
    public var since: Date?
    /// Entries before this moment (exclusive).
    public var until: Date?
    /// Any of these categories.
    public var categories: [Category] = []
    /// Someone involved or a witness whose name contains one of these (folded).
    public var people: [String] = []
    /// Any of these tags (folded).
    public var tags: [String] = []
    /// Every one of these words, somewhere in the entry (folded).
    public var words: [String] = []

    public init() {}

    private var foldedWords: [String] { words.map(Folding.fold) }

    public func matches(_ entry: Entry, calendar: Calendar) -> Bool {
        matches(EntryOutline(entry), calendar: calendar) { .folded(Self.searchText(of: entry)) }
    }

    /// Whether an outline matches; `text` gives its folded search text, asked for only when words are wanted.
    func matches(_ outline: EntryOutline, calendar: Calendar, text: () -> SearchText?) -> Bool {
        if since != nil || until != nil {
            let date = outline.sortDate(in: calendar)
            if let since, date < since { return false }
            if let until, date >= until { return false }
        }
        if !categories.isEmpty, Set(categories).isDisjoint(with: outline.categories) { return false }
        if !people.isEmpty {
            let names = (outline.people.map(\.name) + outline.witnesses).map(Folding.fold)
            let wanted = people.map(Folding.fold)
            if !wanted.contains(where: { want in names.contains { $0.contains(want) } }) { return false }
        }
        if !tags.isEmpty, Set(tags.map(Folding.fold)).isDisjoint(with: outline.tags.map(Folding.fold)) { return false }
        if !words.isEmpty {
            guard let haystack = text() else { return false }
            return foldedWords.allSatisfy(haystack.contains)
        }
        return true
    }

    /// Every field of the entry's current revision as one folded text, in both
    /// languages for categories and roles, so a search in either finds them.
    static func searchText(of entry: Entry) -> String {
        searchText(of: entry.current, attachmentNames: entry.attachments.map(\.name))
    }

    /// The folded search text of one revision's fields and the entry's attachment names.
    static func searchText(of fields: EntryFields, attachmentNames: [String]) -> String {
        let localizers = Language.allCases.map(Localizer.init)
        var parts: [String] = [fields.title, fields.narrative]
        parts.append(fields.location ?? "")
        parts.append(fields.impact ?? "")
        parts.append(fields.actions ?? "")
        for person in fields.people {
            parts.append(person.name)
            parts.append(person.roleWords ?? "")
            parts += localizers.map { $0.role(person.role) }
        }
        parts += fields.witnesses
        parts += fields.tags
        parts += attachmentNames
        for category in fields.categories {
            parts.append(category.rawValue)
            parts += localizers.map { $0.category(category) }
        }
        if case .approximate(let text, _) = fields.occurredAt { parts.append(text) }
        return Folding.fold(parts.joined(separator: "\n"))
    }

    /// The entries that match, ordered by when they happened (else when written), oldest first.
    public func apply(to entries: [Entry], calendar: Calendar) -> [Entry] {
        let byID = Dictionary(entries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let texts = words.isEmpty ? [:] : byID.mapValues { SearchText.folded(Self.searchText(of: $0)) }
        return apply(to: entries.map(EntryOutline.init), texts: texts, calendar: calendar).map { byID[$0.id]! }
    }

    /// The outlines that match, ordered by when they happened (else when written), oldest first.
    /// - Parameter texts: Folded search texts by entry, needed when words are wanted.
    func apply(to outlines: [EntryOutline], texts: [EntryID: SearchText], calendar: Calendar) -> [EntryOutline] {
        var filter = self
        filter.words = foldedWords
        // Sort small keys, not the outlines themselves: moving ten thousand of them costs more than comparing.
        var keyed: [(date: Date, index: Int)] = []
        for (index, outline) in outlines.enumerated()
        where filter.matches(outline, calendar: calendar, text: { texts[outline.id] }) {
            keyed.append((outline.sortDate(in: calendar), index))
        }
        keyed.sort { lhs, rhs in
            lhs.date != rhs.date ? lhs.date < rhs.date : outlines[lhs.index].id < outlines[rhs.index].id
        }
        return keyed.map { outlines[$0.index] }
    }
}
