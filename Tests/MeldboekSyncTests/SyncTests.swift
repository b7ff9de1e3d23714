// Sync through the library: two vaults of one journal exchanging through a plain folder.
import Foundation
import MeldboekCore
import MeldboekSodium
@testable import MeldboekSync
import MeldboekTestSupport
import Testing

/// Two devices of one journal and the folder between them.
private struct Pair {
    let a: Journal
    let b: Journal
    let folder: URL
    let scratch: TemporaryFolder

    static func make() throws -> Pair {
        let (a, scratch) = try TestVault.create()
        let folder = scratch.appending("sync").standardizedFileURL
        _ = try Sync.initialize(a, folder: folder, deviceName: "laptop")
        let slots = try Sync.keySlots(in: folder)
        let b = try Vault.join(at: scratch.appending("vault-b"), slots: slots[0], passphrase: TestVault.secret())
        _ = try Sync.join(b, folder: folder, deviceName: "werk")
        return Pair(a: a, b: b, folder: folder, scratch: scratch)
    }

    /// A copy of A's vault as it stands, as a copied folder or a backup would be, unlocked.
    func copyOfA(_ name: String) throws -> Journal {
        let folder = scratch.appending(name)
        try PrivateFiles.makeFolder(folder)
        try a.vault.snapshot(to: folder.appendingPathComponent("meldboek.db").path)
        return try Vault.open(at: folder).unlock(passphrase: TestVault.secret())
    }

    func both() throws {
        _ = try Sync.exchange(a)
        _ = try Sync.exchange(b)
        _ = try Sync.exchange(a)
    }
}

private func titles(_ journal: Journal) throws -> [String] {
    try journal.snapshot().entries.map(\.current.title).sorted()
}

struct SyncExchangeTests {
    @Test func entriesWrittenOnEitherSideAppearOnBoth() throws {
        let before = try TestVault.create()
        try before.journal.add(EntryFields(title: "Voor de synchronisatie", narrative: "x"))
        let folder = before.folder.appending("sync")
        _ = try Sync.initialize(before.journal, folder: folder, deviceName: "laptop")
        let b = try Vault.join(
            at: before.folder.appending("b"), slots: try Sync.keySlots(in: folder)[0], passphrase: TestVault.secret())
        let joined = try Sync.join(b, folder: folder, deviceName: "werk")
        #expect(joined.imported.map(\.items) == [1])
        #expect(try titles(b) == ["Voor de synchronisatie"])
        // The owner's keys came along: the same identity signs on both devices.
        #expect(try b.identity().signingKey.publicKey == before.journal.identity().signingKey.publicKey)

        try before.journal.add(EntryFields(title: "Op de laptop", narrative: "a"))
        try b.add(EntryFields(title: "Op het werk", narrative: "b"))
        _ = try Sync.exchange(before.journal)
        _ = try Sync.exchange(b)
        _ = try Sync.exchange(before.journal)
        #expect(try titles(before.journal) == ["Op de laptop", "Op het werk", "Voor de synchronisatie"])
        #expect(try titles(b) == titles(before.journal))
        #expect(try before.journal.verify().isIntact)
        #expect(try b.verify().isIntact)
        // Nothing echoes back: a second round moves nothing.
        let again = try Sync.exchange(b)
        #expect(again.imported.isEmpty && again.exported == 0)
    }

    @Test func twoAmendmentsMadeApartAreBothKeptAsAFork() throws {
        let pair = try Pair.make()
        let entry = try pair.a.add(EntryFields(title: "Gesprek", narrative: "eerst"))
        try pair.both()
        try pair.a.amend(entry.id.description) { $0.narrative = "versie van de laptop"; $0.title = "Gesprek (laptop)" }
        try pair.b.amend(entry.id.description) { $0.narrative = "versie van het werk"; $0.title = "Gesprek (werk)" }
        _ = try Sync.exchange(pair.a)
        let onB = try Sync.exchange(pair.b)
        #expect(onB.notices.contains { if case .fork(entry.id, _, 2) = $0 { true } else { false } })
        _ = try Sync.exchange(pair.a)
        let a = try pair.a.entry(entry.id.description)
        let b = try pair.b.entry(entry.id.description)
        #expect(a.fork.count == 2 && b.fork.count == 2)
        #expect(Set(a.fork.map(\.fields.narrative)) == ["versie van de laptop", "versie van het werk"])
        // Both devices call the same version the latest, whatever order they took them in.
        #expect(a.current == b.current)
        // The list (through the ledger cache) agrees with the entry read from its records.
        for journal in [pair.a, pair.b] {
            let listed = try journal.outlines(matching: EntryFilter(), calendar: Calendar(identifier: .gregorian)).outlines
            #expect(listed.first { $0.id == entry.id }?.title == b.current.title)
        }
        // Amending settles it, on both.
        try pair.a.amend(entry.id.description) { $0.narrative = "samengevoegd" }
        try pair.both()
        #expect(try pair.b.entry(entry.id.description).fork.isEmpty)
        #expect(try pair.b.entry(entry.id.description).current.narrative == "samengevoegd")
    }

    @Test func aDeletionReachesTheOtherDeviceAndLeavesTheFolder() throws {
        let pair = try Pair.make()
        let attachment = pair.scratch.appending("foto.txt")
        try Data("bewijs dat weg moet".utf8).write(to: attachment)
        let gone = try pair.a.add(EntryFields(title: "Weg ermee", narrative: "geheim-woord-123"), attachments: [attachment])
        try pair.a.add(EntryFields(title: "Blijft", narrative: "x"))
        try pair.both()
        #expect(try titles(pair.b) == ["Blijft", "Weg ermee"])
        #expect(try pair.b.entry(gone.id.description).attachments.map(\.name) == ["foto.txt"])
        // Amended on B too, so B's own files hold it as well.
        try pair.b.amend(gone.id.description) { $0.narrative = "geheim-woord-456" }
        try pair.both()
        try pair.a.delete(gone.id.description)
        try pair.both()
        _ = try Sync.exchange(pair.b)
        #expect(try titles(pair.a) == ["Blijft"])
        #expect(try titles(pair.b) == ["Blijft"])
        #expect(try pair.a.verify().isIntact && pair.b.verify().isIntact)
        // The content is gone from every device's files: the segments are rewritten without it, the
        // attachment files removed, and every chain still checks.
        for device in try Sync.devices(pair.a) { #expect(device.chain == .intact) }
        let key = try pair.a.layerKey("sync-folder")
        for device in try Sync.devices(in: pair.folder) {
            let deviceFolder = pair.folder.appendingPathComponent(device.description)
            let bytes = try #require(SyncFiles.read(deviceFolder.appendingPathComponent("head")))
            let head = try #require(Sync.readHead(bytes, device: device, key: key))
            #expect(head.attachments.isEmpty)
            let items = try Sync.readChain(head, folder: deviceFolder, key: key).items
            let plaintexts = items.compactMap(\.record).map { String(decoding: $0, as: UTF8.self) }
            #expect(!plaintexts.contains { $0.contains("geheim-woord") })
            let files = try FileManager.default.contentsOfDirectory(atPath: deviceFolder.path)
            #expect(!files.contains { $0.hasSuffix(".att") })
        }
    }

    @Test func attachmentsArriveWholeAndChecked() throws {
        let pair = try Pair.make()
        let file = pair.scratch.appending("scan.bin")
        let content = Data(Random.bytes(count: 200_000))
        try content.write(to: file)
        let entry = try pair.b.add(EntryFields(title: "Met bijlage", narrative: "x"), attachments: [file])
        try pair.both()
        let out = pair.scratch.appending("terug.bin")
        try pair.a.saveAttachment(of: entry.id.description, named: "scan.bin", to: out)
        #expect(try Data(contentsOf: out) == content)
    }

    @Test func strayAndConflictFilesAreIgnoredWithANotice() throws {
        let pair = try Pair.make()
        try pair.a.add(EntryFields(title: "Een", narrative: "x"))
        _ = try Sync.exchange(pair.a)
        let device = try #require(try Sync.devices(in: pair.folder).first)
        let deviceFolder = pair.folder.appendingPathComponent(device.description)
        let conflict = deviceFolder.appendingPathComponent("head.sync-conflict-20261202-120000-ABCDEFG")
        try FileManager.default.copyItem(at: deviceFolder.appendingPathComponent("head"), to: conflict)
        let copy = pair.folder.appendingPathComponent("notities (conflicted copy).txt")
        try Data("x".utf8).write(to: copy)
        try FileManager.default.createDirectory(
            at: pair.folder.appendingPathComponent(".stfolder"), withIntermediateDirectories: true)
        let report = try Sync.exchange(pair.b)
        #expect(report.notices.contains(.ignoredFile(path: conflict.path)))
        #expect(report.notices.contains(.ignoredFile(path: copy.path)))
        #expect(!report.notices.contains { if case .ignoredFile(let path) = $0 { path.hasSuffix(".stfolder") } else { false } })
        #expect(try titles(pair.b) == ["Een"])
    }

    @Test func aSegmentAlteredOrAHeadFromAnotherJournalIsNotTakenIn() throws {
        let pair = try Pair.make()
        try pair.a.add(EntryFields(title: "Een", narrative: "x"))
        _ = try Sync.exchange(pair.a)
        let state = try #require(try Sync.loadState(pair.a))
        let deviceFolder = pair.folder.appendingPathComponent(state.device.description)
        let segment = try #require(try FileManager.default.contentsOfDirectory(atPath: deviceFolder.path)
            .first { $0.hasSuffix(".seg") })
        let url = deviceFolder.appendingPathComponent(segment)
        var bytes = try Data(contentsOf: url)
        bytes[bytes.count - 20] ^= 1
        try bytes.write(to: url)
        let report = try Sync.exchange(pair.b)
        #expect(report.notices.contains(.damagedFile(device: "'laptop' (\(state.device.short))", file: segment)))
        #expect(try titles(pair.b).isEmpty)
        // A journal of its own can't join this folder: its key opens none of the heads.
        let (other, otherFolder) = try TestVault.create()
        defer { otherFolder.remove() }
        #expect(throws: SyncError.otherJournal(path: pair.folder.path)) {
            try Sync.initialize(other, folder: pair.folder, deviceName: "vreemd")
        }
    }

    @Test func aFolderThatWentBackIsNotTakenInAndNothingIsUndone() throws {
        let pair = try Pair.make()
        try pair.a.add(EntryFields(title: "Een", narrative: "x"))
        _ = try Sync.exchange(pair.a)
        let state = try #require(try Sync.loadState(pair.a))
        let deviceFolder = pair.folder.appendingPathComponent(state.device.description)
        let oldHead = try Data(contentsOf: deviceFolder.appendingPathComponent("head"))
        _ = try Sync.exchange(pair.b)
        try pair.a.add(EntryFields(title: "Twee", narrative: "x"))
        _ = try Sync.exchange(pair.a)
        _ = try Sync.exchange(pair.b)
        #expect(try titles(pair.b) == ["Een", "Twee"])
        try oldHead.write(to: deviceFolder.appendingPathComponent("head"))
        let report = try Sync.exchange(pair.b)
        #expect(report.notices.contains(.wentBack(device: "'laptop' (\(state.device.short))", had: 2, found: 1)))
        #expect(try titles(pair.b) == ["Een", "Twee"])
        // And the device itself refuses to write over what it wrote before.
        #expect(throws: SyncError.ownFilesMissing(path: deviceFolder.path)) { try Sync.exchange(pair.a) }
    }

    @Test func aVaultPutBackFromABackupDoesNotExchangeAsTheDeviceItWas() throws {
        let pair = try Pair.make()
        try pair.a.add(EntryFields(title: "Een", narrative: "x"))
        _ = try Sync.exchange(pair.a)
        let old = try pair.copyOfA("teruggezet")
        try pair.a.add(EntryFields(title: "Twee", narrative: "x"))
        try pair.a.add(EntryFields(title: "Drie", narrative: "x"))
        _ = try Sync.exchange(pair.a)
        let ownFolder = pair.folder.appendingPathComponent(try #require(try Sync.loadState(old)).device.description)
        #expect(throws: SyncError.vaultBehindFolder(path: ownFolder.path)) { try Sync.exchange(old) }
        // Joined as a new device instead, it gets everything, its own old records included.
        let fresh = try Vault.join(
            at: pair.scratch.appending("nieuw"), slots: try Sync.keySlots(in: pair.folder)[0], passphrase: TestVault.secret())
        _ = try Sync.join(fresh, folder: pair.folder, deviceName: "nieuw")
        #expect(try titles(fresh) == ["Drie", "Een", "Twee"])
    }

    @Test func anEntryDeletedHereStaysDeletedWhenAnotherDeviceAmendedIt() throws {
        let pair = try Pair.make()
        let entry = try pair.a.add(EntryFields(title: "Weg", narrative: "x"))
        try pair.both()
        try pair.a.delete(entry.id.description)
        try pair.b.amend(entry.id.description) { $0.title = "Bijgewerkt op het werk" }
        _ = try Sync.exchange(pair.b)
        try pair.both()
        #expect(try titles(pair.a).isEmpty)
        #expect(try titles(pair.b).isEmpty)
    }

    @Test func aSyncStoppedBeforeTheVaultCommitsKeepsItsDeletionAndLeavesNoOldFiles() throws {
        struct Stopped: Error {}
        let pair = try Pair.make()
        let entry = try pair.a.add(EntryFields(title: "Weg", narrative: "geheim"))
        try pair.both()
        try pair.b.amend(entry.id.description) { $0.title = "Bijgewerkt" }
        try pair.a.delete(entry.id.description)
        // The folder is written, then the process stops before the vault commits (as a kill does).
        #expect(throws: Stopped.self) { try Sync.exchange(pair.a, afterFolderWritten: { throw Stopped() }) }
        _ = try Sync.exchange(pair.a)
        _ = try Sync.exchange(pair.b)
        _ = try Sync.exchange(pair.a)
        _ = try Sync.exchange(pair.b)
        #expect(try titles(pair.a).isEmpty && titles(pair.b).isEmpty)
        let state = try #require(try Sync.loadState(pair.a))
        let ownFolder = pair.folder.appendingPathComponent(state.device.description)
        let key = try pair.a.layerKey("sync-folder")
        let headBytes = try #require(SyncFiles.read(ownFolder.appendingPathComponent("head")))
        let head = try #require(Sync.readHead(headBytes, device: state.device, key: key))
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: ownFolder.path))
        #expect(files == Set(["head", "key"] + head.segments.map(\.file)), "\(files)")
    }

    @Test func aCopyOfADevicesVaultThatWroteIsRefusedNotMerged() throws {
        let pair = try Pair.make()
        try pair.a.add(EntryFields(title: "Een", narrative: "x"))
        _ = try Sync.exchange(pair.a)
        let copy = try pair.copyOfA("kopie")
        try pair.a.add(EntryFields(title: "Op het origineel", narrative: "x"))
        try copy.add(EntryFields(title: "Op de kopie", narrative: "x"))
        _ = try Sync.exchange(pair.a)
        let ownFolder = pair.folder.appendingPathComponent(try #require(try Sync.loadState(copy)).device.description)
        #expect(throws: SyncError.vaultBehindFolder(path: ownFolder.path)) { try Sync.exchange(copy) }
    }

    @Test func aPipeOrALinkInPlaceOfAFileNeverHangsOrLeadsOutside() throws {
        let pair = try Pair.make()
        let file = pair.scratch.appending("foto.txt")
        try Data("foto".utf8).write(to: file)
        try pair.a.add(EntryFields(title: "Met bijlage", narrative: "x"), attachments: [file])
        _ = try Sync.exchange(pair.a)
        let state = try #require(try Sync.loadState(pair.a))
        let ownFolder = pair.folder.appendingPathComponent(state.device.description)
        let attachment = try #require(try FileManager.default.contentsOfDirectory(atPath: ownFolder.path)
            .first { $0.hasSuffix(".att") })
        try FileManager.default.removeItem(at: ownFolder.appendingPathComponent(attachment))
        #expect(mkfifo(ownFolder.appendingPathComponent(attachment).path, 0o600) == 0)
        let report = try Sync.exchange(pair.b)
        #expect(report.notices.contains(.damagedFile(device: "'laptop' (\(state.device.short))", file: attachment)))
        // The entry's revision came before its attachment record; the attachment waits for a real file.
        #expect(try pair.b.snapshot().entries.flatMap(\.attachments).isEmpty)
        // This device's own folder replaced by a link to elsewhere: nothing is written through it.
        let elsewhere = pair.scratch.appending("elders")
        try FileManager.default.moveItem(at: ownFolder, to: elsewhere)
        try FileManager.default.createSymbolicLink(at: ownFolder, withDestinationURL: elsewhere)
        try pair.a.add(EntryFields(title: "Twee", narrative: "x"))
        #expect(throws: SyncError.ownFilesMissing(path: ownFolder.path)) { try Sync.exchange(pair.a) }
    }

    @Test func aVaultWithEntriesCantInitIntoAFolderOfItsOwnJournal() throws {
        let pair = try Pair.make()
        try pair.a.add(EntryFields(title: "Een", narrative: "x"))
        _ = try Sync.exchange(pair.a)
        let copy = try pair.copyOfA("kopie")
        // A copy that left the folder (its sync state gone) and is joined again would bring everything twice.
        try copy.transaction { writer in try writer.state.db.execute(sql: "DELETE FROM sync") }
        #expect(throws: SyncError.alreadyInFolder(path: pair.folder.path)) {
            try Sync.initialize(copy, folder: pair.folder, deviceName: "kopie")
        }
    }

    @Test func aSegmentSwappedForAHugeFileIsNotReadIntoMemory() throws {
        let pair = try Pair.make()
        try pair.a.add(EntryFields(title: "Een", narrative: "x"))
        _ = try Sync.exchange(pair.a)
        let state = try #require(try Sync.loadState(pair.a))
        let ownFolder = pair.folder.appendingPathComponent(state.device.description)
        let segment = try #require(try FileManager.default.contentsOfDirectory(atPath: ownFolder.path)
            .first { $0.hasSuffix(".seg") })
        // A sparse file of 512 MiB in its place: refused by its size, before it is read.
        let handle = try FileHandle(forWritingTo: ownFolder.appendingPathComponent(segment))
        try handle.truncate(atOffset: 512 << 20)
        try handle.close()
        let report = try Sync.exchange(pair.b)
        #expect(report.notices.contains(.damagedFile(device: "'laptop' (\(state.device.short))", file: segment)))
        #expect(try titles(pair.b).isEmpty)
    }

    @Test func aSyncFolderInsideTheVaultIsRefused() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        let inside = journal.vault.folder.appendingPathComponent("sync").standardizedFileURL
        #expect(throws: SyncError.overlapsVault(path: inside.path)) {
            try Sync.initialize(journal, folder: inside, deviceName: "x")
        }
    }

    @Test func joiningWithTheRecoveryCodeSetsANewPassphrase() throws {
        let code = try RecoveryCode.generate()
        let folderA = try TemporaryFolder()
        defer { folderA.remove() }
        let a = try Vault.create(
            at: folderA.appending("a"), passphrase: TestVault.secret(), cost: .minimum, recoveryCode: code)
        let sync = folderA.appending("sync")
        _ = try Sync.initialize(a, folder: sync, deviceName: "laptop")
        let slots = try Sync.keySlots(in: sync)[0]
        #expect(throws: MeldboekError.wrongRecoveryCode) { try slots.check(recoveryCode: try RecoveryCode.generate()) }
        try slots.check(recoveryCode: code)
        let b = try Vault.join(
            at: folderA.appending("b"), slots: slots, recoveryCode: code, newPassphrase: TestVault.secret("nieuw"),
            cost: .minimum)
        _ = try Sync.join(b, folder: sync, deviceName: "werk")
        #expect(throws: MeldboekError.wrongPassphrase) {
            try Vault.open(at: folderA.appending("b")).unlock(passphrase: TestVault.secret())
        }
        _ = try Vault.open(at: folderA.appending("b")).unlock(passphrase: TestVault.secret("nieuw"))
    }
}

/// Writes the seeds of the FuzzSyncFolder target from a real folder: a key file, and the plaintext of a
/// head and of a segment holding a revision, an attachment record and a deletion.
/// `MELDBOEK_WRITE_FUZZ_SEEDS=1 swift test --filter SyncSeedWriter`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["MELDBOEK_WRITE_FUZZ_SEEDS"] == "1"))
struct SyncSeedWriter {
    @Test func writeSeeds() throws {
        let pair = try Pair.make()
        let file = pair.scratch.appending("foto.txt")
        try Data("foto".utf8).write(to: file)
        try pair.a.add(EntryFields(title: "Vergadering", narrative: "Hij riep."), attachments: [file])
        let gone = try pair.a.add(EntryFields(title: "Weg", narrative: "x"))
        _ = try Sync.exchange(pair.a)
        try pair.a.delete(gone.id.description)
        _ = try Sync.exchange(pair.a)
        let state = try #require(try Sync.loadState(pair.a))
        let deviceFolder = pair.folder.appendingPathComponent(state.device.description)
        let key = try pair.a.layerKey("sync-folder")
        let bytes = try #require(SyncFiles.read(deviceFolder.appendingPathComponent("head")))
        let head = try #require(Sync.readHead(bytes, device: state.device, key: key))
        let out = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("FuzzCorpus/FuzzSyncFolder")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data(contentsOf: deviceFolder.appendingPathComponent("key")).write(to: out.appendingPathComponent("key"))
        try SyncFiles.encoder.encode(head).write(to: out.appendingPathComponent("head"))
        let items = try Sync.readChain(head, folder: deviceFolder, key: key).items
        try SyncFiles.encoder.encode(SyncSegment(items: items)).write(to: out.appendingPathComponent("segment"))
    }
}
