// The hook through which a layer above the journal keeps a table of its own in step with the chain.
import Foundation
import GRDB

/// A layer's own table, kept in step with the chain inside every write transaction.
///
/// Registered on a ``Journal`` with ``Journal/register(_:)``. ``maintain(_:)`` runs in every
/// write transaction after its records were appended and before it commits, so the table
/// and the records commit together or not at all; ``Journal/delete(_:now:)`` runs it once
/// more before any row is removed, so a maintainer always sees every record, and `upgrade`
/// and `rekey` run it over the records as they were sealed again. An error it throws undoes
/// the whole write. The evidence layer's commitment log is one.
public protocol JournalMaintainer: AnyObject {
    /// Brings the table up to the chain as it stands in `state` (inside a write transaction).
    func maintain(_ state: JournalState) throws
}

/// The chain as one transaction sees it: the database and the records up to the head, for a
/// maintainer inside a write or a layer reading its table beside the records (``Journal/readState(_:)``).
public struct JournalState {
    /// The size of a revision's or attachment's seed, in bytes.
    public static let seedByteCount = 32

    /// The database, inside the transaction.
    public let db: Database
    let sealer: RecordSealer
    let head: ChainHead
    /// The vault's format as of this transaction (3 from its `upgrade` on).
    public let format: Int

    init(db: Database, sealer: RecordSealer, head: ChainHead, format: Int) {
        self.db = db
        self.sealer = sealer
        self.head = head
        self.format = format
    }

    /// The position of the last record of the chain.
    public var lastSeq: Int64 { head.seq }

    /// The chain's hash at its last record: binds a layer's summary to exactly this chain.
    public var headHash: Data { head.hash }

    /// Every position of the chain after `seq`, in order, with what its record holds.
    ///
    /// A position a deletion removed is ``WrittenRecord/Content/removed`` (its id is known
    /// from the deletion).
    /// - Parameter skippingDamage: Leave out positions whose record does not open or is
    ///   missing, instead of throwing (for checking, where the journal's own `verify` names them).
    /// - Throws: ``MeldboekError/recordCorrupt(seq:)`` for a record that does not open,
    ///   ``MeldboekError/journalIncomplete`` for a position no row and no deletion accounts for.
    public func records(after seq: Int64, skippingDamage: Bool = false) throws -> [WrittenRecord] {
        let start = max(0, seq)
        guard start < head.seq else { return [] }
        var present: [Int64: (StoredRecord, OpenedRecord)] = [:]
        var removed: [Int64: Data] = [:]
        let cursor = try StoredRecord.fetchCursor(
            db, sql: "SELECT seq, id, sealed FROM records WHERE seq > ? AND seq <= ? ORDER BY seq",
            arguments: [start, head.seq])
        while let stored = try cursor.next() {
            guard let body = try? sealer.open(stored) else {
                if skippingDamage { continue }
                throw MeldboekError.recordCorrupt(seq: stored.seq)
            }
            if let deletion = try? body.decode(DeletionBody.self) {
                for gone in deletion.removed where gone.seq > start { removed[gone.seq] = gone.id }
            }
            present[stored.seq] = (stored, body)
        }
        var result: [WrittenRecord] = []
        for position in (start + 1)...head.seq {
            if let id = removed[position] {
                if present[position] != nil && !skippingDamage { throw MeldboekError.journalIncomplete }
                result.append(WrittenRecord(seq: position, id: id, prev: nil, content: .removed))
            } else if let (stored, body) = present[position] {
                do {
                    result.append(WrittenRecord(
                        seq: position, id: stored.id, prev: try? body.prev,
                        content: try WrittenRecord.content(of: body, seq: position)))
                } catch where skippingDamage {
                    continue
                }
            } else if !skippingDamage {
                throw MeldboekError.journalIncomplete
            }
        }
        return result
    }
}

/// One position of the chain, as ``JournalState/records(after:)`` hands it to a maintainer.
public struct WrittenRecord: Sendable {
    /// What a record holds, as far as the journal's own kinds go.
    public enum Content: Sendable {
        /// A version of an entry (with its seed and position).
        case revision(entry: EntryID, Revision)
        /// An attachment's metadata (with its seed and position).
        case attachment(entry: EntryID, AttachmentInfo)
        /// A record of any other kind: a deletion, or a kind of a layer above.
        case other(OpenedRecord)
        /// Removed by a deletion before any maintainer saw it (only in a vault older than its maintainers).
        case removed
    }

    public let seq: Int64
    /// The record's random id (16 bytes).
    public let id: Data
    /// The chain's hash before this record (its link), nil for a removed position.
    public let prev: Data?
    public let content: Content

    static func content(of body: OpenedRecord, seq: Int64) throws -> Content {
        do {
            return try decodedContent(of: body, seq: seq)
        } catch {
            throw MeldboekError.recordCorrupt(seq: seq)
        }
    }

    private static func decodedContent(of body: OpenedRecord, seq: Int64) throws -> Content {
        if let revision = try body.decode(RevisionBody.self) {
            return .revision(entry: revision.entry, Revision(
                number: revision.number, recordedAt: revision.recordedAt, fields: revision.fields, seq: seq,
                seed: revision.seed))
        }
        if let attachment = try body.decode(AttachmentBody.self) {
            return .attachment(entry: attachment.entry, AttachmentInfo(
                name: attachment.name, size: attachment.size, sha256: attachment.sha256,
                attachedAt: attachment.attachedAt, stream: attachment.stream, chunkCount: attachment.chunkCount,
                seq: seq, seed: attachment.seed))
        }
        return .other(body)
    }
}

extension RecordWriter {
    /// Lets every maintainer catch up with the records written so far in this transaction,
    /// for a layer that must read its table up to date before appending (a checkpoint).
    public func catchUpMaintainers() throws {
        try journal.runMaintainers(db)
    }

    /// The transaction as maintainers see it.
    public var state: JournalState {
        get throws { JournalState(db: db, sealer: journal.sealer, head: try journal.head(db), format: journal.vault.format) }
    }
}

extension Journal {
    /// Runs `body` in one read transaction with the chain as it stands: for a layer that
    /// checks its own table against the records (the commitment log's part of `verify`).
    public func readState<T>(_ body: (JournalState) throws -> T) throws -> T {
        try read { db in
            try body(JournalState(db: db, sealer: self.sealer, head: try self.head(db), format: self.vault.format))
        }
    }
}
