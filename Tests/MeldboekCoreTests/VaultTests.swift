// Opening vaults: passphrases, missing and foreign folders, newer formats, nothing in clear.
import Foundation
import GRDB
import MeldboekCore
import MeldboekSodium
import MeldboekTestSupport
import Testing

@Suite struct VaultTests {
    @Test func wrongPassphraseIsRefused() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        let vault = try Vault.open(at: journal.vault.folder)
        #expect(throws: MeldboekError.wrongPassphrase) { try vault.unlock(passphrase: TestVault.secret("fout")) }
    }

    @Test func missingFolderIsNamed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let missing = folder.appending("nowhere")
        #expect(throws: MeldboekError.vaultMissing(path: missing.path)) { try Vault.open(at: missing) }
    }

    @Test func foreignFolderIsNotAVault() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(throws: MeldboekError.notAVault(path: folder.url.path)) { try Vault.open(at: folder.url) }
        try Data("not sqlite at all, just some text that is long enough".utf8)
            .write(to: folder.appending("meldboek.db"))
        #expect(throws: MeldboekError.notAVault(path: folder.url.path)) { try Vault.open(at: folder.url) }
    }

    @Test func otherSQLiteFileIsNotAVault() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let queue = try DatabaseQueue(path: folder.appending("meldboek.db").path)
        try queue.write { try $0.execute(sql: "CREATE TABLE notes (text TEXT)") }
        try queue.close()
        #expect(throws: MeldboekError.notAVault(path: folder.url.path)) { try Vault.open(at: folder.url) }
    }

    /// A vault's database that lost tables or its vault row, or was overwritten in place, is damaged: it was a
    /// vault, and a backup can bring it back. A folder without one, or with some other file, is not a vault.
    @Test(arguments: [
        "DROP TABLE vault", "DELETE FROM vault", "DROP TABLE records", "DROP TABLE chunks",
        "PRAGMA application_id = 0; DROP TABLE vault", "UPDATE vault SET kdf = 'scrypt'",
    ])
    func aDamagedDatabaseIsNamedDamaged(damage: String) throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        try journal.add(EntryFields(title: "x"))
        let queue = try DatabaseQueue(path: journal.vault.folder.appendingPathComponent("meldboek.db").path)
        try queue.writeWithoutTransaction { try $0.execute(sql: damage) }
        try queue.close()
        #expect(throws: MeldboekError.vaultDamaged(path: journal.vault.folder.path)) {
            try Vault.open(at: journal.vault.folder)
        }
    }

    @Test func aDatabaseOverwrittenInPlaceIsDamaged() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        try journal.add(EntryFields(title: "x"))
        let path = journal.vault.folder.appendingPathComponent("meldboek.db")
        let queue = try DatabaseQueue(path: path.path)
        try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try queue.close()
        let size = try Data(contentsOf: path).count
        try #require(size >= 4096 && size % 512 == 0)
        try Data(Random.bytes(count: size)).write(to: path)
        #expect(throws: MeldboekError.vaultDamaged(path: journal.vault.folder.path)) {
            try Vault.open(at: journal.vault.folder)
        }
        // Cut short of a whole page it is no longer a size SQLite writes either: some other file.
        try Data(Random.bytes(count: size - 100)).write(to: path)
        #expect(throws: MeldboekError.notAVault(path: journal.vault.folder.path)) {
            try Vault.open(at: journal.vault.folder)
        }
    }

    @Test func newerFormatIsRefusedAndLeftAlone() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        let path = journal.vault.folder.appendingPathComponent("meldboek.db").path
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "UPDATE vault SET format = 99") }
        try queue.close()
        #expect(throws: MeldboekError.newerFormat(found: 99, supported: 3)) { try Vault.open(at: journal.vault.folder) }
    }

    @Test func creatingOverAVaultIsRefused() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        #expect(throws: MeldboekError.vaultExists(path: journal.vault.folder.path)) {
            try Vault.create(at: journal.vault.folder, passphrase: TestVault.secret(), cost: .minimum)
        }
    }

    @Test func vaultFilesAreOwnerOnly() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        try journal.add(EntryFields(title: "x"))
        let attributes = try FileManager.default.attributesOfItem(atPath: journal.vault.folder.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o700)
        for name in try FileManager.default.contentsOfDirectory(atPath: journal.vault.folder.path) {
            let mode = try FileManager.default.attributesOfItem(
                atPath: journal.vault.folder.appendingPathComponent(name).path)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(name)")
        }
    }

    @Test func nothingReadableInTheDatabaseFile() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        let words = ["Zwijndrecht", "Hoogendoorn", "kantinegesprek", "integrity", "bullying", "2025"]
        let file = folder.appending("notitie.txt")
        try Data("Bijlage over Hoogendoorn".utf8).write(to: file)
        try journal.add(EntryFields(
            title: "kantinegesprek", occurredAt: .day(year: 2025, month: 3, day: 4), narrative: "Zwijndrecht",
            people: [Person(name: "Hoogendoorn", role: .manager)], categories: [.integrity, .bullying]),
            attachments: [file])
        for name in try FileManager.default.contentsOfDirectory(atPath: journal.vault.folder.path) {
            let data = try Data(contentsOf: journal.vault.folder.appendingPathComponent(name))
            for word in words {
                #expect(data.range(of: Data(word.utf8)) == nil, "\(word) found in \(name)")
            }
        }
    }

    @Test func recordSizesArePadded() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        try journal.add(EntryFields(title: "a"))
        try journal.add(EntryFields(title: String(repeating: "b", count: 300)))
        let queue = try DatabaseQueue(path: journal.vault.folder.appendingPathComponent("meldboek.db").path)
        let sizes = try queue.read { try Int.fetchAll($0, sql: "SELECT length(sealed) FROM records") }
        #expect(Set(sizes).count == 1, "\(sizes)")
    }
}

@Suite struct VaultBindingTests {
    @Test(arguments: ["opsLimit = opsLimit + 1", "memLimit = memLimit * 2", "role = 'adviser'", "salt = randomblob(16)"])
    func changedParametersDontOpen(change: String) throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        let queue = try DatabaseQueue(path: journal.vault.folder.appendingPathComponent("meldboek.db").path)
        try queue.write { try $0.execute(sql: "UPDATE vault SET \(change)") }
        try queue.close()
        let vault = try Vault.open(at: journal.vault.folder)
        #expect(throws: MeldboekError.wrongPassphrase) { try vault.unlock(passphrase: TestVault.secret()) }
    }

    @Test func deletedRecordsLeaveNoCiphertextInTheFile() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        let path = journal.vault.folder.appendingPathComponent("meldboek.db").path
        let gone = try journal.add(EntryFields(title: "weg", narrative: String(repeating: "x", count: 3000)))
        try journal.add(EntryFields(title: "blijft"))
        let sealed = try DatabaseQueue(path: path).read {
            try Data.fetchAll($0, sql: "SELECT sealed FROM records ORDER BY seq")
        }
        try journal.delete(gone.id.description)
        for name in try FileManager.default.contentsOfDirectory(atPath: journal.vault.folder.path) {
            let data = try Data(contentsOf: journal.vault.folder.appendingPathComponent(name))
            #expect(data.range(of: sealed[0].prefix(64)) == nil, "deleted ciphertext still in \(name)")
            #expect(data.range(of: sealed[0].suffix(64)) == nil, "deleted ciphertext still in \(name)")
        }
    }

    @Test func initRefusesAFolderWithOtherFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Data("mijn bestand".utf8).write(to: folder.appending("brief.txt"))
        #expect(throws: MeldboekError.folderNotEmpty(path: folder.url.path)) {
            try Vault.create(at: folder.url, passphrase: TestVault.secret(), cost: .minimum)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["brief.txt"])
    }
}
