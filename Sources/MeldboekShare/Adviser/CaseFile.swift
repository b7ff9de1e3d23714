// The adviser's side: cases (dossiers), the bundles that fed them, and private notes.
import Foundation
import MeldboekCore
import MeldboekSodium

/// A case opened by the first bundle from a sender key.
struct CaseBody: RecordContent {
    static let kind = RecordKind(rawValue: 30)
    var prev: Data
    var caseId: String
    var name: String
    var senderKey: String
    var fingerprint: String
    var openedAt: Date
}

/// Another sender key accepted for an existing case (`--accept-new-key`).
struct CaseKeyBody: RecordContent {
    static let kind = RecordKind(rawValue: 31)
    var prev: Data
    var caseId: String
    var senderKey: String
    var fingerprint: String
    var acceptedAt: Date
}

/// A bundle imported into a case.
struct BundleImportBody: RecordContent {
    static let kind = RecordKind(rawValue: 32)
    var prev: Data
    var caseId: String
    var bundleId: String
    var bundleSha256: String
    var senderKey: String
    var createdAt: Date
    var importedAt: Date
    var note: String?
    var redactions: [String]
    var chainHead: String
}

/// One revision of a melder's entry, as a bundle brought it.
struct ImportedRevisionBody: RecordContent {
    static let kind = RecordKind(rawValue: 33)
    var prev: Data
    var caseId: String
    var bundleId: String
    var entry: String
    var number: Int
    var recordedAt: Date
    var fields: EntryFields
    /// Bundle format 2: where the import found this revision proven; nil for a version 1 bundle.
    var proof: RevisionProof?
}

/// Where a revision was proven: its leaf in the melder's log, in a checkpoint the melder signed.
public struct RevisionProof: Codable, Sendable, Equatable {
    public var journalId: String
    public var leafIndex: UInt64
    /// The checkpoint the inclusion proof was checked against.
    public var size: UInt64
    public var root: Data

    public init(journalId: String, leafIndex: UInt64, size: UInt64, root: Data) {
        self.journalId = journalId
        self.leafIndex = leafIndex
        self.size = size
        self.root = root
    }
}

/// An attachment as a bundle brought it; its content is stored as sealed chunks.
struct ImportedAttachmentBody: RecordContent {
    static let kind = RecordKind(rawValue: 34)
    var prev: Data
    var caseId: String
    var bundleId: String
    var entry: String
    var name: String
    var content: StoredStream
}

/// The adviser's own note on a case; encrypted like everything else, never exported.
struct NoteBody: RecordContent {
    static let kind = RecordKind(rawValue: 35)
    var prev: Data
    var caseId: String
    var text: String
    var writtenAt: Date
}

/// Everything the adviser's vault holds about one melder.
public struct CaseFile: Sendable {
    public struct ImportedBundle: Sendable, Equatable {
        public var bundleId: String
        public var bundleSha256: String
        public var createdAt: Date
        public var importedAt: Date
        public var note: String?
        public var redactions: [String]
    }

    public struct Version: Sendable, Equatable {
        public var number: Int
        public var recordedAt: Date
        public var fields: EntryFields
        /// The bundle that brought this version.
        public var bundleId: String
        /// Where the import proved it (bundle format 2); nil when it came without proof.
        public var proof: RevisionProof?
    }

    public struct Attachment: Sendable, Equatable {
        public var name: String
        public var content: StoredStream
        public var bundleId: String
    }

    public struct SharedEntry: Sendable, Equatable {
        public var id: String
        public var versions: [Version]
        public var attachments: [Attachment]
        /// The latest version's fields; empty fields for an entry that has only attachments
        /// (import refuses that now, but a vault may hold one from an older build).
        public var current: EntryFields { versions.last?.fields ?? EntryFields() }
    }

    public struct Note: Sendable, Equatable {
        public var text: String
        public var writtenAt: Date
    }

    public var id: String
    public var name: String
    public var openedAt: Date
    /// Sender keys (minisign, base64) accepted for this case, first one first.
    public var senderKeys: [String]
    public var fingerprints: [String]
    public var bundles: [ImportedBundle]
    public var entries: [SharedEntry]
    public var notes: [Note]
    /// The melder's journals this case's bundles proved their entries in, with what this vault witnessed.
    public var journals: [WitnessHistory] = []

    /// The earliest time this vault cosigned a checkpoint holding `version`, if it can tell.
    public func committedNoLaterThan(_ version: Version) -> Date? {
        guard let proof = version.proof, let history = journals.first(where: { $0.journalId == proof.journalId }) else {
            return nil
        }
        return history.committedNoLaterThan(leafIndex: proof.leafIndex, provenIn: proof.size, root: Array(proof.root))
    }

    /// Every case in an adviser's vault, oldest first.
    public static func all(in journal: Journal) throws -> [CaseFile] {
        try journal.requireRole(.adviser)
        return try load(journal.records())
    }

    /// The case called `name` (case and accents ignored).
    public static func named(_ name: String, in journal: Journal) throws -> CaseFile {
        guard let found = try all(in: journal).first(where: { Folding.fold($0.name) == Folding.fold(name) }) else {
            throw ShareError.caseNotFound(name)
        }
        return found
    }

    static func load(_ records: [OpenedRecord]) throws -> [CaseFile] {
        var cases: [String: CaseFile] = [:]
        var order: [String] = []
        var journalsOf: [String: [String]] = [:]
        for record in records {
            if let body = try record.decode(CaseBody.self) {
                cases[body.caseId] = CaseFile(
                    id: body.caseId, name: body.name, openedAt: body.openedAt, senderKeys: [body.senderKey],
                    fingerprints: [body.fingerprint], bundles: [], entries: [], notes: [])
                order.append(body.caseId)
            } else if let body = try record.decode(CaseKeyBody.self) {
                cases[body.caseId]?.senderKeys.append(body.senderKey)
                cases[body.caseId]?.fingerprints.append(body.fingerprint)
            } else if let body = try record.decode(BundleImportBody.self) {
                cases[body.caseId]?.bundles.append(ImportedBundle(
                    bundleId: body.bundleId, bundleSha256: body.bundleSha256, createdAt: body.createdAt,
                    importedAt: body.importedAt, note: body.note, redactions: body.redactions))
            } else if let body = try record.decode(ImportedRevisionBody.self) {
                let version = Version(number: body.number, recordedAt: body.recordedAt, fields: body.fields,
                                      bundleId: body.bundleId, proof: body.proof)
                cases[body.caseId]?.withEntry(body.entry) { $0.versions.append(version) }
            } else if let body = try record.decode(ImportedAttachmentBody.self) {
                let attachment = Attachment(name: body.name, content: body.content, bundleId: body.bundleId)
                cases[body.caseId]?.withEntry(body.entry) { $0.attachments.append(attachment) }
            } else if let body = try record.decode(NoteBody.self) {
                cases[body.caseId]?.notes.append(Note(text: body.text, writtenAt: body.writtenAt))
            } else if let body = try record.decode(WitnessBody.self) {
                journalsOf[body.caseId, default: []].append(body.journalId)
            } else if let body = try record.decode(ForkBody.self) {
                journalsOf[body.caseId, default: []].append(body.journalId)
            }
        }
        let histories = try WitnessHistory.load(records)
        return order.compactMap { id in
            guard var file = cases[id] else { return nil }
            for index in file.entries.indices {
                file.entries[index].versions.sort { ($0.number, $0.recordedAt) < ($1.number, $1.recordedAt) }
            }
            file.entries.sort { $0.id < $1.id }
            var seen = Set<String>()
            file.journals = (journalsOf[id] ?? []).filter { seen.insert($0).inserted }.compactMap { histories[$0] }
            return file
        }
    }

    /// The case's entries that `filter` chooses, ordered as it orders them: by when it happened, oldest first.
    ///
    /// Each entry is judged by its latest version, as the melder's `list` judges theirs.
    public func entries(matching filter: EntryFilter, calendar: Calendar) -> [SharedEntry] {
        var byID: [EntryID: SharedEntry] = [:]
        var journalEntries: [Entry] = []
        for shared in entries where !shared.versions.isEmpty {
            // Import accepts only UUIDs as entry ids.
            guard let uuid = UUID(uuidString: shared.id) else { continue }
            let id = EntryID(uuid: uuid)
            byID[id] = shared
            journalEntries.append(Entry(id: id, revisions: shared.versions.map {
                Revision(number: $0.number, recordedAt: $0.recordedAt, fields: $0.fields)
            }))
        }
        return filter.apply(to: journalEntries, calendar: calendar).compactMap { byID[$0.id] }
    }

    private mutating func withEntry(_ id: String, _ change: (inout SharedEntry) -> Void) {
        if let index = entries.firstIndex(where: { $0.id == id }) {
            change(&entries[index])
        } else {
            var entry = SharedEntry(id: id, versions: [], attachments: [])
            change(&entry)
            entries.append(entry)
        }
    }

    /// Adds a private note to the case.
    public static func addNote(_ text: String, to name: String, in journal: Journal, now: Date = Date()) throws {
        let file = try named(name, in: journal)
        try journal.transaction { try $0.append(NoteBody(prev: Data(), caseId: file.id, text: text, writtenAt: now)) }
    }
}
