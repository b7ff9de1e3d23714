// The commitment log end to end: `checkpoint`, `verify` catching a log changed with sqlite3, and the witness times in views.
import Foundation
import MeldboekCore
import MeldboekEvidence
import MeldboekSodium
import MeldboekTestSupport
import MeldboekText
import Testing

@Suite struct CommitmentLogCLITests {
    /// Stores a timestamp witness of the journal's last checkpoint through the library, as `anchor import` does.
    static func witnessLastCheckpoint(_ vault: CLIVault, at time: Date) throws {
        TestVault.keepStateOutOfHome()
        let passphrase = try SecureBytes(copying: Array(vault.runner.environment["MELDBOEK_PASSPHRASE"]!.utf8))
        let journal = try Vault.open(at: vault.folder).unlock(passphrase: passphrase)
        let store = try EvidenceStore(journal: journal)
        let last = try #require(try store.checkpoints().last)
        try store.record(timestamp: last.checkpoint, genTime: time, authority: "Test TSA", policy: "1.2.3", token: Data([1]))
    }

    @Test func checkpointPrintsTheSignedNoteWritesItAndStoresIt() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.add("Een")
        try vault.add("Twee")
        let out = vault.path("checkpoint.txt")
        let made = try vault.succeed(["checkpoint", "--out", out.path])
        let lines = made.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 6, "\(made)")
        let origin = lines[0]
        #expect(origin.range(of: #"^meldboek\.journal/[0-9a-f]{32}$"#, options: .regularExpression) != nil, "\(made)")
        #expect(lines[1] == "2")
        #expect(Data(base64Encoded: lines[2])?.count == 32)
        #expect(lines[3] == "" && lines[4].hasPrefix("— \(origin) ") && lines[5] == "")
        #expect(try String(contentsOf: out, encoding: .utf8) == made.stdout)
        #expect(try fileMode(out) == 0o600)
        #expect(made.stderr.contains("Checkpoint signed over 2 records"), "\(made)")

        let again = try vault.succeed(["checkpoint"])
        #expect(again.stdout.hasPrefix(origin + "\n3\n"), "the first checkpoint is the third leaf: \(again)")
        expectError(try vault.run(["checkpoint", "--out", out.path]), status: 1, mentioning: [out.path])
        let verified = try vault.succeed(["verify"])
        #expect(verified.stdout.contains("Commitment log intact: every record has its leaf (4 in all); 2 checkpoints checked."), "\(verified)")
    }

    @Test func verifyFindsALeafChangedInTheLog() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.add("Een")
        try vault.add("Twee")
        try vault.sqlite("UPDATE evidence_log SET leaf = randomblob(32) WHERE position = 1")
        let verified = try vault.run(["verify"])
        #expect(verified.status == 5, "\(verified)")
        #expect(verified.stdout.contains("record 2 gives another leaf than the log holds"), "\(verified)")
        // Nor is a checkpoint signed over it.
        expectError(try vault.run(["checkpoint"]), status: 5, mentioning: ["The commitment log does not match the journal"])
    }

    @Test func verifyFindsALeafRowRemovedFromTheLog() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.add("Een")
        try vault.add("Twee")
        try vault.add("Drie")
        try vault.sqlite("DELETE FROM evidence_log WHERE position = 1")
        let verified = try vault.run(["verify"])
        #expect(verified.status == 5, "\(verified)")
        #expect(verified.stdout.contains("record 2 has no leaf in the commitment log"), "\(verified)")
        #expect(verified.stdout.contains("the commitment log is not contiguous at leaf 1"), "\(verified)")
    }

    @Test func verifyFindsALeafAddedPastTheEndOfTheChain() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.add("Een")
        try vault.sqlite("INSERT INTO evidence_log (position, seq, leaf) VALUES (1, 2, randomblob(32))")
        let verified = try vault.run(["verify"])
        #expect(verified.status == 5, "\(verified)")
        #expect(verified.stdout.contains("leaf 1 stands for no record of the journal"), "\(verified)")
        // Nothing is signed over a log that runs past the chain.
        let refused = try vault.run(["checkpoint"])
        expectError(refused, status: 5, mentioning: ["The commitment log does not match the journal"])
    }

    @Test func verifyFindsADeletedEntrysLeafSwappedThroughTheCheckpointsRoot() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let gone = try vault.add("Weg")
        try vault.add("Blijft")
        try vault.succeed(["delete", gone, "--yes"])
        try vault.succeed(["checkpoint"])
        // No record is left to recompute leaf 0 from: only the signed checkpoint's root shows the change.
        try vault.sqlite("UPDATE evidence_log SET leaf = randomblob(32) WHERE position = 0")
        let verified = try vault.run(["verify"])
        #expect(verified.status == 5, "\(verified)")
        #expect(verified.stdout.contains("the checkpoint over 3 records does not match the commitment log"), "\(verified)")
        #expect(!verified.stdout.contains("another leaf"), "\(verified)")
    }

    @Test func showListAndTheReportGiveTheFirstWitnessBesideTheMeldersOwnTime() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let id = try vault.add("Vergadering")
        let shown = try vault.succeed(["show", id])
        #expect(shown.stdout.contains("Committed no later than: not witnessed yet (only this computer's clock)"), "\(shown)")
        #expect(try vault.list()[0]["committedNoLaterThan"] == nil)

        try vault.succeed(["checkpoint"])
        try vault.succeed(["amend", id, "--append", "Later meer."])
        let witnessedAt = Date().addingTimeInterval(3 * 24 * 3600)
        try Self.witnessLastCheckpoint(vault, at: witnessedAt)

        let text = EntryText(language: .en, timeZone: TimeZone(identifier: vault.runner.environment["TZ"] ?? "UTC")!)
        let history = try vault.succeed(["show", id, "--history"])
        #expect(history.stdout.contains(
            "Committed no later than: \(text.moment(witnessedAt)) (timestamp authority) (!) recorded more than 24 hours before its first witness"),
            "\(history)")
        #expect(history.stdout.contains("Committed no later than: not witnessed yet"), "version 2 came after: \(history)")
        let json = try vault.show(id)
        let revisions = try #require(json["revisions"] as? [[String: Any]])
        #expect(revisions[0]["committedWitness"] as? String == "timestamp")
        #expect(revisions[0]["recordedLongBeforeWitness"] as? Bool == true)
        #expect(revisions[1]["committedNoLaterThan"] == nil)
        let listed = try vault.list()[0]
        #expect(listed["committedWitness"] as? String == "timestamp")
        #expect((listed["committedNoLaterThan"] as? String)?.hasPrefix("20") == true)

        let report = vault.path("rapport.md")
        try vault.succeed(["report", "--format", "markdown", "--out", report.path])
        let markdown = try String(contentsOf: report, encoding: .utf8)
        #expect(markdown.contains("- Committed no later than: \(text.moment(witnessedAt)) (timestamp authority) (\\!) recorded more than 24 hours"),
                "\(markdown)")

        let html = vault.path("rapport.html")
        try vault.succeed(["report", "--format", "html", "--out", html.path])
        let page = try String(contentsOf: html, encoding: .utf8)
        #expect(page.contains("<dt>Committed no later than</dt><dd>\(text.moment(witnessedAt)) (timestamp authority) (!) recorded"),
                "\(page)")

        let dutch = try vault.succeed(["show", id, "--lang", "nl"])
        #expect(dutch.stdout.contains("Vastgelegd uiterlijk op: "), "\(dutch)")
        #expect(dutch.stdout.contains("(tijdstempeldienst) (!) meer dan 24 uur"), "\(dutch)")
    }

    @Test func aWitnessWithinADayIsNotFlagged() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let id = try vault.add("Vergadering")
        try vault.succeed(["checkpoint"])
        try Self.witnessLastCheckpoint(vault, at: Date().addingTimeInterval(3600))
        let shown = try vault.succeed(["show", id])
        #expect(shown.stdout.contains("(timestamp authority)\n"), "\(shown)")
        #expect(!shown.stdout.contains("(!)"), "\(shown)")
        #expect(try vault.show(id)["recordedLongBeforeWitness"] as? Bool == false)
    }
}
