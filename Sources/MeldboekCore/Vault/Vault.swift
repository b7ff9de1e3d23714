// A vault: one private folder holding the journal's database, opened with a passphrase.
import Foundation
import GRDB
import MeldboekSodium

/// How hard the passphrase is stretched: libsodium's Argon2id presets.
public enum KDFStrength: String, CaseIterable, Sendable {
    case interactive
    case moderate
    case sensitive

    public var cost: Argon2id.Cost {
        switch self {
        case .interactive: .interactive
        case .moderate: .moderate
        case .sensitive: .sensitive
        }
    }
}

/// A Meldboek vault on disk, not yet unlocked.
///
/// The passphrase is stretched with Argon2id into a key-encryption key, which
/// unwraps the random vault key; changing the passphrase re-wraps that key and
/// re-encrypts nothing else.
public final class Vault: @unchecked Sendable {
    /// The vault format new vaults get, and the highest this build reads and writes.
    ///
    /// 3 gives every revision and attachment a random seed for its field commitments, and
    /// the vault's database a commitment log (kept by the evidence layer); 2 binds each
    /// record's position into its associated data and seals the number of removed records
    /// in the head. 1 (0.1.0) and 2 are still read and written, and `meldboek upgrade`
    /// brings them to 3 (``Journal/upgrade(passphrase:progress:)``).
    public static let formatVersion = 3
    static let kdfName = "argon2id13"

    public let folder: URL
    let database: DatabaseQueue
    let header: VaultHeader
    /// Whether the vault can only be read (a read-only disk or folder).
    public let isReadOnly: Bool
    /// 16 random bytes a vault made by ``join(at:slots:passphrase:)`` keeps in its `instance` table, so two
    /// vaults of one journal (its devices) keep their last head seen apart (``SeenHeads``); nil for the first.
    public internal(set) var instance: Data?
    /// The modes ``open(at:)`` took back to owner-only (see ``VaultPermissions``), for the caller to report.
    public internal(set) var permissionRepairs: [VaultPermissions.Repair] = []

    var databasePath: String { folder.appendingPathComponent(VaultDatabase.fileName).path }

    init(folder: URL, database: DatabaseQueue, header: VaultHeader, isReadOnly: Bool = false) {
        self.folder = folder
        self.database = database
        self.header = header
        self.isReadOnly = isReadOnly
    }

    /// Creates a new vault in `folder` (made 0700 if missing) and returns it unlocked.
    ///
    /// - Parameter recoveryCode: When given, a second key slot opens the vault with it, made in the same
    ///   transaction (``unlock(recoveryCode:)``).
    /// - Throws: ``MeldboekError/vaultExists(path:)`` when a vault is already there.
    public static func create(
        at folder: URL, passphrase: SecureBytes, cost: Argon2id.Cost, role: VaultRole = .melder,
        recoveryCode: RecoveryCode? = nil, now: Date = Date()
    ) throws -> Journal {
        let path = try makeDatabaseFile(in: folder)
        do {
            let database = try VaultDatabase.open(path: path, create: true)
            let vaultKey = try SymmetricKey.random()
            let salt = Random.bytes(count: Argon2id.saltByteCount)
            var header = VaultHeader(
                format: formatVersion, kdf: kdfName, opsLimit: Int64(cost.opsLimit), memLimit: Int64(cost.memLimit),
                salt: Data(salt), wrappedKey: Data(), head: Data(), role: role.rawValue, identity: Data())
            header.wrappedKey = try wrap(vaultKey, passphrase: passphrase, header: header)
            let keys = try VaultKeys(vaultKey: vaultKey)
            header.head = try ChainHead.empty.sealed(with: keys.records)
            header.identity = try VaultIdentity.generate().sealed(with: keys.records)
            let slot = try recoveryCode.map { code in
                try RecoverySlot.make(
                    code: code, state: RecoveryState(createdAt: now), vaultKey: vaultKey, sealKey: keys.recoveryCode,
                    cost: cost, role: role.rawValue)
            }
            try database.write { db in
                try header.insert(db)
                try slot?.store(db)
            }
            let vault = Vault(folder: folder, database: database, header: header, isReadOnly: false)
            return Journal(vault: vault, keys: keys)
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw VaultDatabase.translate(error, path: folder.path)
        }
    }

    /// Makes `folder` (0700) and an empty `meldboek.db` (0600) in it for a new vault, and returns the file's path.
    /// - Throws: ``MeldboekError/vaultExists(path:)``, ``MeldboekError/folderNotEmpty(path:)``, or why the
    ///   folder or file can't be made.
    static func makeDatabaseFile(in folder: URL) throws -> String {
        let path = folder.appendingPathComponent(VaultDatabase.fileName).path
        if FileManager.default.fileExists(atPath: path) {
            throw MeldboekError.vaultExists(path: folder.path)
        }
        // A vault gets a folder of its own: making ~/Documents one would lock it down to 0700.
        if let contents = try? FileManager.default.contentsOfDirectory(atPath: folder.path), !contents.isEmpty {
            throw MeldboekError.folderNotEmpty(path: folder.path)
        }
        try PrivateFiles.makeFolder(folder)
        try PrivateFiles.createEmptyFile(atPath: path)
        return path
    }

    /// Opens the vault in `folder` without unlocking it.
    ///
    /// - Throws: ``MeldboekError/vaultMissing(path:)``, ``MeldboekError/notAVault(path:)`` (no `meldboek.db`, or
    ///   one that never was a vault), ``MeldboekError/vaultDamaged(path:)`` (one that was, no longer readable as
    ///   one), ``MeldboekError/newerFormat(found:supported:)``.
    public static func open(at folder: URL) throws -> Vault {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) else {
            throw MeldboekError.vaultMissing(path: folder.path)
        }
        let path = folder.appendingPathComponent(VaultDatabase.fileName).path
        guard isFolder.boolValue, FileManager.default.fileExists(atPath: path) else {
            throw MeldboekError.notAVault(path: folder.path)
        }
        let repairs = try VaultPermissions.enforce(folder: folder)
        let readOnly = access(path, W_OK) != 0 || access(folder.path, W_OK) != 0
        do {
            let database = try VaultDatabase.open(path: path, create: false, readOnly: readOnly)
            guard let header = try database.read({ try VaultHeader.fetchOne($0) }) else {
                throw MeldboekError.notAVault(path: folder.path)
            }
            guard header.format <= formatVersion else {
                throw MeldboekError.newerFormat(found: header.format, supported: formatVersion)
            }
            try header.checkBounds(folder: folder)
            guard header.kdf == kdfName, header.salt.count == Argon2id.saltByteCount, VaultRole(rawValue: header.role) != nil
            else {
                throw MeldboekError.notAVault(path: folder.path)
            }
            let vault = Vault(folder: folder, database: database, header: header, isReadOnly: readOnly)
            vault.permissionRepairs = repairs
            vault.instance = try database.read { db -> Data? in
                guard try db.tableExists("instance") else { return nil }
                return try Data.fetchOne(db, sql: "SELECT value FROM instance WHERE id = 1")
            }
            return vault
        } catch let error as MeldboekError {
            switch error {
            case .notAVault, .vaultDamaged:
                // A vault whose tables went missing and a stray file are both "not a vault" to SQLite; only the
                // first can be restored from a backup, so the file itself tells which it is.
                throw VaultDatabase.isDamagedVault(path: path, readOnly: readOnly)
                    ? MeldboekError.vaultDamaged(path: folder.path) : MeldboekError.notAVault(path: folder.path)
            default:
                throw error
            }
        } catch {
            throw VaultDatabase.translate(error, path: folder.path)
        }
    }

    /// Whose vault this is.
    public var role: VaultRole { VaultRole(rawValue: header.role) ?? .melder }

    /// The format the vault was written in (1, 2 or 3).
    public var format: Int { header.format }

    /// The format of the vault's records, which follows the vault's.
    var recordFormat: RecordFormat { header.format >= 2 ? .v2 : .v1 }

    /// The Argon2id cost this vault's passphrase is stretched with.
    public var cost: Argon2id.Cost {
        Argon2id.Cost(opsLimit: UInt64(header.opsLimit), memLimit: UInt64(header.memLimit))
    }

    /// Unlocks the vault with its passphrase.
    ///
    /// - Throws: ``MeldboekError/wrongPassphrase`` when it does not open the vault key.
    public func unlock(passphrase: SecureBytes) throws -> Journal {
        let kek = try Self.keyEncryptionKey(passphrase: passphrase, header: header)
        let vaultKey: SymmetricKey
        do {
            let secret = try XChaCha20Poly1305.openSecret(
                Array(header.wrappedKey), additionalData: Self.wrapAssociatedData(header), key: kek)
            vaultKey = try SymmetricKey(secret)
        } catch {
            throw MeldboekError.wrongPassphrase
        }
        return Journal(vault: self, keys: try VaultKeys(vaultKey: vaultKey))
    }

    /// Re-wraps the vault key under a new passphrase (and cost); no record is re-encrypted.
    func rewrap(vaultKey: SymmetricKey, newPassphrase: SecureBytes, cost: Argon2id.Cost) throws {
        guard !isReadOnly else { throw MeldboekError.readOnly(path: folder.path) }
        var header = self.header
        header.opsLimit = Int64(cost.opsLimit)
        header.memLimit = Int64(cost.memLimit)
        header.salt = Data(Random.bytes(count: Argon2id.saltByteCount))
        header.wrappedKey = try Self.wrap(vaultKey, passphrase: newPassphrase, header: header)
        do {
            try database.write { db in
                try db.execute(
                    sql: "UPDATE vault SET opsLimit = ?, memLimit = ?, salt = ?, wrappedKey = ? WHERE id = 1",
                    arguments: [header.opsLimit, header.memLimit, header.salt, header.wrappedKey])
            }
        } catch {
            throw VaultDatabase.translate(error, path: folder.path)
        }
    }

    /// The vault key's associated data binds it to the format and KDF parameters.
    static func wrapAssociatedData(_ header: VaultHeader) -> [UInt8] {
        Array(("meldboek/v1/vault-key\0\(header.format)\0\(header.role)\0\(header.kdf)\0\(header.opsLimit)\0"
               + "\(header.memLimit)\0").utf8) + Array(header.salt)
    }

    static func keyEncryptionKey(passphrase: SecureBytes, header: VaultHeader) throws -> SymmetricKey {
        do {
            return try Argon2id.deriveKey(
                passphrase: passphrase, salt: Array(header.salt),
                cost: Argon2id.Cost(opsLimit: UInt64(header.opsLimit), memLimit: UInt64(header.memLimit)))
        } catch {
            throw MeldboekError.cryptoFailure
        }
    }

    static func wrap(_ vaultKey: SymmetricKey, passphrase: SecureBytes, header: VaultHeader) throws -> Data {
        let kek = try keyEncryptionKey(passphrase: passphrase, header: header)
        let wrapped = try vaultKey.withUnsafeBytes { bytes in
            try XChaCha20Poly1305.seal(
                secret: try SecureBytes(copying: bytes), additionalData: wrapAssociatedData(header), key: kek)
        }
        return Data(wrapped)
    }
}

/// The keys an unlocked vault works with, each derived from the vault key for one purpose.
struct VaultKeys: Sendable {
    let vaultKey: SymmetricKey
    let records: SymmetricKey
    /// Seals the ledger cache, so it can never be mistaken for a record.
    let ledgerCache: SymmetricKey
    /// Names and seals the file outside the vault that keeps the last head seen (``SeenHeads``).
    let seenHead: SymmetricKey
    /// Seals an unfinished interview (``InterviewDraft``).
    let draft: SymmetricKey
    /// Seals the recovery code kept in the vault (``RecoverySlot``).
    let recoveryCode: SymmetricKey

    init(vaultKey: SymmetricKey) throws {
        self.vaultKey = vaultKey
        self.records = try vaultKey.derive(context: "records")
        self.ledgerCache = try vaultKey.derive(context: "ledger-cache")
        self.seenHead = try vaultKey.derive(context: "seen-head")
        self.draft = try vaultKey.derive(context: "interview-draft")
        self.recoveryCode = try vaultKey.derive(context: "recovery-code")
    }

    /// The key of one attachment's chunk stream.
    func attachment(stream: Data) throws -> SymmetricKey {
        try vaultKey.derive(context: "attachment", id: Array(stream))
    }
}
