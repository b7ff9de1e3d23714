// The one unfinished interview a journal keeps, sealed under a key of its own, outside the chain.
import Foundation
import GRDB
import MeldboekSodium

extension Journal {
    /// What the sealed draft is bound to, so its bytes can't be passed off as anything else.
    private static let draftAssociatedData = Array("meldboek/v1/interview-draft".utf8)

    /// Keeps `draft` in the vault, sealed, replacing the draft kept before.
    ///
    /// The draft is not a record: it is not in the chain, and nothing of it is in the
    /// journal until the interview is finished and saved (``add(_:attachments:now:discardingDraft:)``).
    /// Its size is padded as a record's is.
    public func keepDraft(_ draft: InterviewDraft, now: Date = Date()) throws {
        try checkWritable()
        var draft = draft
        draft.keptAt = now
        var plain = Array(try RecordSealer.encoder.encode(draft))
        defer { wipe(&plain) }
        var padded = Padding.pad(plain, blockSize: RecordSealer.bucket(for: plain.count))
        defer { wipe(&padded) }
        let sealed = try Self.sealDraft(padded, key: keys.draft)
        do {
            try vault.database.write { db in
                // Made here rather than by a migration: a vault that never keeps a draft is never changed for it,
                // not even by a command that only opens it for writing and then refuses.
                try db.execute(sql: """
                    CREATE TABLE IF NOT EXISTS draft (id INTEGER PRIMARY KEY CHECK (id = 1), sealed BLOB NOT NULL);
                    INSERT OR REPLACE INTO draft (id, sealed) VALUES (1, ?);
                    """, arguments: [Data(sealed)])
            }
        } catch {
            throw VaultDatabase.translate(error, path: vault.folder.path)
        }
    }

    /// The draft kept earlier, or nil when there is none.
    ///
    /// - Throws: ``MeldboekError/draftUnreadable`` when it does not open or is of a later format.
    public func draft() throws -> InterviewDraft? {
        guard let sealed = try read(Self.sealedDraft) else { return nil }
        return try Self.openDraft(sealed, key: keys.draft)
    }

    /// Whether a draft is kept, whether or not it opens.
    public func hasDraft() throws -> Bool {
        try read { db in try db.tableExists("draft") && (try Bool.fetchOne(db, sql: "SELECT 1 FROM draft") ?? false) }
    }

    /// Throws ``MeldboekError/readOnly(path:)``, or why writes are refused (an older copy of the vault
    /// not yet accepted), before anything is asked that could only be kept by writing.
    public func checkWritable() throws {
        guard !vault.isReadOnly else { throw MeldboekError.readOnly(path: vault.folder.path) }
        if let refusesWrites { throw refusesWrites }
    }

    /// Throws the kept draft away, if there is one.
    public func discardDraft() throws {
        try checkWritable()
        do {
            try vault.database.write { db in try Self.deleteDraft(db) }
        } catch {
            throw VaultDatabase.translate(error, path: vault.folder.path)
        }
    }

    static func deleteDraft(_ db: Database) throws {
        // secure_delete zeroes the freed page.
        if try db.tableExists("draft") { try db.execute(sql: "DELETE FROM draft") }
    }

    /// Deletes the draft kept at `keptAt`; throws ``MeldboekError/draftChanged`` when the draft there now is
    /// another one or none (two `add --resume` at once, or a new draft kept meanwhile).
    func deleteDraft(_ db: Database, keptAt: Date?) throws {
        guard let sealed = try Self.sealedDraft(db),
              let now = try? Self.openDraft(sealed, key: keys.draft), now.keptAt == keptAt
        else { throw MeldboekError.draftChanged }
        try Self.deleteDraft(db)
    }

    /// Seals the draft again under `newKey`, for `rekey`; a draft that doesn't open is left as it is.
    static func resealDraft(_ db: Database, from oldKey: SymmetricKey, to newKey: SymmetricKey) throws {
        guard let sealed = try sealedDraft(db), var padded = try? unsealDraft(sealed, key: oldKey) else { return }
        defer { wipe(&padded) }
        let resealed = try sealDraft(padded, key: newKey)
        try db.execute(sql: "UPDATE draft SET sealed = ? WHERE id = 1", arguments: [Data(resealed)])
    }

    /// The kept draft's sealed bytes, or nil when none is kept.
    private static func sealedDraft(_ db: Database) throws -> Data? {
        guard try db.tableExists("draft") else { return nil }
        return try Data.fetchOne(db, sql: "SELECT sealed FROM draft WHERE id = 1")
    }

    /// Seals a draft's padded plaintext under `key`, bound to what it is.
    private static func sealDraft(_ padded: [UInt8], key: SymmetricKey) throws -> [UInt8] {
        try XChaCha20Poly1305.seal(padded, additionalData: draftAssociatedData, key: key)
    }

    /// The padded plaintext of a sealed draft: the one place a draft is decrypted, for reading and for `rekey`.
    ///
    /// - Throws: ``MeldboekError/draftUnreadable`` when it does not open under `key`.
    private static func unsealDraft(_ sealed: Data, key: SymmetricKey) throws -> [UInt8] {
        guard let padded = try? XChaCha20Poly1305.open(Array(sealed), additionalData: draftAssociatedData, key: key)
        else { throw MeldboekError.draftUnreadable }
        return padded
    }

    private static func openDraft(_ sealed: Data, key: SymmetricKey) throws -> InterviewDraft {
        var padded = try unsealDraft(sealed, key: key)
        defer { wipe(&padded) }
        guard let plain = try? Padding.unpad(padded, blockSize: max(1, padded.count)),
              let draft = try? RecordSealer.decoder.decode(InterviewDraft.self, from: Data(plain)),
              draft.format == InterviewDraft.formatVersion
        else { throw MeldboekError.draftUnreadable }
        return draft
    }
}
