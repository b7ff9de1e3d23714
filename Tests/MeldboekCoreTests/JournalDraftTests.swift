// The one unfinished interview a journal keeps: sealed in the vault, taken along by rekey, saved once.
import Foundation
import GRDB
@testable import MeldboekCore
import MeldboekTestSupport
import Testing

@Suite struct JournalDraftTests {
    /// 4 March 2025, 12:00 in Amsterdam.
    static let now = Date(timeIntervalSince1970: 1_741_086_000)

    @Test func aDraftIsSealedInTheVaultAndGoesWithTheEntryItBecomes() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        #expect(try journal.draft() == nil && !journal.hasDraft())
        var draft = InterviewDraft()
        draft.stage = .location
        draft.narrative = ["Geheime woorden in het magazijn."]
        try journal.keepDraft(draft, now: Self.now)
        var kept = try #require(try journal.draft())
        #expect(kept.keptAt == Self.now)
        kept.keptAt = nil
        #expect(kept == draft)
        // A new key for the vault: the draft goes along.
        let rekeyed = try journal.rekey(passphrase: TestVault.secret()).journal
        #expect(try rekeyed.draft()?.narrative == draft.narrative)
        // Only the draft that was loaded is finished: one kept meanwhile is not taken along.
        let loaded = try #require(try rekeyed.draft())
        try rekeyed.keepDraft(draft, now: Self.now.addingTimeInterval(60))
        #expect(throws: MeldboekError.draftChanged) {
            try rekeyed.add(EntryFields(title: "Saved"), discardingDraft: loaded)
        }
        #expect(try rekeyed.snapshot().entries.isEmpty && rekeyed.hasDraft(), "nothing added, the newer draft kept")
        try rekeyed.add(EntryFields(title: "Saved"), discardingDraft: try rekeyed.draft())
        #expect(try !rekeyed.hasDraft())
        // Saved once: the same draft can't be saved a second time.
        #expect(throws: MeldboekError.draftChanged) {
            try rekeyed.add(EntryFields(title: "Saved again"), discardingDraft: loaded)
        }
        #expect(try rekeyed.verify().isIntact)
    }

    /// A draft that does not open under the vault's key is said to be unreadable, not taken for none, and rekey
    /// leaves it as it is rather than failing.
    @Test func aDraftThatDoesNotOpenIsUnreadableAndRekeyLeavesIt() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        var draft = InterviewDraft()
        draft.narrative = ["Iets."]
        try journal.keepDraft(draft, now: Self.now)
        try journal.vault.database.write { db in
            try db.execute(sql: "UPDATE draft SET sealed = zeroblob(length(sealed)) WHERE id = 1")
        }
        #expect(throws: MeldboekError.draftUnreadable) { try journal.draft() }
        let rekeyed = try journal.rekey(passphrase: TestVault.secret()).journal
        #expect(try rekeyed.hasDraft())
        #expect(throws: MeldboekError.draftUnreadable) { try rekeyed.draft() }
    }
}
