// When the journal was last backed up: one sealed time outside the chain, for a later check-up to read.
import Foundation
import GRDB
import MeldboekSodium

extension Journal {
    /// What the sealed time is bound to, so its bytes can't be passed off as anything else.
    private static let lastBackupAssociatedData = Array("meldboek/v1/last-backup".utf8)

    private var lastBackupKey: SymmetricKey {
        get throws { try keys.vaultKey.derive(context: "last-backup") }
    }

    /// Keeps `date` as the time of the last backup, sealed, replacing the one kept before.
    ///
    /// Not a record: it is not in the chain, and a backup does not change what the journal says.
    /// The table is made the first time, so a vault never backed up is never changed for it.
    /// - Throws: ``MeldboekError/readOnly(path:)`` or why writes are refused, or a storage error.
    public func recordBackup(at date: Date) throws {
        try checkWritable()
        var plain = Array(String(Int64(date.timeIntervalSince1970.rounded(.down))).utf8)
        defer { wipe(&plain) }
        let padded = Padding.pad(plain, blockSize: 32)
        let sealed = try XChaCha20Poly1305.seal(
            padded, additionalData: Self.lastBackupAssociatedData, key: try lastBackupKey)
        do {
            try vault.database.write { db in
                try db.execute(sql: """
                    CREATE TABLE IF NOT EXISTS lastBackup (id INTEGER PRIMARY KEY CHECK (id = 1), sealed BLOB NOT NULL);
                    INSERT OR REPLACE INTO lastBackup (id, sealed) VALUES (1, ?);
                    """, arguments: [Data(sealed)])
            }
        } catch {
            throw VaultDatabase.translate(error, path: vault.folder.path)
        }
    }

    /// The time of the last backup kept with ``recordBackup(at:)``, or nil when there is none or it does not open.
    public func lastBackup() throws -> Date? {
        guard let sealed = try read({ db -> Data? in
            guard try db.tableExists("lastBackup") else { return nil }
            return try Data.fetchOne(db, sql: "SELECT sealed FROM lastBackup WHERE id = 1")
        }) else { return nil }
        guard let padded = try? XChaCha20Poly1305.open(
                Array(sealed), additionalData: Self.lastBackupAssociatedData, key: try lastBackupKey),
              let plain = try? Padding.unpad(padded, blockSize: 32),
              let seconds = Int64(String(decoding: plain, as: UTF8.self))
        else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}
