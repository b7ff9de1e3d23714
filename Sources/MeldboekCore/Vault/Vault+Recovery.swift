// The recovery slot: a second key slot that opens the vault with the recovery code, and the code kept sealed.
import Foundation
import GRDB
import MeldboekSodium

/// What the vault keeps about its recovery code, sealed beside the code.
public struct RecoveryState: Codable, Sendable, Equatable {
    /// When this code was made.
    public var createdAt: Date
    /// When `recovery test` last found the code typed right; nil when never.
    public var testedAt: Date?
    /// When `recover` last set a new passphrase with this code; nil when it has not.
    public var usedAt: Date?

    public init(createdAt: Date, testedAt: Date? = nil, usedAt: Date? = nil) {
        self.createdAt = createdAt
        self.testedAt = testedAt
        self.usedAt = usedAt
    }
}

/// The record a recovery leaves in the chain, so a passphrase reset with the code shows in the
/// journal itself and can't be taken out without breaking the chain.
struct RecoveryBody: RecordContent {
    static let kind = RecordKind.recovery
    var prev: Data
    var recoveredAt: Date
}

/// The one row of the `recovery` table: the vault key wrapped under a key stretched from the
/// recovery code, and the code itself with its state, sealed under a subkey of the vault key.
///
/// The table is made the first time a code is kept, not by a migration: a vault without one looks
/// exactly as it did, and an older Meldboek, which knows no such table, opens either with the passphrase.
struct RecoverySlot: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "recovery"
    var id: Int = 1
    var kdf: String
    var opsLimit: Int64
    var memLimit: Int64
    var salt: Data
    var wrappedKey: Data
    var sealed: Data

    /// What the sealed code is bound to.
    private static let sealedAssociatedData = Array("meldboek/v1/recovery-code".utf8)
    /// Sealed plaintexts are padded to this many bytes, so the size doesn't tell whether the code was tested or used.
    private static let sealedBlockSize = 256

    static func createTable(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS recovery (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                kdf TEXT NOT NULL,
                opsLimit INTEGER NOT NULL,
                memLimit INTEGER NOT NULL,
                salt BLOB NOT NULL,
                wrappedKey BLOB NOT NULL,
                sealed BLOB NOT NULL
            )
            """)
    }

    /// The slot, or nil when the vault has none.
    static func fetch(_ db: Database) throws -> RecoverySlot? {
        guard try db.tableExists(databaseTableName) else { return nil }
        return try RecoverySlot.fetchOne(db, sql: "SELECT * FROM recovery WHERE id = 1")
    }

    /// A new slot for `code`, wrapping `vaultKey` and sealing the code and `state` under `sealKey`.
    ///
    /// The code is stretched with Argon2id at `cost` although it holds 128 random bits, so the slot
    /// costs an attacker as much per guess as the passphrase's does.
    static func make(
        code: RecoveryCode, state: RecoveryState, vaultKey: SymmetricKey, sealKey: SymmetricKey, cost: Argon2id.Cost,
        role: String
    ) throws -> RecoverySlot {
        var slot = RecoverySlot(
            kdf: Vault.kdfName, opsLimit: Int64(cost.opsLimit), memLimit: Int64(cost.memLimit),
            salt: Data(Random.bytes(count: Argon2id.saltByteCount)), wrappedKey: Data(), sealed: Data())
        let kek = try slot.keyEncryptionKey(code)
        slot.wrappedKey = Data(try vaultKey.withUnsafeBytes { bytes in
            try XChaCha20Poly1305.seal(
                secret: try SecureBytes(copying: bytes), additionalData: slot.wrapAssociatedData(role: role), key: kek)
        })
        slot.sealed = try seal(code: code, state: state, key: sealKey)
        return slot
    }

    /// The slot's key-encryption key's associated data binds the role and every KDF setting, as the
    /// passphrase slot's does (the format number stays out: `upgrade` leaves this slot as it is).
    func wrapAssociatedData(role: String) -> [UInt8] {
        Array("meldboek/v1/recovery-key\0\(role)\0\(kdf)\0\(opsLimit)\0\(memLimit)\0".utf8) + Array(salt)
    }

    /// Throws ``MeldboekError/recoverySlotDamaged`` unless the settings are ones Meldboek writes
    /// (the passphrase slot's bounds), so a damaged slot can't make it derive for hours.
    func checkBounds() throws {
        guard kdf == Vault.kdfName, VaultHeader.opsLimitBounds.contains(opsLimit),
              VaultHeader.memLimitBounds.contains(memLimit), salt.count == Argon2id.saltByteCount,
              wrappedKey.count == VaultHeader.wrappedKeyByteCount
        else { throw MeldboekError.recoverySlotDamaged }
    }

    private func keyEncryptionKey(_ code: RecoveryCode) throws -> SymmetricKey {
        do {
            return try Argon2id.deriveKey(
                passphrase: code.entropy, salt: Array(salt),
                cost: Argon2id.Cost(opsLimit: UInt64(opsLimit), memLimit: UInt64(memLimit)))
        } catch {
            throw MeldboekError.cryptoFailure
        }
    }

    /// The vault key, unwrapped with `code`.
    /// - Throws: ``MeldboekError/wrongRecoveryCode``, ``MeldboekError/recoverySlotDamaged``.
    func unwrap(with code: RecoveryCode, role: String) throws -> SymmetricKey {
        try checkBounds()
        let kek = try keyEncryptionKey(code)
        do {
            return try SymmetricKey(try XChaCha20Poly1305.openSecret(
                Array(wrappedKey), additionalData: wrapAssociatedData(role: role), key: kek))
        } catch {
            throw MeldboekError.wrongRecoveryCode
        }
    }

    /// The code and its state.
    /// - Throws: ``MeldboekError/recoverySlotDamaged`` when they don't open.
    func open(key: SymmetricKey) throws -> (code: RecoveryCode, state: RecoveryState) {
        guard let padded = try? XChaCha20Poly1305.openSecret(
            Array(sealed), additionalData: Self.sealedAssociatedData, key: key)
        else { throw MeldboekError.recoverySlotDamaged }
        return try padded.withUnsafeBytes { bytes in
            guard bytes.count == Self.sealedBlockSize, var plain = try? Padding.unpad(Array(bytes), blockSize: bytes.count)
            else { throw MeldboekError.recoverySlotDamaged }
            defer { wipe(&plain) }
            guard plain.count > RecoveryCode.entropyByteCount,
                  let state = try? RecordSealer.decoder.decode(
                    RecoveryState.self, from: Data(plain[RecoveryCode.entropyByteCount...]))
            else { throw MeldboekError.recoverySlotDamaged }
            return (RecoveryCode(entropy: try SecureBytes(copying: plain.prefix(RecoveryCode.entropyByteCount))), state)
        }
    }

    /// `entropy ‖ JSON state`, padded and sealed.
    static func seal(code: RecoveryCode, state: RecoveryState, key: SymmetricKey) throws -> Data {
        var plain = code.entropy.withUnsafeBytes { Array($0) } + Array(try RecordSealer.encoder.encode(state))
        defer { wipe(&plain) }
        var padded = Padding.pad(plain, blockSize: sealedBlockSize)
        defer { wipe(&padded) }
        return Data(try XChaCha20Poly1305.seal(padded, additionalData: sealedAssociatedData, key: key))
    }

    func store(_ db: Database) throws {
        try Self.createTable(db)
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO recovery (id, kdf, opsLimit, memLimit, salt, wrappedKey, sealed)
                VALUES (1, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [kdf, opsLimit, memLimit, salt, wrappedKey, sealed])
    }
}

extension Vault {
    /// Whether the vault has a recovery code (a second key slot).
    public var hasRecoveryCode: Bool {
        (try? database.read { db in try RecoverySlot.fetch(db) != nil }) ?? false
    }

    /// Unlocks the vault with its recovery code instead of the passphrase.
    ///
    /// - Throws: ``MeldboekError/noRecoveryCode``, ``MeldboekError/wrongRecoveryCode``,
    ///   ``MeldboekError/recoverySlotDamaged``.
    public func unlock(recoveryCode: RecoveryCode) throws -> Journal {
        let slot: RecoverySlot?
        do {
            slot = try database.read { db in try RecoverySlot.fetch(db) }
        } catch {
            throw VaultDatabase.translate(error, path: folder.path)
        }
        guard let slot else { throw MeldboekError.noRecoveryCode }
        let vaultKey = try slot.unwrap(with: recoveryCode, role: header.role)
        let keys = try VaultKeys(vaultKey: vaultKey)
        // A slot copied in from another vault unwraps that vault's key with that vault's code: the key must open
        // what this vault sealed (its owner's keys, or its chain head if those are damaged) to be this vault's.
        guard (try? VaultIdentity.open(header.identity, with: keys.records)) != nil
                || (try? ChainHead.open(header.head, with: keys.records)) != nil
        else { throw MeldboekError.recoverySlotDamaged }
        return Journal(vault: self, keys: keys)
    }
}

extension Journal {
    /// The vault's recovery code, for what needs it without asking (a backup's passphrase); nil when it has none.
    ///
    /// Whoever can unlock the vault can read it: see Docs/threat-model.md.
    /// - Throws: ``MeldboekError/recoverySlotDamaged`` when the kept code does not open.
    public func recoveryCode() throws -> RecoveryCode? {
        try recoverySlot()?.code
    }

    /// When the recovery code was made, last tested and last used; nil when the vault has none.
    public func recoveryState() throws -> RecoveryState? {
        try recoverySlot()?.state
    }

    private func recoverySlot() throws -> (code: RecoveryCode, state: RecoveryState)? {
        guard let slot = try read({ db in try RecoverySlot.fetch(db) }) else { return nil }
        return try slot.open(key: keys.recoveryCode)
    }

    /// When the recovery code was made, last tested and last used, once the kept code is found to unwrap the
    /// slot to this vault's key: what `verify` and `doctor` report. Nil when the vault has none.
    ///
    /// ``recoveryState()`` opens only the kept copy; a slot whose wrapped key, salt or cost was changed would still
    /// pass that, and fail only the day the code is needed. This stretches the kept code once, at the slot's cost.
    /// - Throws: ``MeldboekError/recoverySlotDamaged`` when the kept code does not open, the slot's settings are
    ///   out of bounds, or the slot does not unwrap to this vault's key with the kept code.
    public func checkedRecoveryState() throws -> RecoveryState? {
        guard let slot = try read({ db in try RecoverySlot.fetch(db) }) else { return nil }
        let (code, state) = try slot.open(key: keys.recoveryCode)
        let unwrapped: SymmetricKey
        do {
            unwrapped = try slot.unwrap(with: code, role: vault.header.role)
        } catch MeldboekError.wrongRecoveryCode {
            throw MeldboekError.recoverySlotDamaged
        }
        guard unwrapped.isEqual(to: keys.vaultKey) else { throw MeldboekError.recoverySlotDamaged }
        return state
    }

    /// Makes `code` the vault's recovery code, replacing any before it, which stops opening the vault, and then
    /// runs `handOver`, which shows the code or writes it out.
    ///
    /// The code is in the vault before anyone is told to keep it: a code written down for a write that then
    /// failed (a full disk) would open nothing. When `handOver` throws, the slot before (or none) is put back,
    /// so the code the melder already has goes on opening the vault. Stretched at the passphrase's cost.
    /// Not a record: the chain does not change.
    public func replaceRecoveryCode(with code: RecoveryCode, now: Date = Date(), handOver: () throws -> Void = {})
        throws
    {
        try checkWritable()
        let slot = try RecoverySlot.make(
            code: code, state: RecoveryState(createdAt: now), vaultKey: keys.vaultKey, sealKey: keys.recoveryCode,
            cost: vault.cost, role: vault.header.role)
        let previous: RecoverySlot?
        do {
            previous = try vault.database.write { db in
                let previous = try RecoverySlot.fetch(db)
                try slot.store(db)
                return previous
            }
        } catch {
            throw VaultDatabase.translate(error, path: vault.folder.path)
        }
        do {
            try handOver()
        } catch {
            // Should even this write fail, the new code stays unseen: `recovery create` again replaces it.
            try? vault.database.write { db in
                if let previous { try previous.store(db) } else { try db.execute(sql: "DELETE FROM recovery") }
            }
            throw error
        }
        // The old slot's bytes are in freed pages (zeroed by secure_delete) and the write-ahead log until then.
        try? vault.database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    }

    /// Keeps `now` as the last time the recovery code was typed right (`recovery test`), for the check-up.
    ///
    /// A vault that can't be written to keeps nothing, and says nothing: the test itself passed.
    public func noteRecoveryCodeTested(now: Date = Date()) throws {
        guard !vault.isReadOnly, refusesWrites == nil else { return }
        try updateRecoveryState { $0.testedAt = now }
    }

    private func updateRecoveryState(_ change: (inout RecoveryState) -> Void) throws {
        do {
            try vault.database.write { db in
                guard var slot = try RecoverySlot.fetch(db) else { throw MeldboekError.noRecoveryCode }
                let opened = try slot.open(key: self.keys.recoveryCode)
                var state = opened.state
                change(&state)
                slot.sealed = try RecoverySlot.seal(code: opened.code, state: state, key: self.keys.recoveryCode)
                try slot.store(db)
            }
        } catch {
            throw VaultDatabase.translate(error, path: vault.folder.path)
        }
    }

    /// Sets a new passphrase on a journal unlocked with its recovery code, and leaves a record in the
    /// chain that the code was used, in one transaction.
    ///
    /// The recovery code stays as it was; the record shows in `verify`, and every open says when the
    /// code was used until a new one is made (``replaceRecoveryCode(with:now:)``).
    public func recover(newPassphrase: SecureBytes, cost: Argon2id.Cost? = nil, now: Date = Date()) throws {
        let cost = cost ?? vault.cost
        var header = vault.header
        header.opsLimit = Int64(cost.opsLimit)
        header.memLimit = Int64(cost.memLimit)
        header.salt = Data(Random.bytes(count: Argon2id.saltByteCount))
        header.wrappedKey = try Vault.wrap(keys.vaultKey, passphrase: newPassphrase, header: header)
        try write { db in
            try self.append(db, RecoveryBody(prev: Data(), recoveredAt: now))
            try db.execute(
                sql: "UPDATE vault SET opsLimit = ?, memLimit = ?, salt = ?, wrappedKey = ? WHERE id = 1",
                arguments: [header.opsLimit, header.memLimit, header.salt, header.wrappedKey])
            // The chain record is the trace of the use; a kept copy of the code that no longer opens must not
            // stop the one moment the code is needed (verify and doctor report the slot).
            if var slot = try RecoverySlot.fetch(db), let opened = try? slot.open(key: self.keys.recoveryCode) {
                var state = opened.state
                state.usedAt = now
                slot.sealed = try RecoverySlot.seal(code: opened.code, state: state, key: self.keys.recoveryCode)
                try slot.store(db)
            }
        }
        try? vault.database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    }

    /// What `rekey` wraps again under the new vault key: the kept code, its state and the slot's cost.
    struct KeptRecovery {
        var code: RecoveryCode
        var state: RecoveryState
        var cost: Argon2id.Cost
    }

    /// For `rekey`, before anything is rewritten: the kept code, to be wrapped under the new key; nil when the
    /// vault has none.
    ///
    /// The slot is wrapped anew from the kept copy, so a copy that no longer opens would leave the melder's code
    /// opening nothing, without a word: refused instead (`recovery create` makes a new code first).
    /// - Throws: ``MeldboekError/recoverySlotDamaged`` when the slot's settings are out of bounds or the kept code
    ///   does not open.
    static func keptRecovery(_ db: Database, key: VaultKeys) throws -> KeptRecovery? {
        guard let slot = try RecoverySlot.fetch(db) else { return nil }
        try slot.checkBounds()
        let opened = try slot.open(key: key.recoveryCode)
        return KeptRecovery(
            code: opened.code, state: opened.state,
            cost: Argon2id.Cost(opsLimit: UInt64(slot.opsLimit), memLimit: UInt64(slot.memLimit)))
    }

    /// For `rekey`: the slot wraps the new vault key and the code is sealed under the new key's subkey.
    static func resealRecovery(_ db: Database, _ kept: KeptRecovery, to new: VaultKeys, role: String) throws {
        try RecoverySlot.make(
            code: kept.code, state: kept.state, vaultKey: new.vaultKey, sealKey: new.recoveryCode, cost: kept.cost,
            role: role
        ).store(db)
    }
}
