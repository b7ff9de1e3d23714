// `upgrade` and `rekey`: every record sealed again, in one transaction, so a killed run changes nothing.
import Foundation
import GRDB
import MeldboekSodium

extension Journal {
    /// Brings a format-1 vault (0.1.0) or a format-2 vault to format 3: every record is sealed
    /// again with its position in the associated data, every revision and attachment gets
    /// the seed its commitments are salted from (format 3), the chain is computed anew over
    /// the new records, the head learns how many records deletions removed, and the
    /// registered maintainers (the commitment log) take in every record. The vault key stays, so
    /// attachments are untouched; the key is wrapped again under the same passphrase,
    /// because the vault's format is part of what the wrapping authenticates.
    ///
    /// One transaction: a run that is killed leaves the format-1 vault as it was, and
    /// running it again starts over.
    /// - Parameters:
    ///   - passphrase: The current passphrase, asked for even during an unlock session.
    ///   - progress: Called with (records done, records in all).
    /// - Returns: How many records were sealed again, and the journal as it is now.
    /// - Throws: ``MeldboekError/alreadyUpgraded(format:)``, ``MeldboekError/wrongPassphrase``,
    ///   ``MeldboekError/rewriteNeedsIntactJournal``.
    @discardableResult
    public func upgrade(passphrase: SecureBytes, progress: (Int, Int) -> Void = { _, _ in }) throws
        -> (records: Int, journal: Journal)
    {
        guard vault.header.format < Vault.formatVersion else {
            throw MeldboekError.alreadyUpgraded(format: vault.header.format)
        }
        try requireCurrent(passphrase)
        return try rewrite(into: keys, format: .v2, passphrase: passphrase, progress: progress)
    }

    /// Makes a new vault key and seals every record, every attachment chunk, the owner's
    /// keys and the head again under it; the passphrase stays the same.
    ///
    /// After a passphrase may have leaked, this is what makes old copies of the vault
    /// useless with the new one's key: a copy made before still opens with the passphrase
    /// that was current then, but nothing written from now on does. One transaction: a
    /// run that is killed leaves the old vault, never a mix. The recovery code is wrapped under the new key from
    /// the copy the vault keeps; when that copy no longer opens, nothing is rewritten.
    /// - Returns: How many records were sealed again, and the journal as it is now.
    /// - Throws: ``MeldboekError/recoverySlotDamaged`` when the kept recovery code can't be carried over,
    ///   ``MeldboekError/rewriteNeedsIntactJournal``.
    @discardableResult
    public func rekey(passphrase: SecureBytes, progress: (Int, Int) -> Void = { _, _ in }) throws
        -> (records: Int, journal: Journal)
    {
        try requireCurrent(passphrase)
        let newKeys = try VaultKeys(vaultKey: try SymmetricKey.random())
        return try rewrite(into: newKeys, format: .v2, passphrase: passphrase, progress: progress)
    }

    /// A record's plaintext to seal again with the chain link `prev`: a revision or an
    /// attachment without a seed (written before format 3) gets one; any other body is
    /// relinked as it stands, whatever layer's kind it is.
    static func resealable(_ opened: OpenedRecord, prev: Data) throws -> [UInt8] {
        func encoded<T: RecordContent>(_ body: T) throws -> [UInt8] {
            var body = body
            body.prev = prev
            return [T.kind.rawValue] + Array(try RecordSealer.encoder.encode(body))
        }
        do {
            if var revision = try opened.decode(RevisionBody.self), revision.seed == nil {
                revision.seed = newSeed()
                return try encoded(revision)
            }
            if var attachment = try opened.decode(AttachmentBody.self), attachment.seed == nil {
                attachment.seed = newSeed()
                return try encoded(attachment)
            }
        } catch {
            throw MeldboekError.rewriteFailed
        }
        return try opened.relinked(to: prev)
    }

    /// Throws unless `passphrase` unwraps this journal's vault key.
    func requireCurrent(_ passphrase: SecureBytes) throws {
        let unlocked = try vault.unlock(passphrase: passphrase)
        guard unlocked.keys.vaultKey.isEqual(to: keys.vaultKey) else { throw MeldboekError.wrongPassphrase }
    }

    private func rewrite(
        into newKeys: VaultKeys, format: RecordFormat, passphrase: SecureBytes, progress: (Int, Int) -> Void
    ) throws -> (records: Int, journal: Journal) {
        guard !vault.isReadOnly else { throw MeldboekError.readOnly(path: vault.folder.path) }
        let newSealer = RecordSealer(key: newKeys.records, format: format)
        let changesKey = !newKeys.vaultKey.isEqual(to: keys.vaultKey)
        var done = 0
        do {
            try vault.database.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    let head = try self.wholeHead(db, orElse: .rewriteNeedsIntactJournal)
                    let recovery = changesKey ? try Self.keptRecovery(db, key: self.keys) : nil
                    // First pass: every record opens and the chain holds, so nothing damaged is sealed in anew.
                    let removed = try self.checkedRemovals(db, head: head)
                    let present = head.seq - Int64(removed.count)
                    progress(0, Int(present))

                    // Second pass: seal each record at its position with the new chain link.
                    var prev = Chain.genesis
                    var seq: Int64 = 1
                    while seq <= head.seq {
                        let batch = try StoredRecord.fetchAll(
                            db, sql: "SELECT seq, id, sealed FROM records WHERE seq BETWEEN ? AND ? ORDER BY seq",
                            arguments: [seq, min(head.seq, seq + 499)])
                        var rows = batch.makeIterator()
                        var next = rows.next()
                        let end = min(head.seq, seq + 499)
                        while seq <= end {
                            if let gone = removed[seq] {
                                prev = Chain.link(prev: prev, seq: seq, id: gone.id, digest: gone.digest)
                            } else {
                                guard let stored = next, stored.seq == seq else { throw MeldboekError.rewriteNeedsIntactJournal }
                                next = rows.next()
                                var plain = try Self.resealable(try self.sealer.open(stored), prev: prev)
                                defer { wipe(&plain) }
                                let sealed = try newSealer.seal(plain: plain, seq: seq, id: stored.id)
                                try db.execute(
                                    sql: "UPDATE records SET sealed = ? WHERE seq = ?", arguments: [sealed, seq])
                                prev = Chain.link(prev: prev, seq: seq, id: stored.id, digest: Chain.digest(sealed))
                                done += 1
                                if done % 256 == 0 { progress(done, Int(present)) }
                            }
                            seq += 1
                        }
                    }
                    let newHead = ChainHead(
                        seq: head.seq, hash: prev, removed: Int64(removed.count), format: format.rawValue,
                        rows: try RowDigest.compute(db, upTo: head.seq, key: try RowDigest.headKey(newKeys.records)))

                    if changesKey {
                        let streams = try Data.fetchAll(db, sql: "SELECT DISTINCT stream FROM chunks")
                        for stream in streams {
                            try AttachmentStream.reseal(
                                stream: stream, from: try self.keys.attachment(stream: stream),
                                to: try newKeys.attachment(stream: stream), db: db)
                        }
                    }

                    var header = self.vault.header
                    header.format = Vault.formatVersion
                    header.salt = Data(Random.bytes(count: Argon2id.saltByteCount))
                    header.wrappedKey = try Vault.wrap(newKeys.vaultKey, passphrase: passphrase, header: header)
                    header.head = try newHead.sealed(with: newKeys.records)
                    header.identity = try self.identity().sealed(with: newKeys.records)
                    try db.execute(
                        sql: """
                            UPDATE vault SET format = ?, salt = ?, wrappedKey = ?, head = ?, identity = ? WHERE id = 1
                            """,
                        arguments: [header.format, header.salt, header.wrappedKey, header.head, header.identity])
                    try Self.resealDraft(db, from: self.keys.draft, to: newKeys.draft)
                    if let recovery {
                        try Self.resealRecovery(db, recovery, to: newKeys, role: header.role)
                    }
                    // The layers' tables (the commitment log) catch up with the records as they now are.
                    try self.runMaintainers(db, sealer: newSealer, head: newHead, format: header.format)

                    // The cache was sealed under the old key or for the old records: build it anew.
                    try LedgerCache.drop(db)
                    let index = try LedgerIndex.read(
                        db, sealer: newSealer, cacheKey: newKeys.ledgerCache, withText: true)
                    // The new head must describe the records as they now stand: count, rows, last link.
                    guard index.damage.isEmpty else { throw MeldboekError.rewriteFailed }
                    try index.store(db, key: newKeys.ledgerCache)
                    return .commit
                }
            }
        } catch {
            throw VaultDatabase.translate(error, path: vault.folder.path)
        }
        progress(done, done)
        // The old sealed bytes are in freed pages (zeroed by secure_delete) and in the
        // write-ahead log until it is checkpointed.
        try? vault.database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        // This object still has the old format and keys; the vault is opened again to go on.
        let reopened = try Vault.open(at: vault.folder).unlock(passphrase: passphrase)
        for maintainer in maintainers { reopened.register(maintainer) }
        SeenHeads.forget(self)
        SeenHeads.record(reopened)
        return (done, reopened)
    }

    /// Walks the chain as `verify` does and returns what deletions removed, by position.
    ///
    /// - Throws: ``MeldboekError/rewriteNeedsIntactJournal`` at the first record that does
    ///   not open or does not follow the one before it, or a gap no deletion explains.
    private func checkedRemovals(_ db: Database, head: ChainHead) throws -> [Int64: DeletionBody.Removed] {
        var removed: [Int64: DeletionBody.Removed] = [:]
        var links: [(seq: Int64, prev: Data, id: Data, digest: Data)] = []
        let cursor = try StoredRecord.fetchCursor(
            db, sql: "SELECT seq, id, sealed FROM records WHERE seq BETWEEN 1 AND ? ORDER BY seq", arguments: [head.seq])
        while let stored = try cursor.next() {
            guard let body = try? sealer.open(stored), let prev = try? body.prev else {
                throw MeldboekError.rewriteNeedsIntactJournal
            }
            if let deletion = try? body.decode(DeletionBody.self) {
                for gone in deletion.removed { removed[gone.seq] = gone }
            }
            links.append((stored.seq, prev, stored.id, Chain.digest(stored.sealed)))
        }
        var expected = Chain.genesis
        var next = links.makeIterator()
        var link = next.next()
        for seq in Int64(1)...max(1, head.seq) where head.seq > 0 {
            if let gone = removed[seq] {
                guard link?.seq != seq else { throw MeldboekError.rewriteNeedsIntactJournal }
                expected = Chain.link(prev: expected, seq: seq, id: gone.id, digest: gone.digest)
                continue
            }
            guard let current = link, current.seq == seq, current.prev == expected else {
                throw MeldboekError.rewriteNeedsIntactJournal
            }
            expected = Chain.link(prev: current.prev, seq: seq, id: current.id, digest: current.digest)
            link = next.next()
        }
        guard expected == head.hash, head.removed.map({ $0 == Int64(removed.count) }) ?? true else {
            throw MeldboekError.rewriteNeedsIntactJournal
        }
        return removed
    }
}
