// Passphrases: from the environment, a file or a command; wrong ones change nothing; `passwd` re-wraps only the key.
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct PassphraseTests {
    static let newPassphrase = "paard batterij nietje correct"

    @Test func passwdChangesThePassphraseAndKeepsEveryRecord() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let id = try vault.add("Voor de wissel", ["--text", "Dit moet blijven."])
        let recordsBefore = try vault.sqlite("SELECT seq, hex(id), hex(sealed) FROM records ORDER BY seq")
        let keyBefore = try vault.sqlite("SELECT hex(salt), hex(wrappedKey) FROM vault")

        let changed = try vault.succeed(["passwd"], environment: ["MELDBOEK_NEW_PASSPHRASE": Self.newPassphrase])
        #expect(changed.stdout.hasPrefix("Passphrase changed."))

        let old = try vault.run(["list"])
        expectError(old, status: 3, mentioning: ["Wrong passphrase."])
        #expect(old.stderr == "meldboek: error: Wrong passphrase.\n")

        let json = try CLIVault.jsonObject(
            try vault.succeed(["show", id, "--json"], environment: ["MELDBOEK_PASSPHRASE": Self.newPassphrase]).stdout)
        #expect(json["title"] as? String == "Voor de wissel")
        #expect(json["narrative"] as? String == "Dit moet blijven.")
        try vault.succeed(["verify"], environment: ["MELDBOEK_PASSPHRASE": Self.newPassphrase])

        // Only the wrapped key changed: no record was re-encrypted.
        #expect(try vault.sqlite("SELECT seq, hex(id), hex(sealed) FROM records ORDER BY seq") == recordsBefore)
        #expect(try vault.sqlite("SELECT hex(salt), hex(wrappedKey) FROM vault") != keyBefore)
    }

    @Test func passwdWithoutANewPassphraseChangesNothing() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.add("Blijft open")
        let before = try vault.snapshot()
        expectError(try vault.run(["passwd"]), status: 3, mentioning: ["No new passphrase"])
        #expect(try vault.snapshot() == before)
        #expect(try vault.titles() == ["Blijft open"])
    }

    @Test func passwdAlsoTakesTheNewPassphraseFromAFile() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.add("Bestand")
        let file = vault.path("nieuw.txt")
        try Data((Self.newPassphrase + "\n").utf8).write(to: file)
        try vault.succeed(["passwd"], environment: ["MELDBOEK_NEW_PASSPHRASE_FILE": file.path])
        #expect(try vault.succeed(["list"], environment: ["MELDBOEK_PASSPHRASE": Self.newPassphrase]).stdout
                .contains("Bestand"))
    }

    @Test func thePassphraseCanComeFromAFile() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.add("Uit een bestand")
        let file = vault.path("wachtwoordzin.txt")
        try Data((TestVault.passphrase + "\n").utf8).write(to: file)
        let result = try vault.succeed(["list"], environment: ["MELDBOEK_PASSPHRASE": nil,
                                                                "MELDBOEK_PASSPHRASE_FILE": file.path])
        #expect(result.stdout.contains("Uit een bestand"))

        let wrong = vault.path("fout.txt")
        try Data("niet deze\n".utf8).write(to: wrong)
        expectError(try vault.run(["list"], environment: ["MELDBOEK_PASSPHRASE": nil, "MELDBOEK_PASSPHRASE_FILE": wrong.path]),
                    status: 3, mentioning: ["Wrong passphrase."])
    }

    @Test func thePassphraseCanComeFromACommand() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.add("Uit een commando")
        let command = "printf '%s\\n' '\(TestVault.passphrase)'"
        let result = try vault.succeed(["list"], environment: ["MELDBOEK_PASSPHRASE": nil,
                                                                "MELDBOEK_PASSPHRASE_COMMAND": command])
        #expect(result.stdout.contains("Uit een commando"))
    }

    @Test func aFailingPassphraseCommandGivesExitThree() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let before = try vault.snapshot()
        let result = try vault.run(["add", "--title", "Komt er niet in"],
                                   environment: ["MELDBOEK_PASSPHRASE": nil, "MELDBOEK_PASSPHRASE_COMMAND": "exit 42"])
        expectError(result, status: 3, mentioning: ["The passphrase command failed", "42"])
        #expect(try vault.snapshot() == before)
    }

    @Test func withoutAnyPassphraseOrTerminalTheErrorSaysSo() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let before = try vault.snapshot()
        let result = try vault.run(["list"], environment: ["MELDBOEK_PASSPHRASE": nil])
        expectError(result, status: 3, mentioning: ["The vault is locked", "no unlock session", "no terminal", "MELDBOEK_PASSPHRASE"])
        #expect(try vault.snapshot() == before)
    }

    @Test func anEmptyPassphraseIsRefused() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        expectError(try vault.run(["list"], environment: ["MELDBOEK_PASSPHRASE": ""]), status: 3, mentioning: ["empty"])
    }

    @Test(arguments: [["list"], ["add", "--title", "Poging"], ["amend", "0000", "--title", "x"], ["verify"],
                      ["passwd"], ["delete", "0000", "--yes"]])
    func aWrongPassphraseChangesNotOneByte(command: [String]) throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let id = try vault.add("Bestaand")
        let arguments = command.map { $0 == "0000" ? id : $0 }
        let before = try vault.snapshot()
        let result = try vault.run(arguments, environment: ["MELDBOEK_PASSPHRASE": "dit is hem niet",
                                                            "MELDBOEK_NEW_PASSPHRASE": Self.newPassphrase])
        #expect(result.status == 3, "\(result)")
        #expect(result.stderr == "meldboek: error: Wrong passphrase.\n", "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(try vault.snapshot() == before)
    }
}
