// A vault left in format 2 (before the commitment log) keeps working, keeps no log, and `upgrade` brings it to 3.
import Foundation
import GRDB
@testable import MeldboekCore
import MeldboekSodium
import MeldboekTestSupport
import Testing

@Suite struct Format2UpgradeTests {
    /// A HOME with a vault as a build before format 3 left it: revisions without seeds, one deleted, format 2.
    static func format2Vault() throws -> CLIVault {
        let vault = try CLIVault(initialise: false)
        TestVault.keepStateOutOfHome()
        let passphrase = try SecureBytes(copying: Array(vault.runner.environment["MELDBOEK_PASSPHRASE"]!.utf8))
        let journal = try Vault.create(at: vault.folder, passphrase: passphrase, cost: .minimum)
        var ids: [EntryID] = []
        try journal.write { db in
            for (index, title) in ["Eerste", "Tweede", "Weg"].enumerated() {
                let id = EntryID.generate(now: Date(timeIntervalSince1970: 1_700_000_000 + Double(index)))
                ids.append(id)
                try journal.append(db, RevisionBody(
                    prev: Data(), entry: id, number: 1, recordedAt: Date(timeIntervalSince1970: 1_700_000_000),
                    fields: EntryFields(title: title), seed: nil))
            }
        }
        try journal.delete(ids[2].description)
        var header = journal.vault.header
        header.format = 2
        header.wrappedKey = try Vault.wrap(journal.keys.vaultKey, passphrase: passphrase, header: header)
        try journal.vault.database.write { db in
            try db.execute(sql: "UPDATE vault SET format = 2, wrappedKey = ? WHERE id = 1", arguments: [header.wrappedKey])
        }
        try journal.vault.database.close()
        return vault
    }

    @Test func aFormat2VaultKeepsWorkingWithoutALogAndUpgradeLogsEveryPosition() throws {
        let vault = try Self.format2Vault()
        defer { vault.remove() }
        let listed = try vault.succeed(["list"])
        #expect(listed.stderr.contains("this vault is in format 2, which keeps no commitment log"), "\(listed)")
        let refused = try vault.run(["checkpoint"])
        #expect(refused.status == 64 && refused.stdout.isEmpty, "\(refused)")
        #expect(refused.stderr.contains("meldboek: error: This vault is in format 2 and keeps no commitment log yet"),
                "\(refused)")
        #expect(refused.stderr.contains("meldboek: hint: Run 'meldboek upgrade'"), "\(refused)")
        try vault.add("Nog in indeling 2")
        #expect(try vault.sqlite("SELECT count(*) FROM sqlite_master WHERE name = 'evidence_log'") == "0")
        let before = try UpgradeAndRekeyTests.contents(vault)

        let upgraded = try vault.succeed(["upgrade"])
        #expect(upgraded.stdout.contains("Vault upgraded to format 3: 4 records sealed again."), "\(upgraded)")
        #expect(try UpgradeAndRekeyTests.contents(vault) == before)
        #expect(try vault.sqlite("SELECT group_concat(seq, ' ') FROM evidence_log") == "1 2 3 4 5")
        let verified = try vault.succeed(["verify"])
        #expect(verified.stdout.contains("Commitment log intact: every record has its leaf (5 in all)"), "\(verified)")
        #expect(try vault.succeed(["list"]).stderr.isEmpty)
        #expect(try vault.succeed(["checkpoint"]).stdout.split(separator: "\n")[1] == "5")
    }
}
