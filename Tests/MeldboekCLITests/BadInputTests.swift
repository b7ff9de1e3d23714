// Bad input: one clear error line, the right exit code, and the vault exactly as it was.
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct BadInputTests {
    /// A vault with one entry, and its files before the bad command.
    static func vaultWithAnEntry() throws -> (vault: CLIVault, id: String, before: [String: Data]) {
        let vault = try CLIVault()
        do {
            let id = try vault.add("Bestaande aantekening", ["--category", "bullying"])
            return (vault, id, try vault.snapshot())
        } catch {
            vault.remove()
            throw error
        }
    }

    @Test func anUnknownCategory() throws {
        let (vault, id, before) = try Self.vaultWithAnEntry()
        defer { vault.remove() }
        let result = try vault.run(["add", "--title", "Nieuw", "--category", "roddelen"])
        expectError(result, status: 64, mentioning: ["Unknown kind of behaviour 'roddelen'."])
        #expect(result.stderr.contains("meldboek: hint: Use sexual-harassment, aggression"))
        expectError(try vault.run(["amend", id, "--category", "roddelen"]), status: 64, mentioning: ["roddelen"])
        #expect(try vault.snapshot() == before)
    }

    /// Any word is a role in the melder's own words ("Jan:koning" is kept as "koning", counted as other: see
    /// RoleWordsTests); only a colon with nothing after it is refused.
    @Test func anEmptyRole() throws {
        let (vault, id, before) = try Self.vaultWithAnEntry()
        defer { vault.remove() }
        let result = try vault.run(["add", "--title", "Nieuw", "--person", "Jan:"])
        expectError(result, status: 64, mentioning: ["Unknown role ''."])
        #expect(result.stderr.contains("meldboek: hint: After the last colon comes the role: manager, colleague, client, "
                                       + "report or other (NAME:ROLE, or NAME:YOUR WORDS:ROLE)."), "\(result)")
        expectError(try vault.run(["amend", id, "--person", "Jan:"]), status: 64, mentioning: ["Unknown role"])
        #expect(try vault.snapshot() == before)
    }

    /// With three parts the last is one of the five roles: a typo there is refused, not read as part of the name.
    @Test func aTypoInTheRoleAfterTheWordsIsRefused() throws {
        let (vault, id, before) = try Self.vaultWithAnEntry()
        defer { vault.remove() }
        let result = try vault.run(["add", "--title", "Stage", "--person", "Sanne:stagiair:colega", "--lang", "nl"])
        expectError(result, status: 64, mentioning: ["Onbekende rol 'colega'."])
        #expect(result.stderr.contains("meldboek: tip: Na de laatste dubbele punt komt de rol: leidinggevende, collega, "
                                       + "klant, ondergeschikte of anders"), "\(result)")
        expectError(try vault.run(["amend", id, "--person", "Sanne:stagiair:colega"]), status: 64,
                    mentioning: ["Unknown role 'colega'."])
        #expect(try vault.snapshot() == before)
        // The form the hints name is the one add's help explains.
        let help = try vault.succeed(["add", "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("NAME:WORDS:ROLE keeps your words"), "\(help)")
    }

    @Test func someoneWithoutANameIsRefused() throws {
        let (vault, id, before) = try Self.vaultWithAnEntry()
        defer { vault.remove() }
        for person in [":manager", "", "  ", " : teamleider", ":stagiair:collega"] {
            let result = try vault.run(["add", "--title", "Naamloos", "--person", person])
            expectError(result, status: 64, mentioning: ["Someone involved needs a name"])
            #expect(result.stderr.contains("meldboek: hint: Give the name first, then the role"), "\(result)")
        }
        let dutch = try vault.run(["amend", id, "--person", ":leidinggevende", "--lang", "nl"])
        expectError(dutch, status: 64, mentioning: ["Een betrokkene heeft een naam nodig, en ':leidinggevende' heeft er geen."])
        #expect(try vault.snapshot() == before)
    }

    @Test func anUnparseableDate() throws {
        let (vault, id, before) = try Self.vaultWithAnEntry()
        defer { vault.remove() }
        for text in ["ergens na de lunch", "30 februari 2025", "2025-13-01", "yesterday 25:00"] {
            let result = try vault.run(["add", "--title", "Nieuw", "--when", text])
            expectError(result, status: 64, mentioning: ["Can't read the date '\(text)'."])
            #expect(result.stderr.contains("--when-approx"), "the hint should point at --when-approx: \(result)")
        }
        expectError(try vault.run(["amend", id, "--when", "ergens na de lunch"]), status: 64)
        expectError(try vault.run(["list", "--until", "ergens na de lunch"]), status: 64)
        #expect(try vault.snapshot() == before)
    }

    @Test func aMissingVault() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        for command in [["list"], ["add", "--title", "x"], ["verify"], ["show", "abcd"]] {
            let result = try vault.run(command)
            expectError(result, status: 4, mentioning: ["No vault at \(vault.folder.path)."])
            #expect(result.stderr.contains("meldboek: hint: Create one with 'meldboek init'"), "\(result)")
        }
        #expect(!FileManager.default.fileExists(atPath: vault.folder.path))
    }

    @Test func aMissingAdviserVaultPointsAtAdviserInit() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        let adviser = vault.path("adviser").path
        let bundle = vault.path("bundle.age")
        try Data("age".utf8).write(to: bundle)
        let commands = [["adviser", "card"], ["adviser", "cases"], ["adviser", "import", bundle.path],
                        ["unlock", "--adviser"], ["status", "--adviser"], ["upgrade", "--adviser"],
                        ["recovery", "test", "--adviser"]]
        for command in commands {
            let result = try vault.run(command, environment: ["MELDBOEK_ADVISER_VAULT": adviser])
            expectError(result, status: 4, mentioning: ["No vault at \(adviser)."])
            // 'meldboek init' would make a melder's journal, which adviser commands refuse.
            #expect(result.stderr.contains("meldboek: hint: Create the adviser's vault with 'meldboek adviser init'"),
                    "\(command): \(result)")
        }
        let dutch = try vault.run(["vertrouwenspersoon", "kaart", "--lang", "nl"],
                                  environment: ["MELDBOEK_ADVISER_VAULT": adviser])
        expectError(dutch, status: 4, mentioning: ["Geen kluis in \(adviser)."])
        #expect(dutch.stderr.contains("meldboek: tip: Maak de kluis van de vertrouwenspersoon met 'meldboek adviser init'"),
                "\(dutch)")
        #expect(!FileManager.default.fileExists(atPath: adviser))
    }

    @Test func aFolderThatIsNotAVault() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        try FileManager.default.createDirectory(at: vault.folder, withIntermediateDirectories: true)
        let note = vault.folder.appendingPathComponent("boodschappen.txt")
        try Data("melk".utf8).write(to: note)
        expectError(try vault.run(["list"]), status: 4, mentioning: ["is not a Meldboek vault"])

        // A meldboek.db that is some other file, or some other SQLite database.
        try Data("dit is geen database".utf8).write(to: vault.database)
        expectError(try vault.run(["list"]), status: 4, mentioning: ["is not a Meldboek vault"])
        try FileManager.default.removeItem(at: vault.database)
        let made = try Shell.run("/usr/bin/sqlite3", [vault.database.path, "CREATE TABLE notes (text TEXT)"])
        try #require(made.status == 0, "\(made.output)")
        let before = try vault.snapshot()
        expectError(try vault.run(["add", "--title", "x"]), status: 4, mentioning: ["is not a Meldboek vault"])
        #expect(try vault.snapshot() == before)
        #expect(try Data(contentsOf: note) == Data("melk".utf8))
    }

    @Test func aVaultWithANewerFormat() throws {
        let (vault, _, _) = try Self.vaultWithAnEntry()
        defer { vault.remove() }
        try vault.sqlite("UPDATE vault SET format = 99")
        let before = try vault.snapshot()
        for command in [["list"], ["add", "--title", "x"], ["verify"], ["passwd"]] {
            let result = try vault.run(command, environment: ["MELDBOEK_NEW_PASSPHRASE": "nieuw"])
            expectError(result, status: 4, mentioning: ["This vault has format 99", "up to format 3"])
            #expect(result.stderr.contains("meldboek: hint: Update Meldboek; the vault was left untouched."))
        }
        #expect(try vault.snapshot() == before)
    }

    @Test func textAndStdinTogether() throws {
        let (vault, id, before) = try Self.vaultWithAnEntry()
        defer { vault.remove() }
        for command in [["add", "--title", "x", "--text", "a", "--stdin"], ["amend", id, "--text", "a", "--stdin"],
                        ["add", "--text", "a", "--editor"]] {
            let result = try vault.run(command, input: "b")
            expectError(result, status: 64, mentioning: ["--text, --stdin or --editor"])
        }
        #expect(try vault.snapshot() == before)
    }

    @Test func whenAndWhenApproxTogether() throws {
        let (vault, _, before) = try Self.vaultWithAnEntry()
        defer { vault.remove() }
        let result = try vault.run(["add", "--title", "x", "--when", "2025-03-04", "--when-approx", "voorjaar"])
        expectError(result, status: 64, mentioning: ["--when", "--when-approx"])
        #expect(try vault.snapshot() == before)
    }

    @Test func anUnknownOptionOrCommandIsAUsageError() throws {
        let (vault, _, before) = try Self.vaultWithAnEntry()
        defer { vault.remove() }
        let option = try vault.run(["add", "--titel", "x"])
        #expect(option.status == 64, "\(option)")
        #expect(option.stderr.contains("--titel"))
        // `toevoegen` is `add` now; `opslaan` is nothing.
        let command = try vault.run(["opslaan"])
        #expect(command.status == 64, "\(command)")
        #expect(command.stderr.contains("opslaan"))
        #expect(try vault.snapshot() == before)
    }

    @Test func badInputIsCheckedBeforeThePassphraseIsAskedFor() throws {
        let (vault, _, before) = try Self.vaultWithAnEntry()
        defer { vault.remove() }
        // No passphrase at all: the category is still what the user hears about.
        let result = try vault.run(["add", "--title", "x", "--category", "roddelen"], environment: ["MELDBOEK_PASSPHRASE": nil])
        expectError(result, status: 64, mentioning: ["roddelen"])
        #expect(try vault.snapshot() == before)
    }

    /// A vault whose database lost its tables or was overwritten is damaged, to be restored from a backup: not
    /// "not a vault", which says the melder pointed at the wrong folder.
    @Test func aDamagedVaultIsSaidToBeDamaged() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.add("Voor de schade")
        let size = try Data(contentsOf: vault.database).count
        try #require(size >= 4096)
        for damage in ["DROP TABLE vault", "DROP TABLE records"] {
            let intact = try Data(contentsOf: vault.database)
            try vault.sqlite(damage)
            let result = try vault.run(["list"])
            expectError(result, status: 5, mentioning: ["The vault in \(vault.folder.path) is damaged"])
            #expect(result.stderr.contains("meldboek restore FILE --vault NEWFOLDER"), "\(result)")
            try intact.write(to: vault.database)
        }
        #expect(try vault.titles() == ["Voor de schade"])
        // Overwritten in place with as many random bytes: no SQLite file any more, but one's size.
        try randomData(count: size).write(to: vault.database)
        expectError(try vault.run(["list"]), status: 5, mentioning: ["is damaged"])
        let dutch = try vault.run(["list", "--lang", "nl"])
        expectError(dutch, status: 5, mentioning: ["De kluis in \(vault.folder.path) is beschadigd"])
        #expect(dutch.stderr.contains("meldboek restore BESTAND --vault NIEUWEMAP"), "\(dutch)")
        // Without meldboek.db the folder is simply not a vault.
        try FileManager.default.removeItem(at: vault.database)
        expectError(try vault.run(["list"]), status: 4, mentioning: ["is not a Meldboek vault"])
    }
}
