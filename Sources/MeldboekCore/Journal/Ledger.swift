// Every record of the vault opened and grouped into entries.
import Foundation
import GRDB
import MeldboekSodium

/// The journal as read from its records: entries, and where each one's records sit.
struct Ledger: Sendable {
    var entries: [EntryID: Entry] = [:]
    /// The positions of every record belonging to an entry.
    var recordsOfEntry: [EntryID: [Int64]] = [:]
    /// Positions whose record did not authenticate or decode.
    var unreadable: [Int64] = []
    /// Records in chain order with what they opened to (nil when unreadable); only
    /// for ``read(_:sealer:)``, which opens every record.
    var records: [(stored: StoredRecord, body: OpenedRecord?)] = []

    /// Reads and opens every record of the chain that ends at `head`.
    ///
    /// Rows outside the chain (below position 1 or past the head; every row from 1 on
    /// when the head is damaged) are never read, and neither is a record at a position
    /// a deletion removed: a row put back from an older copy of the vault is not an entry.
    static func read(_ db: Database, sealer: RecordSealer, head: ChainHead?) throws -> Ledger {
        var ledger = Ledger()
        let cursor = try StoredRecord.fetchCursor(
            db, sql: "SELECT seq, id, sealed FROM records WHERE seq BETWEEN 1 AND ? ORDER BY seq",
            arguments: [head?.seq ?? Int64.max])
        var removed = Set<Int64>()
        while let stored = try cursor.next() {
            let body = try? sealer.open(stored)
            ledger.records.append((stored, body))
            if let deletion = try? body?.decode(DeletionBody.self) {
                removed.formUnion(deletion.removed.map(\.seq))
            }
        }
        if !removed.isEmpty {
            ledger.records.removeAll { removed.contains($0.stored.seq) }
        }
        var pending = Pending()
        for (stored, body) in ledger.records {
            ledger.apply(stored, body, &pending)
        }
        ledger.finish(pending)
        return ledger
    }


    /// How many records a read by positions found (read or not): fewer than asked means some are gone.
    var fetched = 0

    /// Reads and opens the records at `positions` only.
    static func read(_ db: Database, sealer: RecordSealer, positions: [Int64]) throws -> Ledger {
        var ledger = Ledger()
        var pending = Pending()
        // SQLite takes at most 32766 parameters; read in batches well under that.
        for start in stride(from: 0, to: positions.count, by: 500) {
            let batch = positions.sorted()[start..<min(start + 500, positions.count)]
            let marks = Array(repeating: "?", count: batch.count).joined(separator: ", ")
            let cursor = try StoredRecord.fetchCursor(
                db, sql: "SELECT seq, id, sealed FROM records WHERE seq IN (\(marks)) ORDER BY seq",
                arguments: StatementArguments(Array(batch)))
            while let stored = try cursor.next() {
                ledger.fetched += 1
                ledger.apply(stored, try? sealer.open(stored), &pending)
            }
        }
        ledger.finish(pending)
        return ledger
    }

    /// What is carried between records while folding them into entries.
    struct Pending {
        /// Attachments whose entry had not been read yet.
        var attachments: [(EntryID, AttachmentInfo)] = []
        /// Entries that gained a revision, whose revisions must be put in order.
        var revised: Set<EntryID> = []
    }

    /// Adds what one record says to the entries.
    mutating func apply(_ stored: StoredRecord, _ body: OpenedRecord?, _ pending: inout Pending) {
        guard let body else {
            unreadable.append(stored.seq)
            return
        }
        if let revision = try? body.decode(RevisionBody.self) {
            let version = Revision(
                number: revision.number, recordedAt: revision.recordedAt, fields: revision.fields, seq: stored.seq,
                seed: revision.seed)
            entries[revision.entry, default: Entry(id: revision.entry, revisions: [], attachments: [])]
                .revisions.append(version)
            recordsOfEntry[revision.entry, default: []].append(stored.seq)
            pending.revised.insert(revision.entry)
        } else if let attachment = try? body.decode(AttachmentBody.self) {
            let info = AttachmentInfo(
                name: attachment.name, size: attachment.size, sha256: attachment.sha256,
                attachedAt: attachment.attachedAt, stream: attachment.stream, chunkCount: attachment.chunkCount,
                seq: stored.seq, seed: attachment.seed)
            pending.attachments.append((attachment.entry, info))
            recordsOfEntry[attachment.entry, default: []].append(stored.seq)
        }
    }

    mutating func finish(_ pending: Pending) {
        for (entryID, info) in pending.attachments {
            entries[entryID]?.attachments.append(info)
        }
        for id in pending.revised {
            entries[id]?.revisions.sort(by: Revision.versionOrder)
        }
    }

    /// Finds the entry a user means by `reference` among the readable entries.
    func resolve(_ reference: String) throws -> Entry {
        try entries.values.resolve(reference)
    }
}

extension Sequence where Element == Entry {
    /// Finds the entry a user means by `reference`: a whole id, or a unique
    /// part of one (at least four hex digits, dashes ignored).
    ///
    /// - Throws: ``MeldboekError/entryNotFound(_:)``, ``MeldboekError/entryAmbiguous(_:matches:)``.
    public func resolve(_ reference: String) throws -> Entry {
        let byID = Dictionary(map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return byID[try byID.keys.resolve(reference) { byID[$0]?.current.title ?? "" }]!
    }
}

extension Sequence where Element == EntryID {
    /// The id a user means by `reference`: a whole id, or a unique part of one
    /// (at least four hex digits, dashes ignored).
    ///
    /// - Parameter title: The title of an entry, to list the matches when more than one does.
    /// - Throws: ``MeldboekError/entryNotFound(_:)``, ``MeldboekError/entryAmbiguous(_:matches:)``
    ///   with every match, newest first, by short id and title.
    func resolve(_ reference: String, title: (EntryID) -> String) throws -> EntryID {
        let wanted = reference.lowercased().replacingOccurrences(of: "-", with: "")
        guard wanted.count >= 4, wanted.allSatisfy(\.isHexDigit) else {
            throw MeldboekError.entryNotFound(reference)
        }
        var matches: [EntryID] = []
        for id in self {
            let digits = id.hexDigits
            if digits == wanted { return id }
            if Folding.contains(digits, wanted) { matches.append(id) }
        }
        switch matches.count {
        case 0: throw MeldboekError.entryNotFound(reference)
        case 1: return matches[0]
        default:
            let listed = matches.sorted { $0.description > $1.description }
            throw MeldboekError.entryAmbiguous(reference, matches: listed.map { EntryMatch(short: $0.short, title: title($0)) })
        }
    }
}
