// An entry, its revisions and attachments: what the melder wrote about one incident.
import Foundation

/// What the melder recorded about one incident at one revision.
public struct EntryFields: Codable, Equatable, Sendable {
    public var title: String
    public var occurredAt: OccurredAt?
    /// What happened, in the melder's own words.
    public var narrative: String
    public var location: String?
    public var people: [Person]
    public var witnesses: [String]
    /// Empty means none given, which is allowed.
    public var categories: [Category]
    /// How it affected the melder.
    public var impact: String?
    /// Actions taken afterwards, or the route chosen.
    public var actions: String?
    public var tags: [String]

    public init(
        title: String = "", occurredAt: OccurredAt? = nil, narrative: String = "", location: String? = nil,
        people: [Person] = [], witnesses: [String] = [], categories: [Category] = [],
        impact: String? = nil, actions: String? = nil, tags: [String] = []
    ) {
        self.title = title
        self.occurredAt = occurredAt
        self.narrative = narrative
        self.location = location
        self.people = people
        self.witnesses = witnesses
        self.categories = categories
        self.impact = impact
        self.actions = actions
        self.tags = tags
    }

    /// The fields with lists de-duplicated, categories ordered, and a title taken
    /// from the narrative's first line when none was given.
    public func normalized() -> EntryFields {
        var fields = self
        fields.title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        if fields.title.isEmpty, let firstLine = narrative.split(whereSeparator: \.isNewline).first {
            let line = firstLine.trimmingCharacters(in: .whitespaces)
            fields.title = line.count > 60 ? String(line.prefix(59)) + "…" : line
        }
        fields.categories = Array(Set(categories)).sorted()
        fields.people = people.uniqued()
        fields.witnesses = witnesses.uniqued()
        fields.tags = tags.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.uniqued()
        for keyPath in [\EntryFields.location, \.impact, \.actions] {
            if let value = fields[keyPath: keyPath]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty {
                fields[keyPath: keyPath] = value
            } else {
                fields[keyPath: keyPath] = nil
            }
        }
        return fields
    }
}

/// One version of an entry; amending adds one, nothing is overwritten.
public struct Revision: Sendable, Equatable {
    public init(number: Int, recordedAt: Date, fields: EntryFields, seq: Int64? = nil, seed: Data? = nil) {
        self.number = number
        self.recordedAt = recordedAt
        self.fields = fields
        self.seq = seq
        self.seed = seed
    }

    /// 1 for the first version, counting up.
    public var number: Int
    /// When the program stored this version.
    public var recordedAt: Date
    public var fields: EntryFields
    /// The record's position in the chain (its leaf in the commitment log); nil where the
    /// revision did not come from this vault's records (an adviser's imported copy).
    public var seq: Int64?
    /// The random seed its field commitments are salted from (vault format 3; see
    /// Docs/evidence.md). Secret: it opens every field's salt, so it never leaves the vault.
    public var seed: Data?

    /// The order of an entry's versions: by number, and versions of one number (written apart on two
    /// devices of a synced journal) by when they were stored, then by seed, so every device that holds
    /// both puts them in the same order and calls the same one the latest.
    public static func versionOrder(_ a: Revision, _ b: Revision) -> Bool {
        if a.number != b.number { return a.number < b.number }
        if a.recordedAt != b.recordedAt { return a.recordedAt < b.recordedAt }
        return (a.seed ?? Data()).lexicographicallyPrecedes(b.seed ?? Data())
    }
}

/// A file kept with an entry, encrypted in chunks in the vault.
public struct AttachmentInfo: Sendable, Equatable {
    public var name: String
    public var size: UInt64
    /// Lower-case hex SHA-256 of the content, so anyone can check a saved copy with `sha256sum`.
    public var sha256: String
    public var attachedAt: Date
    /// The random id naming the attachment's chunks in the vault.
    var stream: Data
    var chunkCount: Int
    /// As ``Revision/seq``.
    public var seq: Int64?
    /// As ``Revision/seed``.
    public var seed: Data?

    /// Where the content is stored.
    public var content: StoredStream {
        StoredStream(stream: stream, size: size, sha256: sha256, chunkCount: chunkCount)
    }
}

/// Content stored in the vault as sealed chunks: its stream id, size, hash and chunk count.
public struct StoredStream: Codable, Sendable, Equatable {
    public var stream: Data
    public var size: UInt64
    /// Lower-case hex SHA-256 of the content.
    public var sha256: String
    public var chunkCount: Int
}

/// An incident in the journal: every revision, newest last, and its attachments.
public struct Entry: Sendable, Equatable {
    public var id: EntryID
    /// Never empty; ordered by revision number.
    public var revisions: [Revision]
    public var attachments: [AttachmentInfo]

    public init(id: EntryID, revisions: [Revision], attachments: [AttachmentInfo] = []) {
        self.id = id
        self.revisions = revisions
        self.attachments = attachments
    }

    /// The latest revision's fields.
    public var current: EntryFields { revisions[revisions.count - 1].fields }

    /// The versions written apart on different devices that share the latest number, newest last: empty
    /// when the entry has one latest version. The last of them is ``current`` (by ``Revision/versionOrder``,
    /// the same on every device); amending writes the next number over them all and ends the fork.
    public var fork: [Revision] {
        guard let last = revisions.last else { return [] }
        let tied = revisions.filter { $0.number == last.number }
        return tied.count > 1 ? tied : []
    }
    /// When the first revision was stored.
    public var recordedAt: Date { revisions[0].recordedAt }
    /// When the latest revision was stored.
    public var amendedAt: Date { revisions[revisions.count - 1].recordedAt }

    /// The number of the version that was the latest when `attachment` was attached: the version it came with.
    ///
    /// Told by the records' order in the chain; by time for copies without it (an adviser's). An attachment stays
    /// once attached: nothing removes one but deleting the whole entry.
    public func version(adding attachment: AttachmentInfo) -> Int {
        let before = revisions.last { revision in
            if let revisionSeq = revision.seq, let attachmentSeq = attachment.seq { return revisionSeq < attachmentSeq }
            return revision.recordedAt <= attachment.attachedAt
        }
        return (before ?? revisions[0]).number
    }

    /// The date entries are sorted and filtered by: when it happened if known, else when it was written.
    public func sortDate(in calendar: Calendar) -> Date {
        current.occurredAt?.sortDate(in: calendar) ?? recordedAt
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each first occurrence only.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
