// `meldboek init`: a private folder and file, never a second vault over the first, the test KDF only when allowed.
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct InitTests {
    @Test func initCreatesAPrivateFolderAndFile() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        let result = try vault.succeed(["init", "--no-recovery", "--kdf", "test"])
        #expect(result.stdout.contains("Created a new vault in \(vault.folder.path)."))
        #expect(result.stdout.contains("Your fingerprint: "))
        #expect(try fileMode(vault.folder) == 0o700)
        #expect(try fileMode(vault.database) == 0o600)
        for name in try FileManager.default.contentsOfDirectory(atPath: vault.folder.path) {
            #expect(try fileMode(vault.folder.appendingPathComponent(name)) == 0o600, "\(name)")
        }
        // The minimum Argon2id cost (ops 1, 8 KiB), format 3, a melder's vault.
        #expect(try vault.sqlite("SELECT format, kdf, opsLimit, memLimit, length(salt), length(wrappedKey), role FROM vault")
                == "3|argon2id13|1|8192|16|72|melder")
        #expect(try vault.sqlite("SELECT count(*) FROM records") == "0")
        #expect(try vault.list().isEmpty)
    }

    /// The melder's card is no one's to add (every bundle carries the melder's keys); their fingerprint is what the
    /// adviser compares, so it is shown with what it is for, and the card only to scripts.
    @Test(arguments: [
        ("en", "Your fingerprint: ", "Your adviser sees this fingerprint when they import your first bundle."),
        ("nl", "Je vingerafdruk: ", "Je vertrouwenspersoon ziet deze vingerafdruk bij het importeren van je eerste bundel."),
    ])
    func theMeldersFingerprintIsShownWithWhatItIsForAndTheCardIsNot(
        language: String, label: String, use: String
    ) throws {
        let vault = try CLIVault(language: language, initialise: false)
        defer { vault.remove() }
        let created = try vault.succeed(["init", "--no-recovery", "--kdf", "test"])
        let identity = try vault.succeed(["identity"])
        let json = try vault.succeed(["identity", "--json"])
        let card = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: String])
        let fingerprint = try #require(card["fingerprint"])
        #expect(card["card"]?.hasPrefix("meldboek-card:1:age1") == true, "\(json)")
        for output in [created.stdout, identity.stdout] {
            let lines = output.split(separator: "\n").map(String.init)
            #expect(lines.contains(label + fingerprint), "\(output)")
            #expect(lines.contains { $0.hasPrefix(use) }, "\(output)")
            #expect(!output.contains("meldboek-card:"), "\(output)")
        }
        #expect(identity.stdout.split(separator: "\n").count == 2, "\(identity)")
    }

    @Test func aSecondInitIsRefusedAndChangesNothing() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.add("Eerste aantekening")
        let before = try vault.snapshot()
        let result = try vault.run(["init", "--no-recovery", "--kdf", "test"], environment: ["MELDBOEK_PASSPHRASE": "een andere wachtwoordzin"])
        expectError(result, status: 4, mentioning: ["A vault already exists", vault.folder.path])
        #expect(try vault.snapshot() == before)
        #expect(try vault.titles() == ["Eerste aantekening"])
    }

    @Test func theTestKDFNeedsTheTestSetting() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        let result = try vault.run(["init", "--no-recovery", "--kdf", "test"], environment: ["MELDBOEK_ALLOW_TEST_KDF": nil])
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains("--kdf"), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: vault.database.path))
    }

    @Test func initRefusesAFolderThatHoldsOtherFiles() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        try FileManager.default.createDirectory(at: vault.folder, withIntermediateDirectories: true)
        let other = vault.folder.appendingPathComponent("notes.txt")
        try Data("mijn eigen bestand".utf8).write(to: other)
        let modeBefore = try fileMode(vault.folder)
        let result = try vault.run(["init", "--no-recovery", "--kdf", "test"])
        expectError(result, status: 4, mentioning: [vault.folder.path])
        #expect(try Data(contentsOf: other) == Data("mijn eigen bestand".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: vault.folder.path) == ["notes.txt"])
        #expect(try fileMode(vault.folder) == modeBefore)
    }

    @Test func initTakesTheNewPassphraseBeforeTheUnlockingOne() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        try vault.succeed(["init", "--no-recovery", "--kdf", "test"], environment: ["MELDBOEK_NEW_PASSPHRASE": "nieuwe wachtwoordzin"])
        try vault.succeed(["list"], environment: ["MELDBOEK_PASSPHRASE": "nieuwe wachtwoordzin"])
        expectError(try vault.run(["list"]), status: 3, mentioning: ["Wrong passphrase."])
    }

    @Test func withoutASettingTheVaultLivesInTheXDGDataFolder() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        try vault.succeed(["init", "--no-recovery", "--kdf", "test"], environment: ["MELDBOEK_VAULT": nil])
        let folder = vault.path(".local/share/meldboek")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("meldboek.db").path))
        #expect(try fileMode(folder) == 0o700)
        try vault.succeed(["add", "--title", "Standaardplek"], environment: ["MELDBOEK_VAULT": nil])
        #expect(try vault.succeed(["list"], environment: ["MELDBOEK_VAULT": nil]).stdout.contains("Standaardplek"))
    }

    @Test func theVaultFolderComesFromTheVaultOption() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        let elsewhere = vault.path("elders")
        try vault.succeed(["init", "--no-recovery", "--kdf", "test", "--vault", elsewhere.path])
        #expect(FileManager.default.fileExists(atPath: elsewhere.appendingPathComponent("meldboek.db").path))
        #expect(!FileManager.default.fileExists(atPath: vault.folder.path))
        try vault.succeed(["add", "--title", "Daar", "--vault", elsewhere.path])
        let listed = try vault.succeed(["list", "--vault", elsewhere.path])
        #expect(listed.stdout.contains("Daar"))
    }
}
