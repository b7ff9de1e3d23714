// The key slots a second device joins with: the same vault key and owner's keys, in a vault of its own.
import Foundation
import GRDB
import MeldboekSodium

/// A vault's key slots as they stand in its database, to be carried to another device (a sync folder's
/// key file) and opened there with the same passphrase or recovery code.
///
/// Nothing in it opens without the passphrase or the code: the vault key is wrapped as in the vault row
/// (Argon2id, the same bounds), and the owner's keys and the kept code are sealed under the vault key.
/// So someone holding it learns what someone holding the vault file learns of the slots, and no more.
public struct VaultKeySlots: Codable, Sendable, Equatable {
    /// The passphrase slot: the vault row's format, role and key settings, wrapped key and sealed identity.
    public struct Passphrase: Codable, Sendable, Equatable {
        var format: Int
        var role: String
        var kdf: String
        var opsLimit: Int64
        var memLimit: Int64
        var salt: Data
        var wrappedKey: Data
        var identity: Data
    }

    /// The recovery slot, as in the `recovery` table.
    public struct Recovery: Codable, Sendable, Equatable {
        var kdf: String
        var opsLimit: Int64
        var memLimit: Int64
        var salt: Data
        var wrappedKey: Data
        var sealed: Data
    }

    public var passphrase: Passphrase
    public var recovery: Recovery?

    /// Whose vault the slots open.
    public var role: VaultRole? { VaultRole(rawValue: passphrase.role) }
    /// The format of the vault the slots come from.
    public var format: Int { passphrase.format }

    var header: VaultHeader {
        VaultHeader(
            format: passphrase.format, kdf: passphrase.kdf, opsLimit: passphrase.opsLimit, memLimit: passphrase.memLimit,
            salt: passphrase.salt, wrappedKey: passphrase.wrappedKey, head: Data(), role: passphrase.role,
            identity: passphrase.identity)
    }

    var recoverySlot: RecoverySlot? {
        recovery.map {
            RecoverySlot(
                kdf: $0.kdf, opsLimit: $0.opsLimit, memLimit: $0.memLimit, salt: $0.salt, wrappedKey: $0.wrappedKey,
                sealed: $0.sealed)
        }
    }

    /// Checks that `code` opens the recovery slot, before anything else is asked or made.
    /// - Throws: ``MeldboekError/noRecoveryCode``, ``MeldboekError/wrongRecoveryCode``, ``MeldboekError/keySlotsDamaged``.
    public func check(recoveryCode code: RecoveryCode) throws {
        try checkBounds()
        guard let slot = recoverySlot else { throw MeldboekError.noRecoveryCode }
        _ = try slot.unwrap(with: code, role: passphrase.role)
    }

    /// Throws ``MeldboekError/keySlotsDamaged`` unless every setting is one Meldboek writes, so a
    /// crafted file can't make it derive for hours or ask for terabytes.
    public func checkBounds() throws {
        let header = header
        guard header.kdf == Vault.kdfName, VaultHeader.opsLimitBounds.contains(header.opsLimit),
              VaultHeader.memLimitBounds.contains(header.memLimit), header.salt.count == Argon2id.saltByteCount,
              header.wrappedKey.count == VaultHeader.wrappedKeyByteCount, (1...Vault.formatVersion).contains(header.format),
              VaultRole(rawValue: header.role) != nil
        else { throw MeldboekError.keySlotsDamaged }
        if let slot = recoverySlot {
            do { try slot.checkBounds() } catch { throw MeldboekError.keySlotsDamaged }
        }
    }
}

extension Journal {
    /// The vault's key slots as they stand now (after `passwd` or `recovery create`, the new ones).
    public func keySlots() throws -> VaultKeySlots {
        try read { db in
            guard let header = try VaultHeader.fetchOne(db) else { throw MeldboekError.vaultDamaged(path: self.vault.folder.path) }
            let recovery = try RecoverySlot.fetch(db)
            return VaultKeySlots(
                passphrase: .init(
                    format: header.format, role: header.role, kdf: header.kdf, opsLimit: header.opsLimit,
                    memLimit: header.memLimit, salt: header.salt, wrappedKey: header.wrappedKey, identity: header.identity),
                recovery: recovery.map {
                    .init(kdf: $0.kdf, opsLimit: $0.opsLimit, memLimit: $0.memLimit, salt: $0.salt,
                          wrappedKey: $0.wrappedKey, sealed: $0.sealed)
                })
        }
    }

    /// A key no other purpose derives, for a layer above the journal that seals files of its own under
    /// the vault key (the sync folder): the same on every device that holds this vault key.
    ///
    /// `context` must be the layer's own, never one of the journal's (records, ledger-cache, ...).
    public func layerKey(_ context: String) throws -> SymmetricKey {
        try keys.vaultKey.derive(context: "layer:" + context)
    }
}

extension Vault {
    /// Creates a new vault in `folder` that holds the same vault key and owner's keys as the vault `slots`
    /// come from, unlocked with that vault's passphrase: a second device's copy, with a chain of its own.
    ///
    /// - Throws: ``MeldboekError/wrongPassphrase``, ``MeldboekError/keySlotsDamaged``, and what
    ///   ``create(at:passphrase:cost:role:recoveryCode:now:)`` throws about the folder.
    public static func join(at folder: URL, slots: VaultKeySlots, passphrase: SecureBytes) throws -> Journal {
        try slots.checkBounds()
        let header = slots.header
        let kek = try keyEncryptionKey(passphrase: passphrase, header: header)
        let vaultKey: SymmetricKey
        do {
            vaultKey = try SymmetricKey(try XChaCha20Poly1305.openSecret(
                Array(header.wrappedKey), additionalData: wrapAssociatedData(header), key: kek))
        } catch {
            throw MeldboekError.wrongPassphrase
        }
        return try create(at: folder, joining: slots, header: header, vaultKey: vaultKey)
    }

    /// As ``join(at:slots:passphrase:)``, opened with the recovery code; the new vault's passphrase is
    /// `newPassphrase` (stretched at `cost`), and the recovery code stays the same.
    ///
    /// - Throws: ``MeldboekError/noRecoveryCode``, ``MeldboekError/wrongRecoveryCode``, ``MeldboekError/keySlotsDamaged``.
    public static func join(
        at folder: URL, slots: VaultKeySlots, recoveryCode: RecoveryCode, newPassphrase: SecureBytes, cost: Argon2id.Cost
    ) throws -> Journal {
        try slots.checkBounds()
        guard let slot = slots.recoverySlot else { throw MeldboekError.noRecoveryCode }
        let vaultKey = try slot.unwrap(with: recoveryCode, role: slots.passphrase.role)
        var header = slots.header
        header.opsLimit = Int64(cost.opsLimit)
        header.memLimit = Int64(cost.memLimit)
        header.salt = Data(Random.bytes(count: Argon2id.saltByteCount))
        header.wrappedKey = try wrap(vaultKey, passphrase: newPassphrase, header: header)
        return try create(at: folder, joining: slots, header: header, vaultKey: vaultKey)
    }

    private static func create(at folder: URL, joining slots: VaultKeySlots, header: VaultHeader, vaultKey: SymmetricKey)
        throws -> Journal
    {
        let keys = try VaultKeys(vaultKey: vaultKey)
        // The owner's keys must open under this vault key: slots pieced together from two vaults don't.
        guard (try? VaultIdentity.open(header.identity, with: keys.records)) != nil else {
            throw MeldboekError.keySlotsDamaged
        }
        let path = try makeDatabaseFile(in: folder)
        do {
            let database = try VaultDatabase.open(path: path, create: true)
            var header = header
            header.head = try ChainHead.empty.sealed(with: keys.records)
            let instance = Data(Random.bytes(count: 16))
            try database.write { db in
                try header.insert(db)
                try slots.recoverySlot?.store(db)
                try db.execute(sql: """
                    CREATE TABLE instance (id INTEGER PRIMARY KEY CHECK (id = 1), value BLOB NOT NULL);
                    INSERT INTO instance (id, value) VALUES (1, ?);
                    """, arguments: [instance])
            }
            let vault = Vault(folder: folder, database: database, header: header)
            vault.instance = instance
            return Journal(vault: vault, keys: keys)
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw VaultDatabase.translate(error, path: folder.path)
        }
    }
}
