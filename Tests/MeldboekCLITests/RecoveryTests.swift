// The recovery code end to end: shown once at `init` and typed back, `recover` after a forgotten passphrase,
// `recovery create` replacing the code, `recovery test`, and scripts without a terminal.
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct RecoveryTests {
    static let newPassphrase = "een heel nieuwe wachtwoordzin"

    /// The twelve words as the terminal showed them ("  1. legal        2. winner ...").
    static func words(on screen: String) throws -> [String] {
        let pattern = try NSRegularExpression(pattern: "(?:^|\\s)(\\d{1,2})\\. ([a-z]+)")
        var words: [Int: String] = [:]
        for match in pattern.matches(in: screen, range: NSRange(screen.startIndex..., in: screen)) {
            let number = Int(screen[Range(match.range(at: 1), in: screen)!])!
            words[number] = String(screen[Range(match.range(at: 2), in: screen)!])
        }
        return try (1...12).map { try #require(words[$0], "word \($0) not shown:\n\(screen)") }
    }

    /// Answers the three "Word N: " questions with the words shown, the first one wrong once.
    static func typeWordsBack(_ session: PseudoTerminal, _ words: [String], label: String, wrong: String) throws {
        for question in 0..<3 {
            let asked = try session.expect(": ")
            let number = try #require(Int(asked.components(separatedBy: label).last!.dropLast(2)), "\(asked)")
            if question == 0 {
                session.type(words[number - 1] == "zoo" ? "abandon" : "zoo")
                try session.expect(wrong)
                try session.expect(label + "\(number): ")
            }
            // The first four letters, in capitals: forgiving as the code itself is.
            session.type(String(words[number - 1].prefix(4)).uppercased())
        }
    }

    @Test(arguments: [
        ("en", "Your recovery code.", "Press Enter when you have written the words down.", "Word ", "That is not word",
         "Recovery code kept."),
        ("nl", "Je herstelcode.", "Druk op Enter als je de woorden hebt opgeschreven.", "Woord ", "Dat is niet woord",
         "Herstelcode bewaard."),
    ])
    func initShowsTheCodeOnceAndHasWordsTypedBack(
        language: String, heading: String, written: String, label: String, wrong: String, kept: String
    ) throws {
        let vault = try CLIVault(language: language, initialise: false)
        defer { vault.remove() }
        let session = try PseudoTerminal(
            runner: vault.runner, arguments: ["init", "--kdf", "test"],
            environment: ["MELDBOEK_NEW_PASSPHRASE": TestVault.passphrase])
        try session.expect(heading)
        let shown = try session.expect(written)
        let words = try Self.words(on: shown)
        #expect(!session.echoesInput)
        session.type("")
        try Self.typeWordsBack(session, words, label: label, wrong: wrong)
        try session.expect(kept)
        #expect(try session.wait() == 0, "\(session.screen)")
        #expect(session.echoesInput)

        // The words shown are the vault's code: `recovery test` takes them, and tells a wrong code apart.
        let phrase = words.joined(separator: " ")
        let tested = try vault.succeed(["recovery", "test"], environment: ["MELDBOEK_RECOVERY_CODE": phrase])
        #expect(tested.stdout.contains(language == "en" ? "The recovery code is right" : "De herstelcode klopt"))
        let other = try vault.run(["recovery", "test"], environment: [
            "MELDBOEK_RECOVERY_CODE": "legal winner thank year wave sausage worth useful legal winner thank yellow"])
        expectError(other, status: 3, mentioning: [language == "en" ? "does not open this vault" : "opent deze kluis niet"])
    }

    @Test func aCodeNotTypedBackLeavesNoVault() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        let session = try PseudoTerminal(
            runner: vault.runner, arguments: ["init", "--kdf", "test"],
            environment: ["MELDBOEK_NEW_PASSPHRASE": TestVault.passphrase])
        let words = try Self.words(on: try session.expect("Press Enter when you have written the words down."))
        session.type("")
        let asked = try session.expect(": ")
        let number = try #require(Int(asked.components(separatedBy: "Word ").last!.dropLast(2)))
        for attempt in 0..<3 {
            // Typed only once the question shows: what is typed before it is flushed with the echo going off.
            if attempt > 0 { try session.expect("Word \(number): ") }
            session.type(words[number - 1] == "zoo" ? "abandon" : "zoo")
            if attempt < 2 { try session.expect("That is not word \(number).") }
        }
        #expect(try session.wait() == 3, "\(session.screen)")
        #expect(session.screen.contains("The words typed back did not match the recovery code; nothing was kept."))
        #expect(!FileManager.default.fileExists(atPath: vault.database.path))
    }

    /// A script has no terminal to show the code on: it must say where the code goes, or that there is none.
    @Test func withoutATerminalInitNeedsToBeToldWhereTheCodeGoes() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        let refused = try vault.run(["init", "--kdf", "test"])
        expectError(refused, status: 64, mentioning: ["no terminal to show the recovery code on"])
        #expect(refused.stderr.contains("'--recovery-code-out FILE'") && refused.stderr.contains("'--no-recovery'"))
        #expect(!FileManager.default.fileExists(atPath: vault.database.path))
        expectError(try vault.run(["init", "--kdf", "test", "--no-recovery", "--recovery-code-out", vault.path("c").path]),
                    status: 64, mentioning: ["can't be used together"])

        let none = try vault.succeed(["init", "--kdf", "test", "--no-recovery"])
        #expect(none.stderr.contains("Warning: this vault has no recovery code."))
        expectError(try vault.run(["recovery", "test"], environment: [
            "MELDBOEK_RECOVERY_CODE": "legal winner thank year wave sausage worth useful legal winner thank yellow"]),
                    status: 3, mentioning: ["This vault has no recovery code."])
    }

    @Test func aRecoverySlotCopiedInFromAnotherVaultOpensNothingAndVerifySaysSo() throws {
        let ours = try CLIVault(initialise: false)
        defer { ours.remove() }
        let theirs = try CLIVault(initialise: false)
        defer { theirs.remove() }
        let ourCode = ours.path("ours.txt")
        let theirCode = theirs.path("theirs.txt")
        try ours.succeed(["init", "--kdf", "test", "--recovery-code-out", ourCode.path])
        try theirs.succeed(["init", "--kdf", "test", "--recovery-code-out", theirCode.path])
        _ = try ours.sqlite("""
            ATTACH '\(theirs.database.path)' AS theirs; DELETE FROM recovery;
            INSERT INTO recovery SELECT * FROM theirs.recovery;
            """)
        // Their code unwraps their slot, but their key opens nothing of ours.
        let tested = try ours.run(["recovery", "test"], environment: ["MELDBOEK_RECOVERY_CODE_FILE": theirCode.path])
        #expect(tested.status == 5, "\(tested)")
        #expect(tested.stderr.contains("recovery code is damaged or was altered"))
        let recovered = try ours.run(["recover"], environment: [
            "MELDBOEK_RECOVERY_CODE_FILE": theirCode.path, "MELDBOEK_NEW_PASSPHRASE": "een nieuwe zin"])
        #expect(recovered.status == 5 && recovered.stderr.contains("recovery code is damaged"), "\(recovered)")
        // Our passphrase still opens our vault, and verify names the foreign slot.
        let verified = try ours.run(["verify"])
        #expect(verified.status == 5, "\(verified)")
        #expect(verified.stdout.contains("The vault's recovery code is damaged or was altered"))
    }

    @Test func aDamagedKeptCopyOfTheCodeDoesNotStopARecovery() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        let code = vault.path("code.txt")
        try vault.succeed(["init", "--kdf", "test", "--recovery-code-out", code.path])
        // The copy kept for backups no longer opens; the slot that wraps the vault key is whole.
        _ = try vault.sqlite("UPDATE recovery SET sealed = zeroblob(length(sealed))")
        let recovered = try vault.run(["recover"], environment: [
            "MELDBOEK_RECOVERY_CODE_FILE": code.path, "MELDBOEK_NEW_PASSPHRASE": "een nieuwe zin", "MELDBOEK_PASSPHRASE": nil])
        #expect(recovered.status == 0, "\(recovered)")
        try vault.succeed(["list"], environment: ["MELDBOEK_PASSPHRASE": "een nieuwe zin"])
        // verify still names the damaged copy.
        let verified = try vault.run(["verify"], environment: ["MELDBOEK_PASSPHRASE": "een nieuwe zin"])
        #expect(verified.status == 5 && verified.stdout.contains("recovery code is damaged"), "\(verified)")
    }

    @Test func theCodeFileIsNewAndPrivate() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        let file = vault.path("herstelcode.txt")
        try Data("er staat al iets\n".utf8).write(to: file)
        expectError(try vault.run(["init", "--kdf", "test", "--recovery-code-out", file.path]), status: 1)
        #expect(!FileManager.default.fileExists(atPath: vault.database.path))
        try FileManager.default.removeItem(at: file)

        let created = try vault.succeed(["init", "--kdf", "test", "--recovery-code-out", file.path])
        #expect(created.stdout.contains("Recovery code written to \(file.path)."))
        #expect(try fileMode(file) == 0o600)
        let phrase = try String(contentsOf: file, encoding: .utf8)
        #expect(phrase.hasSuffix("\n") && phrase.split(separator: " ").count == 12, "\(phrase)")
        #expect(!created.stdout.contains(phrase.split(separator: " ")[0] + " " + phrase.split(separator: " ")[1]))
        try vault.succeed(["recovery", "test"], environment: ["MELDBOEK_RECOVERY_CODE_FILE": file.path])
    }

    @Test func aForgottenPassphraseIsRecoveredAndTheUseShows() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        let file = vault.path("code.txt")
        try vault.succeed(["init", "--kdf", "test", "--recovery-code-out", file.path])
        try vault.add("Voor het vergeten")
        // The passphrase is forgotten: none in the environment, only the code and a new one.
        let recovered = try vault.succeed(["recover"], environment: [
            "MELDBOEK_PASSPHRASE": nil, "MELDBOEK_RECOVERY_CODE_FILE": file.path,
            "MELDBOEK_NEW_PASSPHRASE": Self.newPassphrase])
        #expect(recovered.stdout.contains("New passphrase set. The old passphrase no longer opens this vault."))

        expectError(try vault.run(["list"]), status: 3, mentioning: ["Wrong passphrase."])
        let listed = try vault.succeed(["list"], environment: ["MELDBOEK_PASSPHRASE": Self.newPassphrase])
        #expect(listed.stdout.contains("Voor het vergeten"))
        let today = Self.today()
        #expect(listed.stderr.contains("meldboek: The recovery code was used on \(today) at "), "\(listed)")
        let verified = try vault.succeed(["verify"], environment: ["MELDBOEK_PASSPHRASE": Self.newPassphrase])
        #expect(verified.stdout.contains("The recovery code was used on \(today) at "), "\(verified)")
        #expect(verified.stdout.contains("2 records"), "\(verified)")

        // A new code ends the notice on every open; the record stays in the chain for verify.
        try vault.succeed(["recovery", "create", "--recovery-code-out", vault.path("new.txt").path],
                          environment: ["MELDBOEK_PASSPHRASE": Self.newPassphrase])
        let quiet = try vault.succeed(["list"], environment: ["MELDBOEK_PASSPHRASE": Self.newPassphrase])
        #expect(!quiet.stderr.contains("recovery code"), "\(quiet)")
        #expect(try vault.succeed(["verify"], environment: ["MELDBOEK_PASSPHRASE": Self.newPassphrase]).stdout
                    .contains("The recovery code was used on \(today) at "))
    }

    @Test func aNewCodeMakesTheOldOneFail() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        let old = vault.path("old.txt"), new = vault.path("new.txt")
        try vault.succeed(["init", "--kdf", "test", "--recovery-code-out", old.path])
        let replaced = try vault.succeed(["recovery", "create", "--recovery-code-out", new.path])
        #expect(replaced.stdout.contains("The old code no longer opens this vault"))
        // Backups made before still need the old code: the paper is not to be thrown away blindly.
        #expect(replaced.stdout.contains("backups made before still open only with it"))
        expectError(try vault.run(["recovery", "test"], environment: ["MELDBOEK_RECOVERY_CODE_FILE": old.path]),
                    status: 3, mentioning: ["This recovery code does not open this vault."])
        try vault.succeed(["recovery", "test"], environment: ["MELDBOEK_RECOVERY_CODE_FILE": new.path])
        expectError(try vault.run(["recover"], environment: [
            "MELDBOEK_PASSPHRASE": nil, "MELDBOEK_RECOVERY_CODE_FILE": old.path,
            "MELDBOEK_NEW_PASSPHRASE": Self.newPassphrase]), status: 3, mentioning: ["does not open this vault"])
        // Nothing changed: the passphrase still opens it.
        try vault.succeed(["list"])
        // Without the passphrase nothing is replaced.
        expectError(try vault.run(["recovery", "create", "--recovery-code-out", vault.path("third.txt").path],
                                  environment: ["MELDBOEK_PASSPHRASE": nil]), status: 3)
    }

    @Test func aMistypedCodeIsNamedAndAskedAgainOnTheTerminal() throws {
        let vault = try CLIVault(language: "nl", initialise: false)
        defer { vault.remove() }
        let file = vault.path("code.txt")
        try vault.succeed(["init", "--kdf", "test", "--recovery-code-out", file.path])
        let words = try String(contentsOf: file, encoding: .utf8).split(whereSeparator: \.isWhitespace).map(String.init)
        var swapped = words
        swapped.swapAt(0, 11)
        if swapped == words { swapped.swapAt(0, 1) }
        let session = try PseudoTerminal(runner: vault.runner, arguments: ["recovery", "test"])
        try session.expect("Herstelcode (12 woorden): ")
        session.type(words.prefix(11).joined(separator: " "))
        try session.expect("Een herstelcode heeft 12 woorden; deze heeft er 11 woorden.")
        try session.expect("Herstelcode, nog een keer: ")
        session.type(swapped.joined(separator: " "))
        try session.expect("waarschijnlijk is een woord verkeerd getypt")
        try session.expect("Herstelcode, nog een keer: ")
        session.type(words.map { $0.prefix(4).uppercased() }.joined(separator: "  "))
        try session.expect("De herstelcode klopt")
        #expect(try session.wait() == 0, "\(session.screen)")
    }

    @Test func theAdvisersVaultHasACodeToo() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        let file = vault.path("adviser-code.txt")
        try vault.succeed(["adviser", "init", "--kdf", "test", "--recovery-code-out", file.path])
        try vault.succeed(["recovery", "test", "--adviser"], environment: ["MELDBOEK_RECOVERY_CODE_FILE": file.path])
        try vault.succeed(["recover", "--adviser"], environment: [
            "MELDBOEK_PASSPHRASE": nil, "MELDBOEK_RECOVERY_CODE_FILE": file.path,
            "MELDBOEK_NEW_PASSPHRASE": Self.newPassphrase])
        expectError(try vault.run(["adviser", "card"]), status: 3)
        try vault.succeed(["adviser", "card"], environment: ["MELDBOEK_PASSPHRASE": Self.newPassphrase])
    }

    /// `backup` seals to the code the vault keeps, asking nothing; stock age opens it with the words, and `restore`
    /// takes them typed by their first four letters.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/age"), "age is not installed in /usr/bin"))
    func backupUsesTheKeptCodeWithoutAsking() throws {
        var vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        let codeFile = vault.path("code.txt")
        try vault.succeed(["init", "--kdf", "test", "--recovery-code-out", codeFile.path])
        try vault.add("Voor de reservekopie")
        vault.runner.environment["MELDBOEK_TEST_BACKUP_WORK_FACTOR"] = "10"
        let backup = vault.path("b.age")
        // No code in the environment and no terminal: only the kept code can seal it.
        try vault.succeed(["backup", "--out", backup.path])

        let phrase = try String(contentsOf: codeFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        var age = vault.runner
        age.binary = URL(fileURLWithPath: "/usr/bin/age")
        let session = try PseudoTerminal(runner: age, arguments: ["-d", "-o", vault.path("b.tar").path, backup.path])
        try session.expect("passphrase")
        session.type(phrase)
        #expect(try session.wait() == 0, "\(session.screen)")

        try FileManager.default.removeItem(at: vault.folder)
        let typed = phrase.split(separator: " ").map { $0.prefix(4).uppercased() }.joined(separator: "  ")
        try vault.succeed(["restore", backup.path], environment: ["MELDBOEK_RECOVERY_CODE": typed])
        #expect(try vault.titles() == ["Voor de reservekopie"])
    }

    /// "2 December 2026" in the runner's time zone, as the notice says it.
    static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.timeZone = TimeZone(identifier: "Europe/Amsterdam")
        formatter.dateFormat = "d MMMM yyyy"
        return formatter.string(from: Date())
    }

    /// A slot changed in place (sqlite3 on the vault) must show in verify, not the day the code is needed.
    @Test func verifyUnwrapsTheSlotWithTheKeptCode() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        let code = vault.path("code.txt")
        try vault.succeed(["init", "--kdf", "test", "--recovery-code-out", code.path])
        let columns = ["opsLimit", "memLimit", "salt", "wrappedKey"]
        let intact = try vault.sqlite("SELECT " + columns.map { "quote(\($0))" }.joined(separator: ", ") + " FROM recovery")
            .split(separator: "|").map(String.init)
        try #require(intact.count == columns.count, "\(intact)")
        let restore = "UPDATE recovery SET " + zip(columns, intact).map { "\($0) = \($1)" }.joined(separator: ", ")
        for change in ["wrappedKey = randomblob(length(wrappedKey))", "salt = randomblob(length(salt))",
                       "opsLimit = opsLimit + 1", "memLimit = memLimit * 2"] {
            try vault.sqlite("UPDATE recovery SET \(change)")
            let verified = try vault.run(["verify"])
            #expect(verified.status == 5, "\(change): \(verified)")
            #expect(verified.stdout.contains("The vault's recovery code is damaged or was altered"), "\(change): \(verified)")
            #expect(verified.stdout.contains("Vault intact"), "the chain itself is whole: \(verified)")
            try vault.sqlite(restore)
        }
        let verified = try vault.succeed(["verify"])
        #expect(!verified.stdout.contains("recovery code"), "\(verified)")
        try vault.succeed(["recovery", "test"], environment: ["MELDBOEK_RECOVERY_CODE_FILE": code.path])
    }
}
