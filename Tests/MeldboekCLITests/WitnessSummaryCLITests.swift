// The sealed witness summary the views read "committed no later than" from: distrusted when changed,
// removed or left behind in sqlite3, and read instead of every record.
import Foundation
import MeldboekCore
import MeldboekEvidence
import MeldboekSodium
import MeldboekTestSupport
import Testing

@Suite struct WitnessSummaryCLITests {
    /// The journal of `vault` through the library, with its commitment log kept as the command line keeps it.
    static func journal(_ vault: CLIVault) throws -> Journal {
        TestVault.keepStateOutOfHome()
        let passphrase = try SecureBytes(copying: Array(vault.runner.environment["MELDBOEK_PASSPHRASE"]!.utf8))
        let journal = try Vault.open(at: vault.folder).unlock(passphrase: passphrase)
        try CommitmentLog.register(on: journal)
        return journal
    }

    static func firstCommitted(_ vault: CLIVault, _ id: String) throws -> String? {
        let revisions = try #require(try vault.show(id)["revisions"] as? [[String: Any]])
        return revisions[0]["committedNoLaterThan"] as? String
    }

    @Test func aSummaryChangedRemovedOrLeftBehindGivesWayToTheRecords() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let id = try vault.add("Vergadering")
        try vault.succeed(["checkpoint"])
        let before = try vault.sqlite("SELECT hex(sealed) FROM evidence_witness_summary WHERE id = 1")
        #expect(!before.isEmpty, "every write keeps the summary")
        try CommitmentLogCLITests.witnessLastCheckpoint(vault, at: Date(timeIntervalSince1970: 1_900_000_000))
        let witnessed = try #require(try Self.firstCommitted(vault, id))
        #expect(witnessed.hasPrefix("2030-03-17"), "\(witnessed)")
        let current = try vault.sqlite("SELECT hex(sealed) FROM evidence_witness_summary WHERE id = 1")
        #expect(current != before)

        // Left behind: the summary from before the witness (sealed with the right key, but over an older head).
        try vault.sqlite("UPDATE evidence_witness_summary SET sealed = x'\(before)' WHERE id = 1")
        #expect(try Self.firstCommitted(vault, id) == witnessed)
        // Changed: one byte of the sealed summary flipped.
        let flipped = String(current.prefix(40)) + (current.dropFirst(40).first == "0" ? "1" : "0") + current.dropFirst(41)
        try vault.sqlite("UPDATE evidence_witness_summary SET sealed = x'\(flipped)' WHERE id = 1")
        #expect(try Self.firstCommitted(vault, id) == witnessed)
        #expect(try vault.list()[0]["committedNoLaterThan"] as? String == witnessed)
        // Removed, and the table with it.
        try vault.sqlite("DELETE FROM evidence_witness_summary")
        #expect(try Self.firstCommitted(vault, id) == witnessed)
        try vault.sqlite("DROP TABLE evidence_witness_summary")
        let shown = try vault.succeed(["show", id, "--history"])
        #expect(shown.stdout.contains("(timestamp authority)"), "\(shown)")

        // The next write writes it again from the records.
        try vault.add("Daarna")
        #expect(try vault.sqlite("SELECT count(*) FROM evidence_witness_summary") == "1")
        #expect(try Self.firstCommitted(vault, id) == witnessed)
        try vault.succeed(["verify"])
    }

    /// `show` reads the witness times from the summary, not from every record: a witness record
    /// damaged in sqlite3 (the ledger cache past it, so listing and showing never open it) leaves
    /// `show` of an entry as it was, while `verify` finds the damage. Before the summary, `show`
    /// opened every record and lost the time.
    @Test func showOpensNoRecordButTheEntrysOwn() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let id = try vault.add("Vergadering")
        try vault.succeed(["checkpoint"])
        try CommitmentLogCLITests.witnessLastCheckpoint(vault, at: Date(timeIntervalSince1970: 1_900_000_000))
        let witnessRecord = try vault.sqlite("SELECT max(seq) FROM records")
        let witnessed = try #require(try Self.firstCommitted(vault, id))
        // More than the ledger cache's refresh interval, so the cache covers the witness record.
        let journal = try Self.journal(vault)
        for number in 1...70 { try journal.add(EntryFields(title: "Later \(number)", narrative: "Tekst \(number).")) }
        #expect(try Int(vault.sqlite("SELECT covers FROM ledgerCache WHERE id = 1"))! > Int(witnessRecord)!)

        try vault.sqlite("UPDATE records SET sealed = zeroblob(length(sealed)) WHERE seq = \(witnessRecord)")
        let shown = try vault.succeed(["show", id, "--history"])
        #expect(shown.stdout.contains("(timestamp authority)"), "\(shown)")
        #expect(try Self.firstCommitted(vault, id) == witnessed)
        let verified = try vault.run(["verify"])
        #expect(verified.status != 0, "\(verified)")
    }
}
