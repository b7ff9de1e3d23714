// An entry as a list shows it: enough to sort, filter and print one line, without the long texts.
import Foundation

/// An entry's latest revision without its narrative, impact and actions, and
/// without earlier revisions: what `list` and `search` sort, filter and print.
///
/// The ledger cache keeps outlines, so listing ten thousand entries reads about a
/// tenth of what the entries themselves hold. ``Journal/entries(_:)`` gives the
/// whole entries for the outlines that are shown in full.
public struct EntryOutline: Sendable, Equatable {
    public var id: EntryID
    public var title: String
    public var occurredAt: OccurredAt?
    /// When the first revision was stored.
    public var recordedAt: Date
    /// When the latest revision was stored.
    public var amendedAt: Date
    public var revisionCount: Int
    public var location: String?
    public var people: [Person]
    public var witnesses: [String]
    public var categories: [Category]
    public var tags: [String]
    public var attachmentNames: [String]

    /// The outline of a whole entry.
    public init(_ entry: Entry) {
        let fields = entry.current
        self.init(
            id: entry.id, title: fields.title, occurredAt: fields.occurredAt, recordedAt: entry.recordedAt,
            amendedAt: entry.amendedAt, revisionCount: entry.revisions.count, location: fields.location,
            people: fields.people, witnesses: fields.witnesses, categories: fields.categories, tags: fields.tags,
            attachmentNames: entry.attachments.map(\.name))
    }

    init(
        id: EntryID, title: String, occurredAt: OccurredAt?, recordedAt: Date, amendedAt: Date, revisionCount: Int,
        location: String?, people: [Person], witnesses: [String], categories: [Category], tags: [String],
        attachmentNames: [String]
    ) {
        self.id = id
        self.title = title
        self.occurredAt = occurredAt
        self.recordedAt = recordedAt
        self.amendedAt = amendedAt
        self.revisionCount = revisionCount
        self.location = location
        self.people = people
        self.witnesses = witnesses
        self.categories = categories
        self.tags = tags
        self.attachmentNames = attachmentNames
    }

    /// The date entries are sorted and filtered by: when it happened if known, else when it was written.
    public func sortDate(in calendar: Calendar) -> Date {
        occurredAt?.sortDate(in: calendar) ?? recordedAt
    }
}

/// An entry's folded search text (see ``EntryFilter``): a slice of the decrypted
/// ledger cache, searched where it lies, or text folded just now.
enum SearchText: Sendable {
    case cached(ArraySlice<UInt8>)
    case folded(String)

    /// Whether it contains a folded word.
    func contains(_ word: String) -> Bool {
        switch self {
        case .cached(let bytes): bytes.withUnsafeBytes { Folding.contains($0, word) }
        case .folded(let text): Folding.contains(text, word)
        }
    }

    /// The text with a folded name added at the end.
    func appending(_ name: String) -> SearchText {
        let text: String = switch self {
        case .cached(let bytes): String(decoding: bytes, as: UTF8.self)
        case .folded(let text): text
        }
        return .folded(text.isEmpty ? name : text + " " + name)
    }
}
