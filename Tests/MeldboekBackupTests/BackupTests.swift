// Backups through the library: the padding buckets, a round trip, strict reading, and stock age opening one.
import Foundation
import MeldboekBackup
import MeldboekCore
import MeldboekShare
import MeldboekSodium
import MeldboekTestSupport
import Testing

/// A low scrypt work factor for speed; only tests may use one.
private let testWorkFactor: UInt8 = 10
private let code = "abandon ability able about above absent absorb abstract absurd abuse access accident"

private func codeRecipient(_ text: String = code) throws -> ScryptRecipient {
    try ScryptRecipient(TestVault.secret(text), workFactor: testWorkFactor)
}

private func codeKey(_ text: String = code) -> [any AgeIdentityProtocol] {
    [ScryptPassphrase(TestVault.secret(text))]
}

/// A vault with `count` entries, its folder, and where a backup of it may go.
private func vaultWithEntries(_ count: Int) throws -> (journal: Journal, folder: TemporaryFolder) {
    let (journal, folder) = try TestVault.create()
    for index in 0..<count {
        try journal.add(EntryFields(title: "Aantekening \(index)", narrative: "Hij riep weer in de vergadering."))
    }
    return (journal, folder)
}

private func titles(_ journal: Journal) throws -> [String] {
    let (outlines, _) = try journal.outlines(matching: EntryFilter(), calendar: Calendar(identifier: .gregorian))
    return outlines.map(\.title).sorted()
}

struct BackupPaddingTests {
    @Test func smallJournalsAllPadToTheMinimum() {
        #expect(BackupFormat.paddedSize(databaseSize: 0) == BackupFormat.minimumSize)
        #expect(BackupFormat.paddedSize(databaseSize: 200_000) == BackupFormat.minimumSize)
        #expect(BackupFormat.paddedSize(databaseSize: 1_040_000) == BackupFormat.minimumSize)
    }

    @Test(arguments: [1_048_000 as UInt64, 1_500_000, 3_000_001, 77_777_777, 5_000_000_000])
    func bucketsHoldTheArchiveWithAtMostTwelvePercentMore(databaseSize: UInt64) {
        let padded = BackupFormat.paddedSize(databaseSize: databaseSize)
        let unpadded = databaseSize + 2560
        #expect(padded >= unpadded)
        #expect(padded % 512 == 0)
        #expect(Double(padded) <= Double(unpadded) * 1.12 + 1)
    }

    @Test func nearbySizesShareABucket() {
        // Padmé at about 3 MB rounds to 64 KiB: a few entries more do not change the size.
        #expect(BackupFormat.paddedSize(databaseSize: 3_000_000) == BackupFormat.paddedSize(databaseSize: 3_010_000))
        #expect(BackupFormat.paddedSize(databaseSize: 3_000_000) < BackupFormat.paddedSize(databaseSize: 3_300_000))
    }
}

struct BackupRoundTripTests {
    @Test func aBackupRestoresTheSameEntries() throws {
        let (journal, folder) = try vaultWithEntries(3)
        defer { folder.remove() }
        let file = folder.appending("b.age")
        let summary = try Backup.write(journal.vault, to: file, seal: .passphrase(try codeRecipient()))
        #expect(summary.archiveSize == BackupFormat.minimumSize)
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)

        let restored = folder.appending("restored")
        try Backup.open(file, keys: codeKey()).unpack(into: restored)
        let vault = try Vault.open(at: restored)
        #expect(try vault.passesIntegrityCheck())
        let copy = try vault.unlock(passphrase: TestVault.secret())
        #expect(try titles(copy) == titles(journal))
        #expect(try copy.verify().isIntact)
        let folderMode = try FileManager.default.attributesOfItem(atPath: restored.path)[.posixPermissions]
        #expect((folderMode as? NSNumber)?.intValue == 0o700)
    }

    @Test func twoJournalsOfDifferentSizesGiveFilesOfOneSize() throws {
        let (small, smallFolder) = try vaultWithEntries(1)
        defer { smallFolder.remove() }
        let (larger, largerFolder) = try vaultWithEntries(40)
        defer { largerFolder.remove() }
        let one = smallFolder.appending("b.age")
        let two = largerFolder.appending("b.age")
        try Backup.write(small.vault, to: one, seal: .passphrase(try codeRecipient()))
        try Backup.write(larger.vault, to: two, seal: .passphrase(try codeRecipient()))
        let sizes = try [one, two].map { try FileManager.default.attributesOfItem(atPath: $0.path)[.size] as? NSNumber }
        #expect(sizes[0] != nil && sizes[0] == sizes[1])
    }

    @Test func aWrongCodeIsToldApartFromDamage() throws {
        let (journal, folder) = try vaultWithEntries(1)
        defer { folder.remove() }
        let file = folder.appending("b.age")
        try Backup.write(journal.vault, to: file, seal: .passphrase(try codeRecipient()))
        #expect(throws: BackupError.wrongKey) { try Backup.open(file, keys: codeKey("abandon ability")) }

        var bytes = [UInt8](try Data(contentsOf: file))
        bytes[bytes.count / 2] ^= 0x01
        let flipped = folder.appending("flipped.age")
        try Data(bytes).write(to: flipped)
        #expect(throws: BackupError.damaged(.altered)) {
            try Backup.open(flipped, keys: codeKey()).unpack(into: folder.appending("from-flipped"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appending("from-flipped").path))

        // Cut where a chunk ends, the file looks whole up to there: only the missing final chunk tells.
        let original = [UInt8](try Data(contentsOf: file))
        let marker = Array("\n--- ".utf8)
        let macAt = try #require((0..<1000).first { Array(original[$0..<($0 + marker.count)]) == marker })
        let payloadStart = original[(macAt + 1)...].firstIndex(of: 0x0A)! + 1 + 16
        let cut = folder.appending("cut.age")
        try Data(original.prefix(payloadStart + 3 * (65_536 + 16))).write(to: cut)
        #expect(throws: BackupError.damaged(.truncated)) {
            try Backup.open(cut, keys: codeKey()).unpack(into: folder.appending("from-cut"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appending("from-cut").path))
        // Cut inside a chunk, the last piece does not authenticate.
        try Data(original.prefix(original.count - 70_000)).write(to: cut)
        #expect(throws: BackupError.damaged(.altered)) {
            try Backup.open(cut, keys: codeKey()).unpack(into: folder.appending("from-cut"))
        }
    }

    @Test func anExistingFileIsReplacedOnlyWhenAsked() throws {
        let (journal, folder) = try vaultWithEntries(1)
        defer { folder.remove() }
        let file = folder.appending("b.age")
        try Data("keep me".utf8).write(to: file)
        #expect(throws: MeldboekError.fileExists(path: file.path)) {
            try Backup.write(journal.vault, to: file, seal: .passphrase(try codeRecipient()))
        }
        #expect(try Data(contentsOf: file) == Data("keep me".utf8))
        try Backup.write(journal.vault, to: file, seal: .passphrase(try codeRecipient()), replacing: true)
        #expect(try Data(contentsOf: file).count > 1_000_000)
        // Nothing of the work is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["b.age", "vault"])
    }

    @Test func unpackingRefusesAFolderThatExists() throws {
        let (journal, folder) = try vaultWithEntries(1)
        defer { folder.remove() }
        let file = folder.appending("b.age")
        try Backup.write(journal.vault, to: file, seal: .passphrase(try codeRecipient()))
        let target = folder.appending("there")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        #expect(throws: MeldboekError.fileExists(path: target.path)) {
            try Backup.open(file, keys: codeKey()).unpack(into: target)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.path).isEmpty)
    }

    @Test func anArchiveWithOtherMembersIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // A well-sealed file with the code, holding what a backup never holds: a third member.
        var archive: [UInt8] = []
        let tar = TarWriter { archive += $0 }
        for name in [BackupFormat.databaseMember, BackupFormat.paddingMember, "meldboek/extra"] {
            try tar.beginFile(name: name, size: 3, modified: Date())
            try tar.write([1, 2, 3])
            try tar.endFile()
        }
        try tar.finish()
        var file: [UInt8] = []
        let age = try AgeWriter(passphrase: try codeRecipient()) { file += $0 }
        try age.write(archive)
        try age.finish()
        let path = folder.appending("odd.age")
        try Data(file).write(to: path)
        #expect(throws: BackupError.damaged(.unexpectedContent)) {
            try Backup.open(path, keys: codeKey()).unpack(into: folder.appending("out"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appending("out").path))
    }
}

private let agePath = "/usr/bin/age"

@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: agePath), "age is not installed in /usr/bin"))
struct BackupStockAgeTests {
    /// age reads a passphrase only from a terminal: it runs on a pseudo-terminal and the code is typed.
    @Test func stockAgeOpensABackupWithTheCode() throws {
        let (journal, folder) = try vaultWithEntries(2)
        defer { folder.remove() }
        let file = folder.appending("b.age")
        try Backup.write(journal.vault, to: file, seal: .passphrase(try codeRecipient()))
        let tarFile = folder.appending("b.tar")
        var runner = CommandRunner(home: folder.url)
        runner.binary = URL(fileURLWithPath: agePath)
        let session = try PseudoTerminal(runner: runner, arguments: ["-d", "-o", tarFile.path, file.path])
        try session.expect("passphrase")
        session.type(code)
        #expect(try session.wait() == 0, "\(session.screen)")
        // GNU tar lists what age decrypted: the vault folder and its padding.
        let list = Process()
        list.executableURL = URL(fileURLWithPath: "/usr/bin/tar")
        list.arguments = ["-tf", tarFile.path]
        let output = Pipe()
        list.standardOutput = output
        try list.run()
        let names = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        list.waitUntilExit()
        #expect(names == "meldboek/meldboek.db\nmeldboek/padding\n")
        #expect(try FileManager.default.attributesOfItem(atPath: tarFile.path)[.size] as? NSNumber
                == NSNumber(value: BackupFormat.minimumSize))
    }

    @Test func stockAgeRefusesAWrongCode() throws {
        let (journal, folder) = try vaultWithEntries(1)
        defer { folder.remove() }
        let file = folder.appending("b.age")
        try Backup.write(journal.vault, to: file, seal: .passphrase(try codeRecipient()))
        var runner = CommandRunner(home: folder.url)
        runner.binary = URL(fileURLWithPath: agePath)
        let session = try PseudoTerminal(runner: runner, arguments: ["-d", "-o", folder.appending("x").path, file.path])
        try session.expect("passphrase")
        session.type("abandon ability able")
        #expect(try session.wait() != 0)
        #expect(session.screen.contains("incorrect passphrase"))
    }
}
