// What a vault remembers about its sync folder: its own device, how far it wrote, how far it read each other.
import Foundation
import GRDB
import MeldboekCore
import MeldboekSodium

/// The vault's side of sync, sealed in the one row of the `sync` table (made by `sync init` or `sync join`).
///
/// Not a record: it belongs to this device, and the chain holds what the sync brought in as records.
struct SyncState: Codable, Equatable, Sendable {
    struct Progress: Codable, Equatable, Sendable {
        var count: Int64
        var hash: Data
        var name: String
    }

    var version = 1
    /// The sync folder, as an absolute path.
    var folder: String
    var device: DeviceID
    var name: String
    /// This device's chain in the folder: how many items, their hash, the generation of its files, and the
    /// position in this vault up to which its own records are in the folder.
    var count: Int64
    var hash: Data
    var generation: Int
    var exportedThrough: Int64
    /// How far every other device's chain has been taken in.
    var peers: [DeviceID: Progress]
    /// Every entry deleted on any device, so a copy of it that arrives late (written on a device that hadn't
    /// heard of the deletion) is never taken in again.
    var deleted: Set<EntryID>
    /// Whether every command that writes exchanges right after (`sync auto on`); nil (off) until set.
    var automatic: Bool?

    static let table = "sync"
    static let associatedData = Array("meldboek/v1/sync-state".utf8)

    static func key(_ journal: Journal) throws -> SymmetricKey { try journal.layerKey("sync-state") }

    /// The state kept in `db`, nil when the vault was never joined.
    /// - Throws: ``MeldboekError/cryptoFailure`` when the row doesn't open (damaged or altered).
    static func load(_ db: Database, key: SymmetricKey) throws -> SyncState? {
        guard try db.tableExists(table),
              let sealed = try Data.fetchOne(db, sql: "SELECT sealed FROM sync WHERE id = 1")
        else { return nil }
        guard let state = SyncFiles.open(
            SyncState.self, sealed, magic: [], additionalData: associatedData, key: key)
        else { throw MeldboekError.cryptoFailure }
        return state
    }

    func store(_ db: Database, key: SymmetricKey) throws {
        let sealed = try SyncFiles.seal(self, magic: [], additionalData: Self.associatedData, key: key)
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS sync (id INTEGER PRIMARY KEY CHECK (id = 1), sealed BLOB NOT NULL);
            INSERT OR REPLACE INTO sync (id, sealed) VALUES (1, ?);
            """, arguments: [sealed])
    }
}
