// The vault's SQLite file: schema, pragmas, and mapping SQLite failures to our errors.
import Foundation
import GRDB

/// The SQLite database inside a vault folder.
///
/// Three tables hold the journal: `vault` (one row: format, key-derivation parameters,
/// the wrapped vault key, the sealed chain head), `records` (every sealed record in
/// chain order) and `chunks` (sealed attachment chunks). Two more hold what can be
/// rebuilt or is not yet part of it: `ledgerCache`, and `draft` (an unfinished
/// interview, made the first time one is kept: see `Journal.keepDraft`). Nothing in them is readable without the vault key but the format
/// number, the KDF parameters, how many records and chunks there are, whether there
/// is a draft, and their padded sizes.
enum VaultDatabase {
    static let fileName = "meldboek.db"
    /// "MELD", so a stray SQLite file is not mistaken for a vault.
    static let applicationID: Int32 = 0x4D45_4C44

    /// Opens (or, with `create`, creates) the database at `path`.
    static func open(path: String, create: Bool, readOnly: Bool = false) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.busyMode = .timeout(30)
        configuration.label = "meldboek"
        configuration.prepareDatabase { db in
            // Freed pages are overwritten with zeros, so deleted entries don't linger in the file.
            try db.execute(sql: "PRAGMA secure_delete = ON")
            if !readOnly {
                try db.execute(sql: "PRAGMA synchronous = FULL")
            }
        }
        do {
            let queue = try DatabaseQueue(path: readOnly ? immutableURI(path) : path, configuration: configuration)
            if create {
                try queue.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA journal_mode = WAL")
                    try db.execute(sql: "PRAGMA application_id = \(applicationID)")
                }
                try migrator.migrate(queue)
            } else {
                let (appID, hasTables) = try queue.read { db in
                    (try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                     try requiredTables.allSatisfy { try db.tableExists($0) })
                }
                guard appID == applicationID, hasTables else {
                    throw MeldboekError.notAVault(path: path)
                }
                // A vault made by an earlier version gains the tables added since (a read-only
                // one can't, and does without them).
                if !readOnly, try !queue.read({ try migrator.hasCompletedMigrations($0) }) {
                    try migrator.migrate(queue)
                }
            }
            return queue
        } catch let error as DatabaseError {
            throw translate(error, path: path)
        }
    }

    /// A URI that opens the file as immutable: a write-ahead-log database on a
    /// read-only disk can't be opened otherwise, because SQLite can't create its
    /// shared-memory file there.
    static func immutableURI(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:" + (path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path) + "?immutable=1"
    }

    /// The schema grows only through named migrations; an old one is never edited.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE vault (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    format INTEGER NOT NULL,
                    kdf TEXT NOT NULL,
                    opsLimit INTEGER NOT NULL,
                    memLimit INTEGER NOT NULL,
                    salt BLOB NOT NULL,
                    wrappedKey BLOB NOT NULL,
                    head BLOB NOT NULL,
                    role TEXT NOT NULL,
                    identity BLOB NOT NULL
                );
                CREATE TABLE records (
                    seq INTEGER PRIMARY KEY,
                    id BLOB NOT NULL UNIQUE,
                    sealed BLOB NOT NULL
                );
                CREATE TABLE chunks (
                    stream BLOB NOT NULL,
                    n INTEGER NOT NULL,
                    sealed BLOB NOT NULL,
                    PRIMARY KEY (stream, n)
                ) WITHOUT ROWID;
                """)
        }
        // The sealed ledger cache: outlines (row 1) and search texts (row 2) up to a chain position.
        migrator.registerMigration("v2-ledger-cache") { db in
            try db.execute(sql: """
                CREATE TABLE ledgerCache (
                    id INTEGER PRIMARY KEY CHECK (id IN (1, 2)),
                    format INTEGER NOT NULL,
                    covers INTEGER NOT NULL,
                    sealed BLOB NOT NULL
                );
                """)
        }
        return migrator
    }

    /// Maps an SQLite failure to the error a user can act on.
    static func translate(_ error: Error, path: String) -> Error {
        guard let error = error as? DatabaseError else { return error }
        switch error.resultCode {
        case .SQLITE_READONLY, .SQLITE_PERM:
            return MeldboekError.readOnly(path: path)
        case .SQLITE_FULL:
            return MeldboekError.diskFull
        case .SQLITE_NOTADB:
            return MeldboekError.notAVault(path: path)
        case .SQLITE_CORRUPT:
            // SQLite read far enough to find its own structures broken.
            return MeldboekError.vaultDamaged(path: path)
        case .SQLITE_IOERR:
            // SQLite reports some writes that find no room (growing the write-ahead log or
            // its index) as I/O errors, not as a full database; the file system tells which.
            if hasNoRoom(path) { return MeldboekError.diskFull }
            return MeldboekError.io(path: path, reason: .inputOutput)
        default:
            return MeldboekError.storage(code: error.resultCode.primaryResultCode.rawValue)
        }
    }

    /// The first bytes of every SQLite database file.
    static let sqliteHeader = Array("SQLite format 3\0".utf8)
    /// The tables every vault has had since its first version: without one, it can't be read.
    static let requiredTables = ["vault", "records", "chunks"]
    /// The tables only a Meldboek vault has.
    static let vaultTables = ["vault", "records", "chunks", "ledgerCache", "recovery"]
    /// SQLite's smallest page: a database file is a whole number of pages, each a power of two of at least this.
    static let smallestPage = 512

    /// Whether `path`, a `meldboek.db` that did not open as a vault, was one: it carries Meldboek's application
    /// id, or is an SQLite database holding one of a vault's tables, or is no SQLite file at all but a whole
    /// number of SQLite pages long (a vault overwritten in place). A text file or another program's database
    /// named `meldboek.db` is not.
    /// - Parameter readOnly: Whether the file can only be read (then its write-ahead log can't be, either).
    static func isDamagedVault(path: String, readOnly: Bool) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        let start = (try? handle.read(upToCount: sqliteHeader.count)) ?? Data()
        let size = (try? handle.seekToEnd()) ?? 0
        try? handle.close()
        guard start.starts(with: sqliteHeader) else {
            return size >= smallestPage && size % UInt64(smallestPage) == 0
        }
        // Read through SQLite, not from the file's header: what a vault wrote may still be in its write-ahead log.
        var configuration = Configuration()
        configuration.readonly = true
        guard let queue = try? DatabaseQueue(path: readOnly ? immutableURI(path) : path, configuration: configuration)
        else { return true }
        defer { try? queue.close() }
        // A schema SQLite can't read is damage too: the header says it was a database.
        return (try? queue.read { db in
            try Int32.fetchOne(db, sql: "PRAGMA application_id") == applicationID
                || vaultTables.contains { try db.tableExists($0) }
        }) ?? true
    }

    /// Whether the file system holding `path` (or its folder) has less than 64 KiB left for us.
    static func hasNoRoom(_ path: String) -> Bool {
        var info = statvfs()
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard statvfs(path, &info) == 0 || statvfs(folder, &info) == 0 else { return false }
        return UInt64(info.f_bavail) * UInt64(info.f_frsize) < 64 * 1024
    }
}

/// The one row of the `vault` table.
struct VaultHeader: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "vault"
    var id: Int = 1
    var format: Int
    var kdf: String
    var opsLimit: Int64
    var memLimit: Int64
    var salt: Data
    var wrappedKey: Data
    var head: Data
    var role: String
    var identity: Data
}

/// One row of the `records` table.
struct StoredRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "records"
    var seq: Int64
    var id: Data
    var sealed: Data
}
