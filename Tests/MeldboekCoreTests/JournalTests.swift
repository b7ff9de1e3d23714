// The journal: adding, amending, attaching, deleting, and the append-only history.
import Foundation
import MeldboekCore
import MeldboekSodium
import MeldboekTestSupport
import Testing

@Suite struct JournalTests {
    @Test func addedEntryReadsBackWithEveryField() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        let fields = EntryFields(
            title: "Vergadering", occurredAt: .day(year: 2025, month: 3, day: 4), narrative: "Hij schreeuwde.",
            location: "Kantoor", people: [Person(name: "Jan", role: .manager)], witnesses: ["Piet"],
            categories: [.aggression, .bullying], impact: "Slecht geslapen", actions: "Vertrouwenspersoon gebeld",
            tags: ["team"])
        let added = try journal.add(fields)
        let read = try journal.entry(added.id.description)
        #expect(read.current == fields)
        #expect(read.revisions.count == 1)
        #expect(read.revisions[0].number == 1)
    }

    @Test func entryNeedsTitleOrNarrative() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        #expect(throws: MeldboekError.nothingToRecord) { try journal.add(EntryFields()) }
        #expect(try journal.snapshot().entries.isEmpty)
    }

    @Test func titleDefaultsToFirstLineOfNarrative() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        let entry = try journal.add(EntryFields(narrative: "Opmerking over mijn kleding\nDaarna lachte hij."))
        #expect(entry.current.title == "Opmerking over mijn kleding")
    }

    @Test func amendAddsRevisionAndKeepsTheOldOne() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        let entry = try journal.add(EntryFields(title: "Eerste versie", narrative: "a"))
        let (amended, changed) = try journal.amend(entry.id.short) { $0.title = "Tweede versie" }
        #expect(changed)
        #expect(amended.revisions.map(\.fields.title) == ["Eerste versie", "Tweede versie"])
        #expect(amended.revisions.map(\.number) == [1, 2])
        let (same, changedAgain) = try journal.amend(entry.id.short) { $0.title = "Tweede versie" }
        #expect(!changedAgain)
        #expect(same.revisions.count == 2)
    }

    @Test func amendAttachesFilesInTheSameTransactionAsTheRevision() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        let file = folder.appending("brief.txt")
        try Data("inhoud".utf8).write(to: file)
        let entry = try journal.add(EntryFields(title: "Eerste versie"), attachments: [file])
        // The name is taken already: neither the file nor the new version is stored.
        #expect(throws: MeldboekError.self) {
            try journal.amend(entry.id.short, attaching: [file]) { $0.title = "Tweede versie" }
        }
        #expect(try journal.entry(entry.id.short).revisions.count == 1)
        let other = folder.appending("foto.txt")
        try Data("foto".utf8).write(to: other)
        let (amended, changed) = try journal.amend(entry.id.short, attaching: [other]) { $0.title = "Tweede versie" }
        #expect(changed)
        #expect(amended.attachments.map(\.name) == ["brief.txt", "foto.txt"])
        let stored = try journal.entry(entry.id.short)
        #expect(stored.revisions.count == 2)
        #expect(stored.attachments.map(\.name) == ["brief.txt", "foto.txt"])
    }

    @Test func referencesResolveByUniquePartOnly() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        let entry = try journal.add(EntryFields(title: "x"))
        #expect(try journal.entry(entry.id.short).id == entry.id)
        #expect(try journal.entry(String(entry.id.description.prefix(13))).id == entry.id)
        #expect(throws: MeldboekError.entryNotFound("ffff0000")) { try journal.entry("ffff0000") }
        #expect(throws: MeldboekError.entryNotFound("xyz")) { try journal.entry("xyz") }
    }

    @Test func attachmentRoundTripsByteForByteAcrossChunkBoundaries() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        let chunk = 64 * 1024
        let entry = try journal.add(EntryFields(title: "Bijlagen"))
        for size in [0, 1, chunk - 1, chunk, chunk + 1, 3 * chunk + 17] {
            let bytes = Random.bytes(count: size)
            let file = folder.appending("file-\(size).bin")
            try Data(bytes).write(to: file)
            try journal.attach([file], to: entry.id.description)
            let out = folder.appending("out-\(size).bin")
            try journal.saveAttachment(of: entry.id.description, named: "file-\(size).bin", to: out)
            #expect(try Data(contentsOf: out) == Data(bytes), "size \(size)")
            let info = try #require(try journal.entry(entry.id.short).attachments.first { $0.name == "file-\(size).bin" })
            #expect(info.size == UInt64(size))
            #expect(info.sha256 == Encoding.hex(SHA256.hash(bytes)))
        }
        #expect(try journal.verify().isIntact)
    }

    @Test func attachingTheSameNameTwiceIsRefused() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        let file = folder.appending("foto.jpg")
        try Data("jpeg".utf8).write(to: file)
        let entry = try journal.add(EntryFields(title: "x"), attachments: [file])
        #expect(throws: MeldboekError.attachmentExists(name: "foto.jpg")) {
            try journal.attach([file], to: entry.id.description)
        }
    }

    @Test func deleteRemovesEntryAndVerifyStillPasses() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        let file = folder.appending("bewijs.txt")
        try Data("geheim bewijs".utf8).write(to: file)
        let keep = try journal.add(EntryFields(title: "Blijft"))
        let gone = try journal.add(EntryFields(title: "Weg"), attachments: [file])
        try journal.amend(gone.id.description) { $0.narrative = "meer" }
        try journal.add(EntryFields(title: "Later"))
        try journal.delete(gone.id.description)
        let snapshot = try journal.snapshot()
        #expect(snapshot.entries.map(\.current.title).sorted() == ["Blijft", "Later"])
        #expect(throws: MeldboekError.entryNotFound(gone.id.description)) { try journal.entry(gone.id.description) }
        let report = try journal.verify()
        #expect(report.isIntact, "\(report.problems)")
        #expect(report.deletions == 1)
        #expect(try journal.entry(keep.id.short).current.title == "Blijft")
    }

    @Test func passphraseChangeReWrapsOnlyTheKey() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        let entry = try journal.add(EntryFields(title: "Bewaard"))
        try journal.changePassphrase(to: TestVault.secret("nieuw"))
        let vault = try Vault.open(at: journal.vault.folder)
        #expect(throws: MeldboekError.wrongPassphrase) { try vault.unlock(passphrase: TestVault.secret()) }
        let reopened = try vault.unlock(passphrase: TestVault.secret("nieuw"))
        #expect(try reopened.entry(entry.id.short).current.title == "Bewaard")
    }

    @Test func searchIgnoresCaseAndAccents() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        try journal.add(EntryFields(title: "In het Café", narrative: "Opmerking", categories: [.bullying]))
        try journal.add(EntryFields(title: "Elders", narrative: "niets"))
        let entries = try journal.snapshot().entries
        var filter = EntryFilter()
        filter.words = ["cafe"]
        #expect(filter.apply(to: entries, calendar: Calendar(identifier: .gregorian)).map(\.current.title) == ["In het Café"])
        filter.words = ["PESTEN"]
        #expect(filter.apply(to: entries, calendar: Calendar(identifier: .gregorian)).count == 1)
    }
}
