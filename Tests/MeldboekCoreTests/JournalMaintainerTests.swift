// Seeds in revisions and attachments, the write hook layers keep their tables with, and upgrading to format 3.
import Foundation
import GRDB
@testable import MeldboekCore
import MeldboekSodium
import MeldboekTestSupport
import Testing

/// Notes every position a write hands it, as the commitment log would log it.
final class RecordingMaintainer: JournalMaintainer {
    var seen: [(seq: Int64, what: String)] = []
    var formats: Set<Int> = []
    var failing = false

    func maintain(_ state: JournalState) throws {
        if failing { throw MeldboekError.rewriteFailed }
        formats.insert(state.format)
        for record in try state.records(after: seen.last?.seq ?? 0) {
            switch record.content {
            case .revision(let entry, let revision):
                seen.append((record.seq, "revision \(entry.short) \(revision.number) seed:\(revision.seed?.count ?? 0)"))
            case .attachment(_, let attachment):
                seen.append((record.seq, "attachment \(attachment.name) seed:\(attachment.seed?.count ?? 0)"))
            case .other:
                seen.append((record.seq, "other"))
            case .removed:
                seen.append((record.seq, "removed"))
            }
        }
    }
}

/// A vault as a build before format 3 left it: format 2, revisions and attachments without seeds.
enum Format2Vault {
    static func make(attaching file: URL? = nil) throws -> (journal: Journal, folder: TemporaryFolder, entries: [EntryID]) {
        let (journal, folder) = try TestVault.create()
        var ids: [EntryID] = []
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        try journal.write { db in
            for (index, title) in ["Eerste", "Tweede", "Weg"].enumerated() {
                let id = EntryID.generate(now: now.addingTimeInterval(Double(index)))
                ids.append(id)
                try journal.append(db, RevisionBody(
                    prev: Data(), entry: id, number: 1, recordedAt: now, fields: EntryFields(title: title), seed: nil))
            }
            if let file {
                let stream = Data(Random.bytes(count: 16))
                let written = try AttachmentStream.write(
                    file: file, stream: stream, key: journal.keys.attachment(stream: stream), db: db)
                try journal.append(db, AttachmentBody(
                    prev: Data(), entry: ids[0], name: file.lastPathComponent, size: written.size,
                    sha256: written.sha256, stream: stream, chunkCount: written.chunkCount, attachedAt: now, seed: nil))
            }
        }
        try journal.delete(ids[2].description)
        var header = journal.vault.header
        header.format = 2
        header.wrappedKey = try Vault.wrap(journal.keys.vaultKey, passphrase: TestVault.secret(), header: header)
        try journal.vault.database.write { db in
            try db.execute(sql: "UPDATE vault SET format = 2, wrappedKey = ? WHERE id = 1", arguments: [header.wrappedKey])
        }
        let reopened = try Vault.open(at: journal.vault.folder).unlock(passphrase: TestVault.secret())
        return (reopened, folder, ids)
    }
}

@Suite struct JournalMaintainerTests {
    @Test func everyRevisionAndAttachmentGetsItsOwnSeedKeptInTheRecord() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        let file = folder.appending("bijlage.txt")
        try Data("inhoud".utf8).write(to: file)
        let added = try journal.add(EntryFields(title: "Eerste versie"), attachments: [file])
        let (amended, _) = try journal.amend(added.id.description) { $0.title = "Tweede versie" }

        let read = try journal.entry(added.id.description)
        #expect(read.revisions.map(\.seed) == amended.revisions.map(\.seed))
        #expect(read.revisions.map(\.seq) == [1, 3])
        let seeds = read.revisions.compactMap(\.seed) + read.attachments.compactMap(\.seed)
        #expect(seeds.count == 3 && seeds.allSatisfy { $0.count == 32 })
        #expect(Set(seeds).count == 3)
        #expect(read.attachments[0].seq == 2 && read.attachments[0].seed == added.attachments[0].seed)
    }

    @Test func aMaintainerSeesEveryPositionOnceInOrderInsideEachWrite() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        let maintainer = RecordingMaintainer()
        journal.register(maintainer)
        journal.register(maintainer)
        let entry = try journal.add(EntryFields(title: "Een"))
        try journal.amend(entry.id.description) { $0.title = "Twee" }
        try journal.transaction { writer in
            try writer.catchUpMaintainers()
            #expect(maintainer.seen.count == 2)
        }
        #expect(maintainer.seen.map(\.seq) == [1, 2])
        #expect(maintainer.seen[1].what == "revision \(entry.id.short) 2 seed:32")
        #expect(maintainer.formats == [3])
    }

    @Test func deleteLetsTheMaintainersCatchUpBeforeAnyRowGoes() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        let entry = try journal.add(EntryFields(title: "Weg ermee"))
        try journal.amend(entry.id.description) { $0.title = "Toch weg" }
        // Registered late, so it is behind when the delete starts.
        let maintainer = RecordingMaintainer()
        journal.register(maintainer)
        try journal.delete(entry.id.description)
        #expect(maintainer.seen.map(\.what) == [
            "revision \(entry.id.short) 1 seed:32", "revision \(entry.id.short) 2 seed:32", "other",
        ])
    }

    @Test func aMaintainerThatFailsUndoesTheWrite() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        try journal.add(EntryFields(title: "Blijft"))
        let maintainer = RecordingMaintainer()
        maintainer.failing = true
        journal.register(maintainer)
        #expect(throws: MeldboekError.rewriteFailed) { try journal.add(EntryFields(title: "Komt er niet")) }
        #expect(try journal.snapshot().entries.map(\.current.title) == ["Blijft"])
        #expect(try journal.verify().isIntact)
    }

    @Test func upgradingFromFormat2SeedsEveryRevisionAndAttachmentAndShowsTheMaintainersEveryPosition() throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        let file = scratch.appending("mail.txt")
        try Data("mail".utf8).write(to: file)
        let (journal, folder, ids) = try Format2Vault.make(attaching: file)
        defer { folder.remove() }
        #expect(journal.vault.format == 2)
        #expect(try journal.snapshot().entries.flatMap(\.revisions).allSatisfy { $0.seed == nil })
        let before = try journal.snapshot().entries.map(\.current)
        let maintainer = RecordingMaintainer()
        journal.register(maintainer)
        // A format-2 vault's writes reach the maintainer too, which decides what to do with them.
        try journal.amend(ids[1].description) { $0.title = "Tweede, aangevuld" }
        #expect(maintainer.formats == [2])
        maintainer.seen = []

        let (_, upgraded) = try journal.upgrade(passphrase: TestVault.secret())
        #expect(upgraded.vault.format == 3)
        #expect(upgraded.maintainers.contains { $0 === maintainer })
        let after = try upgraded.snapshot().entries
        #expect(after.map(\.current) == before.map { $0.title == "Tweede" ? EntryFields(title: "Tweede, aangevuld") : $0 })
        #expect(after.flatMap(\.revisions).allSatisfy { $0.seed?.count == 32 })
        #expect(after.flatMap(\.attachments).allSatisfy { $0.seed?.count == 32 })
        // Positions 1–3 revisions, 4 the attachment, 3 removed by the deletion at 5, the amendment at 6.
        #expect(maintainer.seen.map(\.what) == [
            "revision \(ids[0].short) 1 seed:32", "revision \(ids[1].short) 1 seed:32", "removed",
            "attachment mail.txt seed:32", "other", "revision \(ids[1].short) 2 seed:32",
        ])
        #expect(maintainer.formats == [2, 3])
        #expect(try upgraded.verify().isIntact)
        #expect(throws: MeldboekError.alreadyUpgraded(format: 3)) { try upgraded.upgrade(passphrase: TestVault.secret()) }
    }

    @Test func derivedSecretsAreKeyedBLAKE2bOfTheIdentitySeedAndSurviveRekeyAndPasswd() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        let identity = try journal.identity()
        let seed = try identity.signingKey.seed.withUnsafeBytes { Array($0) }
        let derived = try identity.derivedSecret(label: "meldboek/v1/journal-id").withUnsafeBytes { Array($0) }
        #expect(derived == BLAKE2b.hash(Array("meldboek/v1/journal-id".utf8), outputByteCount: 32, key: seed))
        #expect(try identity.derivedSecret(label: "meldboek/v1/blind-leaf").withUnsafeBytes { Array($0) } != derived)

        let (_, rekeyed) = try journal.rekey(passphrase: TestVault.secret())
        try rekeyed.changePassphrase(to: TestVault.secret("een andere wachtwoordzin"), cost: .minimum)
        let reopened = try Vault.open(at: rekeyed.vault.folder).unlock(passphrase: TestVault.secret("een andere wachtwoordzin"))
        #expect(try reopened.identity().derivedSecret(label: "meldboek/v1/journal-id").withUnsafeBytes { Array($0) } == derived)
    }
}
