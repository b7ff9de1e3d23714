// Tampering with the vault file: verify names what was altered, moved, removed or inserted.
import Foundation
import GRDB
import MeldboekCore
import MeldboekTestSupport
import Testing

@Suite struct ChainTests {
    /// A vault with three entries (four records), and direct access to its database.
    func makeVault() throws -> (Journal, TemporaryFolder, DatabaseQueue, [EntryID]) {
        let (journal, folder) = try TestVault.create()
        var ids: [EntryID] = []
        for title in ["een", "twee", "drie"] {
            ids.append(try journal.add(EntryFields(title: title)).id)
        }
        try journal.amend(ids[0].description) { $0.narrative = "aangevuld" }
        let database = try DatabaseQueue(path: journal.vault.folder.appendingPathComponent("meldboek.db").path)
        return (journal, folder, database, ids)
    }

    func reopen(_ journal: Journal) throws -> Journal {
        try Vault.open(at: journal.vault.folder).unlock(passphrase: TestVault.secret())
    }

    @Test func intactVaultVerifies() throws {
        let (journal, folder, _, _) = try makeVault()
        defer { folder.remove() }
        let report = try journal.verify()
        #expect(report.isIntact)
        #expect(report.records == 4)
        #expect(report.entries == 3)
    }

    @Test func alteredRecordIsNamedAndOthersStayReadable() throws {
        let (journal, folder, database, ids) = try makeVault()
        defer { folder.remove() }
        try database.write { db in
            var sealed = try Data.fetchOne(db, sql: "SELECT sealed FROM records WHERE seq = 2")!
            sealed[sealed.count / 2] ^= 0x01
            try db.execute(sql: "UPDATE records SET sealed = ? WHERE seq = 2", arguments: [sealed])
        }
        let reopened = try reopen(journal)
        let report = try reopened.verify()
        #expect(report.problems.count == 1)
        guard case .altered(let seq, _) = report.problems.first else {
            Issue.record("expected an altered record, got \(report.problems)")
            return
        }
        #expect(seq == 2)
        let snapshot = try reopened.snapshot()
        #expect(snapshot.unreadable == [2])
        #expect(Set(snapshot.entries.map(\.id)) == [ids[0], ids[2]])
    }

    @Test func removedRecordIsNamed() throws {
        let (journal, folder, database, _) = try makeVault()
        defer { folder.remove() }
        try database.write { try $0.execute(sql: "DELETE FROM records WHERE seq = 2") }
        #expect(try reopen(journal).verify().problems == [.missing(seq: 2)])
    }

    @Test func removedLastRecordIsNamed() throws {
        let (journal, folder, database, _) = try makeVault()
        defer { folder.remove() }
        try database.write { try $0.execute(sql: "DELETE FROM records WHERE seq = 4") }
        #expect(try reopen(journal).verify().problems == [.missing(seq: 4)])
    }

    @Test func reorderedRecordsAreNamed() throws {
        let (journal, folder, database, _) = try makeVault()
        defer { folder.remove() }
        try database.write { db in
            try db.execute(sql: "UPDATE records SET seq = 100 WHERE seq = 2")
            try db.execute(sql: "UPDATE records SET seq = 2 WHERE seq = 3")
            try db.execute(sql: "UPDATE records SET seq = 3 WHERE seq = 100")
        }
        // Each record's position is in its associated data: moved, neither opens.
        let problems = try reopen(journal).verify().problems
        let positions = problems.compactMap { problem -> Int64? in
            if case .altered(let seq, _) = problem { return seq }
            return nil
        }
        #expect(positions == [2, 3], "\(problems)")
    }

    @Test func recordCopiedToTheEndIsNamed() throws {
        let (journal, folder, database, _) = try makeVault()
        defer { folder.remove() }
        try database.write { db in
            try db.execute(sql: "INSERT INTO records (seq, id, sealed) SELECT 5, randomblob(16), sealed FROM records WHERE seq = 1")
        }
        let problems = try reopen(journal).verify().problems
        #expect(problems == [.outsideChain(seq: 5, head: 4)], "\(problems)")
    }

    @Test func deletedRecordPutBackIsNamed() throws {
        let (journal, folder, database, ids) = try makeVault()
        defer { folder.remove() }
        let saved = try database.read { try Row.fetchOne($0, sql: "SELECT seq, id, sealed FROM records WHERE seq = 3")! }
        try journal.delete(ids[2].description)
        #expect(try journal.verify().isIntact)
        try database.write { db in
            try db.execute(sql: "INSERT INTO records (seq, id, sealed) VALUES (?, ?, ?)",
                           arguments: [saved["seq"] as Int64, saved["id"] as Data, saved["sealed"] as Data])
        }
        #expect(try reopen(journal).verify().problems == [.reappeared(seq: 3)])
    }

    @Test func alteredAttachmentChunkIsNamed() throws {
        let (journal, folder, database, ids) = try makeVault()
        defer { folder.remove() }
        let file = folder.appending("foto.jpg")
        try Data(repeating: 7, count: 100_000).write(to: file)
        try journal.attach([file], to: ids[1].description)
        try database.write { db in
            var sealed = try Data.fetchOne(db, sql: "SELECT sealed FROM chunks WHERE n = 1")!
            sealed[40] ^= 0x80
            try db.execute(sql: "UPDATE chunks SET sealed = ? WHERE n = 1", arguments: [sealed])
        }
        let reopened = try reopen(journal)
        #expect(try reopened.verify().problems == [.attachmentCorrupt(entry: ids[1], name: "foto.jpg")])
        let out = folder.appending("out.jpg")
        #expect(throws: MeldboekError.attachmentCorrupt(name: "foto.jpg")) {
            try reopened.saveAttachment(of: ids[1].description, named: "foto.jpg", to: out)
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func recordMovedToAnotherIdDoesNotOpen() throws {
        let (journal, folder, database, _) = try makeVault()
        defer { folder.remove() }
        try database.write { db in
            try db.execute(sql: "UPDATE records SET id = randomblob(16) WHERE seq = 1")
        }
        let problems = try reopen(journal).verify().problems
        guard case .altered(let seq, _) = problems.first else {
            Issue.record("expected an altered record, got \(problems)")
            return
        }
        #expect(seq == 1)
    }
}
