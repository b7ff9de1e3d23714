// A format-2 vault keeps no log until `upgrade`, which seeds its records and logs every position.
import Foundation
import GRDB
@testable import MeldboekCore
@testable import MeldboekEvidence
import MeldboekSodium
import MeldboekTestSupport
import Testing

@Suite struct UpgradeLogTests {
    /// A format-2 vault: revisions without seeds, one entry deleted, as a build before format 3 left it.
    static func format2Vault() throws -> (Journal, TemporaryFolder, [EntryID]) {
        let (journal, folder) = try TestVault.create()
        var ids: [EntryID] = []
        try journal.write { db in
            for title in ["Eerste", "Tweede", "Weg"] {
                let id = EntryID.generate(now: Date())
                ids.append(id)
                try journal.append(db, RevisionBody(
                    prev: Data(), entry: id, number: 1, recordedAt: Date(), fields: EntryFields(title: title), seed: nil))
            }
        }
        try journal.delete(ids[2].description)
        var header = journal.vault.header
        header.format = 2
        header.wrappedKey = try Vault.wrap(journal.keys.vaultKey, passphrase: TestVault.secret(), header: header)
        try journal.vault.database.write { db in
            try db.execute(sql: "UPDATE vault SET format = 2, wrappedKey = ? WHERE id = 1", arguments: [header.wrappedKey])
            try db.execute(sql: "DROP TABLE IF EXISTS evidence_log")
        }
        return (try Vault.open(at: journal.vault.folder).unlock(passphrase: TestVault.secret()), folder, ids)
    }

    @Test func aFormat2VaultKeepsNoLogUntilUpgradeThenEveryPositionIsLogged() throws {
        let (journal, folder, ids) = try Self.format2Vault()
        defer { folder.remove() }
        try CommitmentLog.register(on: journal)
        try journal.add(EntryFields(title: "Nog in indeling 2"))
        #expect(throws: EvidenceError.logNeedsUpgrade(format: 2)) { try EvidenceStore(journal: journal) }
        #expect(try journal.readState { try $0.db.tableExists("evidence_log") } == false)

        let (_, upgraded) = try journal.upgrade(passphrase: TestVault.secret())
        let store = try EvidenceStore(journal: upgraded)
        let rows = try upgraded.readState { try CommitmentLog.rows($0.db) }
        // 1–3 revisions (3 removed by the deletion at 4), 5 the revision added in format 2.
        #expect(rows.map(\.seq) == [1, 2, 3, 4, 5])
        #expect(try store.verify() == LogReport(leaves: 5, checkpoints: 0, problems: []))
        let entries = try upgraded.snapshot().entries
        #expect(entries.count == 3 && entries.allSatisfy { $0.revisions[0].seed?.count == 32 })
        #expect(!entries.contains { $0.id == ids[2] })
        let made = try store.makeCheckpoint()
        #expect(made.checkpoint.size == 5)
    }
}
