// A consistent copy of a vault's database while other processes write to it, and SQLite's own integrity check.
import Foundation
import GRDB

extension Vault {
    /// The name of the database file inside a vault folder, for code that copies or unpacks a vault.
    public static let databaseFileName = VaultDatabase.fileName

    /// Copies the database, as it stands at one moment, to a new file at `path` (mode 0600).
    ///
    /// SQLite's online backup copies every page inside one read transaction, so the copy is one
    /// committed state even while other processes add entries (the write-ahead log lets them go on);
    /// the live files are never copied byte by byte. The copy has no `-wal` or `-shm` beside it once
    /// this returns.
    /// - Throws: ``MeldboekError/fileExists(path:)`` when `path` exists; ``MeldboekError/diskFull``,
    ///   ``MeldboekError/io(path:reason:)`` or another storage error.
    public func snapshot(to path: String) throws {
        try NamedFile.checkAbsent(path)
        try PrivateFiles.createEmptyFile(atPath: path)
        do {
            var configuration = Configuration()
            configuration.label = "meldboek-snapshot"
            let copy = try DatabaseQueue(path: path, configuration: configuration)
            try database.backup(to: copy)
            // A vault's database is in write-ahead-log mode; closing the last connection folds the log
            // back into the file and removes it, so the copy stands alone.
            try copy.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
            try copy.close()
        } catch {
            throw VaultDatabase.translate(error, path: path)
        }
    }

    /// SQLite's `PRAGMA integrity_check` over the whole database: true when it finds nothing wrong.
    ///
    /// It checks the file's structure (pages, indexes, constraints), not the records' seals: that is
    /// ``Journal/verify(expecting:)``'s work.
    /// - Throws: A storage error when the database can't be read at all.
    public func passesIntegrityCheck() throws -> Bool {
        do {
            let results = try database.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
            return results == ["ok"]
        } catch {
            throw VaultDatabase.translate(error, path: folder.path)
        }
    }
}
