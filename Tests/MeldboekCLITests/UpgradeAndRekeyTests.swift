// `upgrade` from a vault Meldboek 0.1.0 wrote, and `rekey`: everything sealed again in one transaction.
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct UpgradeAndRekeyTests {
    static let fixturePassphrase = "fixture-passphrase"

    /// A HOME holding a copy of the format-1 vault in Fixtures/vault-0.1.0 (scripts/dev/make-fixture-0.1.0).
    static func fixtureVault() throws -> CLIVault {
        var vault = try CLIVault(initialise: false)
        vault.runner.environment["MELDBOEK_PASSPHRASE"] = fixturePassphrase
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/vault-0.1.0/meldboek.db")
        try FileManager.default.createDirectory(
            at: vault.folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try FileManager.default.copyItem(at: fixture, to: vault.database)
        chmod(vault.database.path, 0o600)
        return vault
    }

    /// Everything a reader sees of the journal: every entry with every version, as JSON.
    static func contents(_ vault: CLIVault) throws -> [String] {
        try vault.list().compactMap { $0["id"] as? String }.sorted().map {
            try vault.succeed(["show", $0, "--json"]).stdout
        }
    }

    @Test func theVaultOf0_1_0IsReadAsItIsAndUpgradedWithNothingLost() throws {
        let vault = try Self.fixtureVault()
        defer { vault.remove() }
        #expect(try vault.sqlite("SELECT format FROM vault") == "1")
        let listed = try vault.succeed(["list"])
        #expect(listed.stderr.contains("this vault is in format 1 (Meldboek 0.1.0)"), "\(listed)")
        #expect(try vault.titles() == ["Opmerking in de kantine", "Vergadering", "Na de verwijdering"])
        let before = try Self.contents(vault)
        #expect(before.count == 3)
        let kantine = try #require(try vault.list().first { $0["title"] as? String == "Opmerking in de kantine" }?["id"] as? String)
        try vault.succeed(["verify"])
        // Format 1 keeps no commitment log: there is nothing to sign a checkpoint over.
        let refused = try vault.run(["checkpoint"])
        #expect(refused.status == 64 && refused.stdout.isEmpty, "\(refused)")
        #expect(refused.stderr.contains("meldboek: error: This vault is in format 1 and keeps no commitment log yet"),
                "\(refused)")
        #expect(try vault.sqlite("SELECT count(*) FROM sqlite_master WHERE name = 'evidence_log'") == "0")

        let upgraded = try vault.succeed(["upgrade"])
        #expect(upgraded.stdout.contains("Vault upgraded to format 3: 6 records sealed again."), "\(upgraded)")
        #expect(upgraded.stdout.contains("Journal fingerprint: 7:"), "\(upgraded)")
        #expect(try vault.sqlite("SELECT format FROM vault") == "3")
        #expect(try Self.contents(vault) == before)
        let after = try vault.succeed(["list"])
        #expect(after.stderr.isEmpty, "no note and no warning after the upgrade: \(after)")
        let verified = try vault.succeed(["verify"])
        #expect(verified.stdout.contains("Vault intact: 6 records, 3 entries, 1 attachment and 1 deletion checked."))
        // Every position of the chain is logged, the removed one too; proof for these starts at the upgrade.
        #expect(try vault.sqlite("SELECT group_concat(position || ':' || seq || ':' || length(leaf), ' ') FROM evidence_log")
                == "0:1:32 1:2:32 2:3:32 3:4:32 4:5:32 5:6:32 6:7:32")
        #expect(verified.stdout.contains("Commitment log intact: every record has its leaf (7 in all); no checkpoint yet."),
                "\(verified)")
        let checkpoint = try vault.succeed(["checkpoint"])
        #expect(checkpoint.stdout.split(separator: "\n")[1] == "7", "\(checkpoint)")
        for id in try vault.list().compactMap({ $0["id"] as? String }) {
            #expect(try vault.succeed(["show", id]).stdout.contains("Committed no later than: not witnessed yet"))
        }
        let saved = vault.path("mail.txt")
        try vault.succeed(["attachment", "save", kantine, "mail.txt", "--out", saved.path])
        #expect(try String(contentsOf: saved, encoding: .utf8) == "screenshot bytes\n")
        try vault.succeed(["add", "--title", "Na de upgrade"])
        try vault.succeed(["verify"])

        expectError(try vault.run(["upgrade"]), status: 64, mentioning: ["format 3 already"])
    }

    @Test func afterTheUpgradeARecordMovedToAnotherRowNoLongerOpens() throws {
        let vault = try Self.fixtureVault()
        defer { vault.remove() }
        // Before: format 1 binds only the id, so two swapped records still open (verify sees the chain broken).
        try vault.succeed(["upgrade"])
        try vault.sqlite(ChainIntegrityTests.swapped(2, 3))
        let verified = try vault.run(["verify"])
        #expect(verified.status == 5, "\(verified)")
        #expect(verified.stdout.contains("record 2 (id") && verified.stdout.contains("record 3 (id"), "\(verified)")
    }

    @Test func upgradeAsksForThePassphraseEvenDuringAnUnlockSessionAndChangesNothingWithoutIt() throws {
        let vault = try Self.fixtureVault()
        defer { vault.remove() }
        try vault.succeed(["unlock", "--for", "5m"])
        defer { _ = try? vault.run(["lock"]) }
        let before = try vault.snapshot()
        expectError(try vault.run(["upgrade"], environment: ["MELDBOEK_PASSPHRASE": nil]), status: 3)
        expectError(try vault.run(["upgrade"], environment: ["MELDBOEK_PASSPHRASE": "wrong"]), status: 3,
                    mentioning: ["passphrase"])
        #expect(try vault.snapshot() == before)
    }

    @Test func aDamagedVaultIsNotSealedAgain() throws {
        let vault = try Self.fixtureVault()
        defer { vault.remove() }
        try vault.sqlite("UPDATE records SET sealed = \(ChainIntegrityTests.flipped("sealed")) WHERE seq = 2")
        let before = try vault.snapshot()
        expectError(try vault.run(["upgrade"]), status: 5, mentioning: ["Every record must be readable"])
        expectError(try vault.run(["rekey"]), status: 5, mentioning: ["Every record must be readable"])
        #expect(try vault.snapshot() == before)
    }

    @Test func rekeySealsEveryRecordAndChunkAnewAndTheJournalReadsTheSame() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let file = vault.path("opname.bin")
        let content = randomData(count: 200_000)
        try content.write(to: file)
        let id = try vault.add("Met opname", ["--attach", file.path])
        let gone = try vault.add("Weg")
        try vault.succeed(["amend", id, "--append", "Later meer."])
        try vault.succeed(["delete", gone, "--yes"])
        let before = try Self.contents(vault)
        let records = try vault.sqlite("SELECT seq || ':' || hex(sealed) FROM records ORDER BY seq")
        let chunks = try vault.sqlite("SELECT n || ':' || hex(sealed) FROM chunks ORDER BY n")
        let wrapped = try vault.sqlite("SELECT hex(wrappedKey) FROM vault")
        let leaves = try vault.sqlite("SELECT hex(leaf) FROM evidence_log ORDER BY position")
        #expect(leaves.split(separator: "\n").count == 5)
        try vault.succeed(["unlock", "--for", "5m"])

        let rekeyed = try vault.succeed(["rekey"])
        #expect(rekeyed.stdout.contains("New vault key: 4 records"), "\(rekeyed)")
        #expect(rekeyed.stdout.contains("The unlock session was ended"), "\(rekeyed)")
        let newRecords = try vault.sqlite("SELECT seq || ':' || hex(sealed) FROM records ORDER BY seq")
        let newChunks = try vault.sqlite("SELECT n || ':' || hex(sealed) FROM chunks ORDER BY n")
        for (old, new) in zip(records.split(separator: "\n"), newRecords.split(separator: "\n")) { #expect(old != new) }
        for (old, new) in zip(chunks.split(separator: "\n"), newChunks.split(separator: "\n")) { #expect(old != new) }
        #expect(try vault.sqlite("SELECT hex(wrappedKey) FROM vault") != wrapped)

        // The same passphrase opens it; everything reads as before.
        #expect(try Self.contents(vault) == before)
        let verified = try vault.succeed(["verify"])
        #expect(verified.stdout.contains("Commitment log intact"), "\(verified)")
        // The leaves depend on the seeds, the identity and the records' ids, not on the vault key.
        #expect(try vault.sqlite("SELECT hex(leaf) FROM evidence_log ORDER BY position") == leaves)
        let saved = vault.path("terug.bin")
        try vault.succeed(["attachment", "save", id, "opname.bin", "--out", saved.path])
        #expect(try Data(contentsOf: saved) == content)
    }

    @Test func aKilledRekeyLeavesTheOldOrTheNewVaultNeverAMix() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let file = vault.path("groot.bin")
        try randomData(count: 8 << 20).write(to: file)
        try vault.add("Met een grote bijlage", ["--attach", file.path])
        for number in 1...10 { try vault.add("Aantekening \(number)") }
        let before = try vault.succeed(["list", "--json"]).stdout
        var outcomes: Set<String> = []
        for delay in [0.05, 0.3, 0.9] {
            let wrapped = try vault.sqlite("SELECT hex(wrappedKey) FROM vault")
            let process = Process()
            // Run directly, not through setsid, so the kill reaches meldboek itself.
            process.executableURL = vault.runner.binary
            process.arguments = ["rekey"]
            process.environment = vault.runner.environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // No killed run leaves a half-sealed vault: whichever key it has, every record opens under it.
            let verified = try vault.run(["verify"])
            #expect(verified.status == 0, "killed after \(delay) s: \(verified)")
            #expect(try vault.succeed(["list", "--json"]).stdout == before, "killed after \(delay) s")
            outcomes.insert(try vault.sqlite("SELECT hex(wrappedKey) FROM vault") == wrapped ? "old" : "new")
        }
        #expect(outcomes.contains("old"), "some kill should have come before the commit: \(outcomes)")
    }

    /// rekey wraps the recovery code anew from the copy the vault keeps; with that copy damaged it used to drop the
    /// slot without a word, leaving the code on paper opening nothing.
    @Test func rekeyRefusesWhenTheKeptRecoveryCodeNoLongerOpens() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        try vault.succeed(["init", "--kdf", "test", "--recovery-code-out", vault.path("code.txt").path])
        try vault.add("Voor de nieuwe sleutel")
        try vault.sqlite("UPDATE recovery SET sealed = zeroblob(length(sealed))")
        let before = try vault.snapshot()
        let refused = try vault.run(["rekey"])
        expectError(refused, status: 5, mentioning: ["recovery code is damaged or was altered"])
        #expect(refused.stderr.contains("'meldboek recovery create'"), "\(refused)")
        #expect(try vault.snapshot() == before)
        #expect(try vault.sqlite("SELECT count(*) FROM recovery") == "1")

        // With a new code made first, rekey carries it over.
        let new = vault.path("new.txt")
        try vault.succeed(["recovery", "create", "--recovery-code-out", new.path])
        try vault.succeed(["rekey"])
        try vault.succeed(["recovery", "test"], environment: ["MELDBOEK_RECOVERY_CODE_FILE": new.path])
    }
}
