// An unlocked vault: adding, amending, reading, attaching and deleting entries.
import Foundation
import GRDB
import MeldboekSodium

/// The melder's journal, unlocked: every operation on entries.
///
/// Writes are append-only: adding and amending add a revision record, attaching
/// adds an attachment record, and every record extends the hash chain in the
/// same transaction. Only ``delete(_:now:)`` removes records, and it leaves a
/// deletion record behind so the chain still checks.
public final class Journal: @unchecked Sendable {
    public let vault: Vault
    let keys: VaultKeys
    let sealer: RecordSealer
    /// How many write transactions this journal has committed.
    public private(set) var writes = 0
    /// When set, every write is refused with this error before anything is written: the
    /// command line sets it when the vault opens older than the head last seen (``SeenHeads``).
    public var refusesWrites: MeldboekError?
    /// Set inside a write by ``RecordWriter/rebuildIndexAtCommit()``: the ledger cache is written anew at its end.
    var rebuildsIndex = false
    /// The layers keeping tables of their own in step with the chain (``JournalMaintainer``).
    public private(set) var maintainers: [any JournalMaintainer] = []

    init(vault: Vault, keys: VaultKeys) {
        self.vault = vault
        self.keys = keys
        self.sealer = RecordSealer(key: keys.records, format: vault.recordFormat)
    }

    // MARK: Reading

    /// All entries that could be read, and how many records could not.
    ///
    /// Opens every record; to list or search, ``outlines(matching:calendar:)`` is
    /// much faster on a long journal.
    public func snapshot() throws -> JournalSnapshot {
        let (ledger, damage) = try read { db in
            let (head, damage) = try self.condition(db)
            var ledger = try Ledger.read(db, sealer: self.sealer, head: head)
            ledger.unreadable.sort()
            return (ledger, damage)
        }
        var found = damage
        found.unreadable = ledger.unreadable.count
        return JournalSnapshot(
            entries: ledger.entries.values.sorted { $0.id < $1.id }, unreadable: ledger.unreadable, damage: found)
    }

    /// The outlines of the entries `filter` selects, ordered by when they happened
    /// (else when written), and how many records could not be read.
    ///
    /// Read through the ledger cache: at ten thousand entries this takes hundredths
    /// of a second where ``snapshot()`` takes half a second.
    public func outlines(matching filter: EntryFilter, calendar: Calendar) throws
        -> (outlines: [EntryOutline], damage: JournalDamage)
    {
        let index = try readIndex(withText: !filter.words.isEmpty)
        let chosen = filter.apply(to: Array(index.outlines.values), texts: index.searchTexts ?? [:], calendar: calendar)
        return (chosen, index.damage)
    }

    /// The whole entries (every revision, every attachment) that `outlines` stand for, in their order,
    /// and how many of their records turned out unreadable or gone (the outlines may predate that).
    public func entries(_ outlines: [EntryOutline]) throws -> (entries: [Entry], unreadable: Int) {
        let index = try readIndex(withText: false)
        return try read { db in try index.entries(outlines.map(\.id), db: db, sealer: self.sealer) }
    }

    /// The entry `reference` names (a whole id or a unique part of one).
    public func entry(_ reference: String) throws -> Entry {
        try lookup(reference).entry
    }

    /// The entry `reference` names, and what is wrong with the journal (any
    /// unreadable record may have been a version of this entry).
    public func lookup(_ reference: String) throws -> (entry: Entry, damage: JournalDamage) {
        let index = try readIndex(withText: false)
        let id = try index.resolve(reference)
        let (found, unreadable) = try read { db in try index.entries([id], db: db, sealer: self.sealer) }
        // Listed but none of its records opens: damaged, not unknown.
        guard let entry = found.first else {
            throw unreadable > 0 ? MeldboekError.unreadableRecords(count: unreadable) : MeldboekError.entryNotFound(reference)
        }
        var damage = index.damage
        damage.unreadable += unreadable
        return (entry, damage)
    }

    // MARK: Writing

    /// Adds an entry, with its attachments, in one transaction.
    ///
    /// - Parameter discardingDraft: The kept interview (``InterviewDraft``) this entry finishes: it goes
    ///   in the same transaction, so it can never be saved twice. When the draft in the vault is no longer
    ///   that one (another command saved or replaced it meanwhile), nothing is added:
    ///   ``MeldboekError/draftChanged``.
    /// - Throws: ``MeldboekError/nothingToRecord`` when it has neither title nor narrative.
    @discardableResult
    public func add(
        _ fields: EntryFields, attachments: [URL] = [], now: Date = Date(), discardingDraft: InterviewDraft? = nil
    ) throws -> Entry {
        let fields = fields.normalized()
        guard !fields.title.isEmpty || !fields.narrative.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw MeldboekError.nothingToRecord
        }
        try checkAttachmentNames(attachments, existing: [])
        let id = EntryID.generate(now: now)
        var stored: [AttachmentInfo] = []
        var revision: Revision?
        // Built from what was written, not read back: adding stays O(1) however long the journal is.
        try write { db in
            let seed = Self.newSeed()
            let record = try self.append(
                db, RevisionBody(prev: Data(), entry: id, number: 1, recordedAt: now, fields: fields, seed: seed))
            revision = Revision(number: 1, recordedAt: now, fields: fields, seq: record.seq, seed: seed)
            for file in attachments {
                stored.append(try self.storeAttachment(file, entry: id, now: now, db: db))
            }
            if let discardingDraft { try self.deleteDraft(db, keptAt: discardingDraft.keptAt) }
        }
        return Entry(id: id, revisions: [revision!], attachments: stored)
    }

    /// Adds a revision to an entry with the fields `change` makes from the current ones,
    /// and attaches `files`, in one transaction.
    ///
    /// - Returns: The entry, and whether its fields changed (no revision is written otherwise).
    @discardableResult
    public func amend(
        _ reference: String, attaching files: [URL] = [], now: Date = Date(), change: (inout EntryFields) throws -> Void
    ) throws -> (entry: Entry, changed: Bool) {
        var changed = false
        var result: Entry?
        try write { db in
            let (found, unreadable) = try self.entryAndUnreadable(db, reference)
            // An unreadable record may be this entry's latest version: numbering after the
            // versions we can read could give a second version the same number.
            guard unreadable == 0 else { throw MeldboekError.amendWithUnreadableRecords(count: unreadable) }
            var entry = found
            var fields = entry.current
            try change(&fields)
            fields = fields.normalized()
            guard !fields.title.isEmpty || !fields.narrative.isEmpty else { throw MeldboekError.nothingToRecord }
            try self.store(files, with: &entry, now: now, db: db)
            result = entry
            guard fields != entry.current else { return }
            let number = (entry.revisions.last?.number ?? 0) + 1
            let seed = Self.newSeed()
            let record = try self.append(
                db, RevisionBody(prev: Data(), entry: entry.id, number: number, recordedAt: now, fields: fields, seed: seed))
            result?.revisions.append(Revision(number: number, recordedAt: now, fields: fields, seq: record.seq, seed: seed))
            changed = true
        }
        // Built from what was read and written in the transaction, not read again.
        return (result!, changed)
    }

    /// Attaches files to an entry, streamed in chunks, in one transaction.
    @discardableResult
    public func attach(_ files: [URL], to reference: String, now: Date = Date()) throws -> Entry {
        var result: Entry?
        try write { db in
            var entry = try self.entry(db, reference)
            try self.store(files, with: &entry, now: now, db: db)
            result = entry
        }
        return result!
    }

    /// Writes an attachment's content to `destination`, byte for byte, checking its hash.
    ///
    /// The file appears under its name only when complete and verified.
    /// - Returns: The attachment that was saved.
    @discardableResult
    public func saveAttachment(of reference: String, named name: String, to destination: URL) throws -> AttachmentInfo {
        try NamedFile.checkAbsent(destination.path)
        return try read { db in
            let entry = try self.entry(db, reference)
            guard let attachment = entry.attachments.first(where: { $0.name == name }) else {
                throw MeldboekError.attachmentNotFound(entry: entry.id.short, name: name)
            }
            let writer = try AtomicFileWriter(destination: destination)
            do {
                try AttachmentStream.read(
                    attachment.content, name: attachment.name, key: self.keys.attachment(stream: attachment.stream), db: db
                ) { try writer.write($0) }
                try writer.commit()
                return attachment
            } catch {
                writer.abandon()
                throw error
            }
        }
    }

    /// Reads stored content in pieces, checking its hash at the end.
    /// - Parameter name: Names the content in the error when it is damaged.
    public func readStream(_ content: StoredStream, name: String, sink: ([UInt8]) throws -> Void) throws {
        try read { db in
            try AttachmentStream.read(content, name: name, key: self.keys.attachment(stream: content.stream), db: db, sink: sink)
        }
    }

    /// Removes an entry, its revisions and attachments for good.
    ///
    /// Rows are deleted with `secure_delete` on and the write-ahead log is
    /// truncated afterwards; a deletion record keeps the chain whole and says
    /// only which positions went.
    public func delete(_ reference: String, now: Date = Date()) throws {
        try write { db in
            let ledger = try self.ledgerForDeletion(db)
            try self.delete(try ledger.resolve(reference), ledger: ledger, now: now, db: db)
        }
        try? vault.database.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
    }

    /// Every record read, after the layers' tables caught up while every record is still there (a deleted
    /// revision's leaf stays in the commitment log).
    func ledgerForDeletion(_ db: Database) throws -> Ledger {
        try runMaintainers(db)
        return try Ledger.read(db, sealer: sealer, head: try head(db))
    }

    /// Removes `entry`'s records and chunks and appends the deletion record that names them, inside a write.
    func delete(_ entry: Entry, ledger: Ledger, now: Date, db: Database) throws {
        let positions = Set(ledger.recordsOfEntry[entry.id] ?? [])
        let removed = ledger.records.filter { positions.contains($0.stored.seq) }.map {
            DeletionBody.Removed(seq: $0.stored.seq, id: $0.stored.id, digest: Chain.digest($0.stored.sealed))
        }
        for attachment in entry.attachments {
            try db.execute(sql: "DELETE FROM chunks WHERE stream = ?", arguments: [attachment.stream])
        }
        for seq in positions {
            try db.execute(sql: "DELETE FROM records WHERE seq = ?", arguments: [seq])
        }
        // The cache holds the entry too; the end of this transaction builds a new one from the records.
        try LedgerCache.drop(db)
        try append(
            db, DeletionBody(prev: Data(), deletedAt: now, removed: removed, entry: entry.id),
            removing: removed.map { ($0.seq, $0.id) })
    }

    /// Changes the passphrase: re-wraps the vault key, re-encrypts nothing else.
    public func changePassphrase(to newPassphrase: SecureBytes, cost: Argon2id.Cost? = nil) throws {
        try vault.rewrap(vaultKey: keys.vaultKey, newPassphrase: newPassphrase, cost: cost ?? vault.cost)
    }

    /// The vault owner's signing and receiving keys.
    public func identity() throws -> VaultIdentity {
        do {
            return try VaultIdentity.open(vault.header.identity, with: keys.records)
        } catch {
            throw MeldboekError.identityDamaged
        }
    }

    /// The chain head now: 32 bytes that change with every record written.
    public func chainHead() throws -> Data {
        try read { db in try self.head(db).hash }
    }

    /// The chain head's short name, to note down and check later with `verify --expect`.
    public func headFingerprint() throws -> HeadFingerprint {
        try read { db in try self.head(db).fingerprint }
    }

    /// Checks every record, the chain and every attachment; with `expecting`, also that
    /// the chain passes through the head with that fingerprint.
    public func verify(expecting: HeadFingerprint? = nil) throws -> VerificationReport {
        try read { db in try Verifier(journal: self).verify(db, expecting: expecting) }
    }

    /// Has `maintainer` run inside every write transaction from now on, after the records
    /// of the write and before the transaction commits (see ``JournalMaintainer``).
    public func register(_ maintainer: any JournalMaintainer) {
        guard !maintainers.contains(where: { $0 === maintainer }) else { return }
        maintainers.append(maintainer)
    }

    // MARK: Internals

    /// A new revision's or attachment's seed.
    static func newSeed() -> Data { Data(Random.bytes(count: JournalState.seedByteCount)) }

    /// Lets every maintainer catch up with the records written so far in this transaction.
    func runMaintainers(_ db: Database, sealer: RecordSealer? = nil, head: ChainHead? = nil, format: Int? = nil)
        throws
    {
        guard !maintainers.isEmpty else { return }
        let write = JournalState(
            db: db, sealer: sealer ?? self.sealer, head: try head ?? self.head(db), format: format ?? vault.format)
        for maintainer in maintainers { try maintainer.maintain(write) }
    }

    /// The outlines, read through the ledger cache. Reading never writes: the cache
    /// is kept up to date by the writes themselves (``write(_:)``).
    private func readIndex(withText: Bool) throws -> LedgerIndex {
        try read { db in
            try LedgerIndex.read(db, sealer: self.sealer, cacheKey: self.keys.ledgerCache, withText: withText)
        }
    }

    /// The sealed head, checked against the vault row's record format.
    ///
    /// - Throws: ``MeldboekError/headDamaged`` when it does not open or names another format.
    func head(_ db: Database) throws -> ChainHead {
        guard let sealed = try Data.fetchOne(db, sql: "SELECT head FROM vault WHERE id = 1") else {
            throw MeldboekError.vaultDamaged(path: vault.folder.path)
        }
        guard let head = try? ChainHead.open(sealed, with: keys.records), head.recordFormat == sealer.format else {
            throw MeldboekError.headDamaged
        }
        return head
    }

    /// The sealed head, when the records still form the chain it seals; else `failure`.
    func wholeHead(_ db: Database, orElse failure: MeldboekError) throws -> ChainHead {
        let head = try head(db)
        guard !(try Completeness.check(db, head: head, sealer: sealer)).blocksWrites else { throw failure }
        return head
    }

    /// The head (nil when it is damaged) and what the cheap check finds wrong.
    func condition(_ db: Database) throws -> (head: ChainHead?, damage: JournalDamage) {
        do {
            let head = try head(db)
            return (head, try Completeness.check(db, head: head, sealer: sealer))
        } catch MeldboekError.headDamaged {
            var damage = JournalDamage()
            damage.headDamaged = true
            return (nil, damage)
        }
    }

    /// Writes the ledger cache again, in the transaction that wrote records, when it
    /// is missing or ``LedgerCache/refreshAfter`` records behind: one write in that
    /// many pays for it, and every read stays quick.
    private func maintainLedgerCache(_ db: Database) throws {
        guard let head = try? head(db) else { return }
        if rebuildsIndex {
            try LedgerCache.drop(db)
        } else if let covers = try LedgerCache.covers(db), head.seq - covers < LedgerCache.refreshAfter {
            return
        }
        let index = try LedgerIndex.read(db, sealer: sealer, cacheKey: keys.ledgerCache, withText: true)
        try index.store(db, key: keys.ledgerCache)
    }

    /// The entry `reference` names, as of this transaction, read through the ledger cache.
    private func entry(_ db: Database, _ reference: String) throws -> Entry {
        try entryAndUnreadable(db, reference).entry
    }

    /// The entry `reference` names, and how many records of the journal can't be read.
    private func entryAndUnreadable(_ db: Database, _ reference: String) throws -> (entry: Entry, unreadable: Int) {
        let index = try LedgerIndex.read(db, sealer: sealer, cacheKey: keys.ledgerCache, withText: false)
        let (found, unreadable) = try index.entries([try index.resolve(reference)], db: db, sealer: sealer)
        guard let entry = found.first else {
            throw unreadable > 0 ? MeldboekError.unreadableRecords(count: unreadable) : MeldboekError.entryNotFound(reference)
        }
        return (entry, index.unreadable.count + unreadable)
    }

    /// Appends one record at the end of the chain and moves the sealed head.
    /// - Parameter removing: The rows this one (a deletion) removed, for the head's count and row digest.
    @discardableResult
    func append<T: RecordContent>(_ db: Database, _ content: T, removing: [(seq: Int64, id: Data)] = []) throws
        -> StoredRecord
    {
        let head = try head(db)
        let seq = head.seq + 1
        let id = Data(Random.bytes(count: 16))
        var content = content
        content.prev = head.hash
        let sealed = try sealer.seal(content, seq: seq, id: id)
        let record = StoredRecord(seq: seq, id: id, sealed: sealed)
        try record.insert(db)
        let next = head.advanced(
            seq: seq, id: id, sealed: sealed, removing: removing, rowKey: try RowDigest.headKey(keys.records))
        try db.execute(sql: "UPDATE vault SET head = ? WHERE id = 1", arguments: [try next.sealed(with: keys.records)])
        return record
    }

    @discardableResult
    private func storeAttachment(_ file: URL, entry: EntryID, now: Date, db: Database) throws -> AttachmentInfo {
        let stream = Data(Random.bytes(count: 16))
        let written = try AttachmentStream.write(file: file, stream: stream, key: keys.attachment(stream: stream), db: db)
        let seed = Self.newSeed()
        let record = try append(db, AttachmentBody(
            prev: Data(), entry: entry, name: file.lastPathComponent, size: written.size, sha256: written.sha256,
            stream: stream, chunkCount: written.chunkCount, attachedAt: now, seed: seed))
        return AttachmentInfo(
            name: file.lastPathComponent, size: written.size, sha256: written.sha256, attachedAt: now, stream: stream,
            chunkCount: written.chunkCount, seq: record.seq, seed: seed)
    }

    /// Stores `files` as attachments of `entry`, whose names must not be taken yet, and adds them to it.
    private func store(_ files: [URL], with entry: inout Entry, now: Date, db: Database) throws {
        try checkAttachmentNames(files, existing: entry.attachments.map(\.name))
        for file in files {
            entry.attachments.append(try storeAttachment(file, entry: entry.id, now: now, db: db))
        }
    }

    private func checkAttachmentNames(_ files: [URL], existing: [String]) throws {
        var names = Set(existing)
        for file in files {
            try NamedFile.checkReadable(file.path)
            guard names.insert(file.lastPathComponent).inserted else {
                throw MeldboekError.attachmentExists(name: file.lastPathComponent)
            }
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try vault.database.read(body)
        } catch {
            throw VaultDatabase.translate(error, path: vault.folder.path)
        }
    }

    /// Runs `body` in an immediate transaction, so concurrent writers queue instead of failing.
    ///
    /// Nothing is written to a journal whose records no longer form the sealed chain:
    /// appending would seal the damage in.
    /// - Throws: ``MeldboekError/headDamaged``, ``MeldboekError/journalIncomplete``.
    func write(_ body: (Database) throws -> Void) throws {
        guard !vault.isReadOnly else { throw MeldboekError.readOnly(path: vault.folder.path) }
        if let refusesWrites { throw refusesWrites }
        rebuildsIndex = false
        defer { rebuildsIndex = false }
        do {
            try vault.database.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    _ = try self.wholeHead(db, orElse: .journalIncomplete)
                    try body(db)
                    try self.runMaintainers(db)
                    // The cache is a shortcut: failing to write it must not undo the write it follows.
                    try? db.inSavepoint {
                        try self.maintainLedgerCache(db)
                        return .commit
                    }
                    return .commit
                }
            }
        } catch {
            throw VaultDatabase.translate(error, path: vault.folder.path)
        }
        writes += 1
        SeenHeads.record(self)
    }
}

/// The readable entries of a journal, and the positions of records that were not readable.
public struct JournalSnapshot: Sendable {
    /// Every readable entry, in order of creation.
    public var entries: [Entry]
    public var unreadable: [Int64]
    /// Everything found wrong while reading, unreadable records included.
    public var damage: JournalDamage

    /// The entry `reference` names (a whole id or a unique part of one).
    public func entry(_ reference: String) throws -> Entry {
        try entries.resolve(reference)
    }
}
