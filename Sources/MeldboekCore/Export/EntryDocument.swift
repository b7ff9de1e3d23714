// Entries as JSON: for --json output and for `export --format json`.
import Foundation

/// An entry in its JSON form; field names are a stable interface for scripts.
public struct EntryDocument: Encodable, Sendable {
    public struct PersonDocument: Encodable, Sendable {
        var name: String
        var role: String
        /// The role in the melder's own words; left out when there are none.
        var roleWords: String?
    }

    public struct AttachmentDocument: Encodable, Sendable {
        var name: String
        var size: UInt64
        var sha256: String
        var attachedAt: Date
        /// The version that was the latest when it was attached.
        var addedWithVersion: Int
    }

    public struct RevisionDocument: Encodable, Sendable {
        var number: Int
        var recordedAt: Date
        var fields: FieldsDocument
        /// The earliest outside witness's time (vault format 3); absent when not witnessed yet.
        var committedNoLaterThan: Date?
        var committedWitness: String?
        /// Whether it was recorded more than 24 hours before that witness; absent when not witnessed.
        var recordedLongBeforeWitness: Bool?

        init(_ revision: Revision, committed: CommittedTime?) {
            number = revision.number
            recordedAt = revision.recordedAt
            fields = FieldsDocument(revision.fields)
            committedNoLaterThan = committed?.noLaterThan
            committedWitness = committed?.witness.rawValue
            recordedLongBeforeWitness = committed?.isLate(recordedAt: revision.recordedAt)
        }
    }

    public struct FieldsDocument: Encodable, Sendable {
        var title: String
        var occurredAt: String?
        var occurredAtKind: String?
        var narrative: String
        var location: String?
        var people: [PersonDocument]
        var witnesses: [String]
        var categories: [String]
        var impact: String?
        var actions: String?
        var tags: [String]

        public init(_ fields: EntryFields) {
            title = fields.title
            occurredAt = fields.occurredAt?.machineValue
            occurredAtKind = fields.occurredAt?.kindName
            narrative = fields.narrative
            location = fields.location
            people = fields.people.map { PersonDocument(name: $0.name, role: $0.role.rawValue, roleWords: $0.roleWords) }
            witnesses = fields.witnesses
            categories = fields.categories.map(\.rawValue)
            impact = fields.impact
            actions = fields.actions
            tags = fields.tags
        }
    }

    var id: String
    var recordedAt: Date
    var amendedAt: Date
    var revisionCount: Int
    var current: FieldsDocument
    var attachments: [AttachmentDocument]
    var revisions: [RevisionDocument]?
    /// The first revision's earliest witness, beside `recordedAt`.
    var committed: CommittedTime?

    /// - Parameter committed: Each revision's earliest witness, by number (vault format 3).
    public init(_ entry: Entry, withRevisions: Bool, committed: [Int: CommittedTime] = [:]) {
        id = entry.id.description
        recordedAt = entry.recordedAt
        amendedAt = entry.amendedAt
        revisionCount = entry.revisions.count
        current = FieldsDocument(entry.current)
        attachments = entry.attachments.map {
            AttachmentDocument(
                name: $0.name, size: $0.size, sha256: $0.sha256, attachedAt: $0.attachedAt,
                addedWithVersion: entry.version(adding: $0))
        }
        revisions = withRevisions ? entry.revisions.map { RevisionDocument($0, committed: committed[$0.number]) } : nil
        self.committed = committed[entry.revisions[0].number]
    }

    enum CodingKeys: String, CodingKey {
        case id, recordedAt, amendedAt, revisionCount, attachments, revisions
        case committedNoLaterThan, committedWitness, recordedLongBeforeWitness
        case title, occurredAt, occurredAtKind, narrative, location, people, witnesses, categories, impact, actions, tags
    }

    /// The current fields sit at the top level beside the id, as scripts expect.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(current.title, forKey: .title)
        try container.encode(current.occurredAt, forKey: .occurredAt)
        try container.encode(current.occurredAtKind, forKey: .occurredAtKind)
        try container.encode(recordedAt, forKey: .recordedAt)
        try container.encodeIfPresent(committed?.noLaterThan, forKey: .committedNoLaterThan)
        try container.encodeIfPresent(committed?.witness.rawValue, forKey: .committedWitness)
        try container.encodeIfPresent(committed?.isLate(recordedAt: recordedAt), forKey: .recordedLongBeforeWitness)
        try container.encode(amendedAt, forKey: .amendedAt)
        try container.encode(revisionCount, forKey: .revisionCount)
        try container.encode(current.categories, forKey: .categories)
        try container.encode(current.people, forKey: .people)
        try container.encode(current.witnesses, forKey: .witnesses)
        try container.encode(current.location, forKey: .location)
        try container.encode(current.tags, forKey: .tags)
        try container.encode(current.narrative, forKey: .narrative)
        try container.encode(current.impact, forKey: .impact)
        try container.encode(current.actions, forKey: .actions)
        try container.encode(attachments, forKey: .attachments)
        try container.encodeIfPresent(revisions, forKey: .revisions)
    }

    /// The encoder for every JSON Meldboek prints: ISO 8601 dates, sorted keys, readable.
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }
}
