// Records and content carried between two vaults that hold the same vault key (a journal's devices):
// read out as plaintext, appended as copies at the end of this chain, and deletions by entry.
import Foundation
import GRDB
import MeldboekSodium

extension OpenedRecord {
    /// `kind ‖ JSON body`, the plaintext the record was sealed from (unpadded).
    public var plaintext: [UInt8] { [kind.rawValue] + Array(json) }

    /// A record's plaintext read from elsewhere (another device's segment): nil unless it is a kind byte and a
    /// JSON object with a chain link, as every record's body is. (Fuzzed through the sync segment's parser.)
    public init?(plaintext: [UInt8]) {
        guard let first = plaintext.first, plaintext.count > 1 else { return nil }
        let record = OpenedRecord(kind: RecordKind(rawValue: first), json: Data(plaintext.dropFirst()))
        guard (try? record.prev) != nil else { return nil }
        self = record
    }

    /// The entry a revision or attachment belongs to; nil for any other kind.
    public var entryID: EntryID? {
        if let revision = try? decode(RevisionBody.self) { return revision.entry }
        if let attachment = try? decode(AttachmentBody.self) { return attachment.entry }
        return nil
    }

    /// The content an attachment record names; nil for any other kind.
    public var attachedContent: StoredStream? {
        guard let body = try? decode(AttachmentBody.self) else { return nil }
        return StoredStream(stream: body.stream, size: body.size, sha256: body.sha256, chunkCount: body.chunkCount)
    }

    /// For a deletion: when, and which entry (nil in deletions written before sync, which named none).
    public var deletion: (entry: EntryID?, deletedAt: Date)? {
        guard let body = try? decode(DeletionBody.self) else { return nil }
        return (body.entry, body.deletedAt)
    }

    /// Whether the record is the journal's note that a recovery code set a new passphrase.
    public var isRecovery: Bool { kind == .recovery }

    /// Whether the record is a deletion (which removes rows of this chain, so it is never copied).
    public var isDeletion: Bool { kind == .deletion }
}

extension RecordWriter {
    /// The position of the last record of the chain, in this transaction.
    public var lastSeq: Int64 {
        get throws { try journal.head(db).seq }
    }

    /// The chain's hash just after position `seq` (the head 0 before the first record), as this vault's records
    /// say it: nil when the vault has no such position or neither the record there nor the one after it
    /// can tell (both removed by deletions, or damaged). Two copies of one vault that went their own ways
    /// differ here at the first position after they parted.
    public func chainHash(at seq: Int64) throws -> Data? {
        let head = try journal.head(db)
        guard seq >= 0, seq <= head.seq else { return nil }
        if seq == head.seq { return head.hash }
        if seq == 0 { return ChainHead.empty.hash }
        let fetch = { (position: Int64) in
            try StoredRecord.fetchOne(self.db, sql: "SELECT seq, id, sealed FROM records WHERE seq = ?", arguments: [position])
        }
        if let next = try fetch(seq + 1), let prev = try? journal.sealer.open(next).prev { return prev }
        if let record = try fetch(seq), let prev = try? journal.sealer.open(record).prev {
            return Chain.link(prev: prev, seq: seq, id: record.id, digest: Chain.digest(record.sealed))
        }
        return nil
    }

    /// Appends a copy of `record` (another device's) at the end of this chain, its link set to this chain's
    /// head, and returns its position.
    ///
    /// - Throws: ``MeldboekError/rewriteFailed`` for a deletion or a recovery record, which belong to the
    ///   chain they were written in (a deletion names that chain's rows), or a body whose link can't be set.
    @discardableResult
    public func appendCopy(of record: OpenedRecord) throws -> Int64 {
        guard record.kind != .deletion, record.kind != .recovery else { throw MeldboekError.rewriteFailed }
        let head = try journal.head(db)
        var plain = try record.relinked(to: head.hash)
        defer { wipe(&plain) }
        let seq = head.seq + 1
        let id = Data(Random.bytes(count: 16))
        let sealed = try journal.sealer.seal(plain: plain, seq: seq, id: id)
        try StoredRecord(seq: seq, id: id, sealed: sealed).insert(db)
        let next = head.advanced(
            seq: seq, id: id, sealed: sealed, removing: [], rowKey: try RowDigest.headKey(journal.keys.records))
        try db.execute(sql: "UPDATE vault SET head = ? WHERE id = 1", arguments: [try next.sealed(with: journal.keys.records)])
        return seq
    }

    /// The readable records at positions after `seq`, in chain order, with their positions; positions a
    /// deletion removed, and records that don't open, are left out.
    public func records(after seq: Int64) throws -> [(seq: Int64, record: OpenedRecord)] {
        let head = try journal.head(db)
        let cursor = try StoredRecord.fetchCursor(
            db, sql: "SELECT seq, id, sealed FROM records WHERE seq > ? AND seq <= ? ORDER BY seq",
            arguments: [max(0, seq), head.seq])
        var found: [(seq: Int64, record: OpenedRecord)] = []
        var removed = Set<Int64>()
        while let stored = try cursor.next() {
            guard let opened = try? journal.sealer.open(stored) else { continue }
            if let deletion = try? opened.decode(DeletionBody.self) { removed.formUnion(deletion.removed.map(\.seq)) }
            found.append((stored.seq, opened))
        }
        return removed.isEmpty ? found : found.filter { !removed.contains($0.seq) }
    }

    /// Deletes the entry `id` as `meldboek delete` does (its records and content, a deletion record left in
    /// the chain naming it), for a deletion made on another device.
    /// - Returns: false when this chain holds no readable record of it (nothing is written then).
    @discardableResult
    public func deleteEntry(_ id: EntryID, now: Date) throws -> Bool {
        let ledger = try journal.ledgerForDeletion(db)
        guard let entry = ledger.entries[id] else { return false }
        try journal.delete(entry, ledger: ledger, now: now, db: db)
        return true
    }

    /// Stores chunks sealed elsewhere under this vault key (another device's copy of an attachment), byte for
    /// byte, as `stream`'s chunks 0, 1, 2, ...: `next` gives each in turn and nil at the end.
    ///
    /// Nothing checks them here: ``checkStream(_:name:)`` reads them back against the attachment record.
    public func storeSealedChunks(stream: Data, next: () throws -> Data?) throws {
        let insert = try db.cachedStatement(sql: "INSERT OR REPLACE INTO chunks (stream, n, sealed) VALUES (?, ?, ?)")
        var n = 0
        while let sealed = try next() {
            try insert.execute(arguments: [stream, n, sealed])
            n += 1
        }
    }

    /// Reads `content` back from its chunks, checking every tag, the chunk count, the size and the SHA-256.
    /// - Throws: ``MeldboekError/attachmentCorrupt(name:)`` when anything differs.
    public func checkStream(_ content: StoredStream, name: String) throws {
        try AttachmentStream.read(
            content, name: name, key: journal.keys.attachment(stream: content.stream), db: db, sink: { _ in })
    }

    /// Has the end of this transaction write the ledger cache anew from every record, whatever it covers:
    /// copies of another device's records may give an entry a version older than the one it shows (a fork),
    /// which only a reading of every record orders right.
    public func rebuildIndexAtCommit() {
        journal.rebuildsIndex = true
    }
}

extension RecordWriter {
    /// `stream`'s chunks as sealed, in order, for carrying to another device that holds this vault key.
    public func sealedChunks(of stream: Data, each: (Data) throws -> Void) throws {
        let cursor = try Data.fetchCursor(db, sql: "SELECT sealed FROM chunks WHERE stream = ? ORDER BY n", arguments: [stream])
        while let sealed = try cursor.next() { try each(sealed) }
    }
}
