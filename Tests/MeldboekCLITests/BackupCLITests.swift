// `meldboek backup`, `backup check` and `restore` end to end: stock age opens a backup, a restore after the
// vault is gone, a backup taken while another process writes, and damaged or cut-off backups refused.
import Foundation
import MeldboekCore
import MeldboekTestSupport
import Testing

private let agePath = "/usr/bin/age"
private let ageKeygenPath = "/usr/bin/age-keygen"
private let haveAge = FileManager.default.isExecutableFile(atPath: agePath)
    && FileManager.default.isExecutableFile(atPath: ageKeygenPath)
private let code = "abandon ability able about above absent absorb abstract absurd abuse access accident"

extension CLIVault {
    /// A vault whose runner reads the recovery code from the environment and seals at a test work factor.
    static func forBackups(entries: [String]) throws -> CLIVault {
        var vault = try CLIVault()
        vault.runner.environment["MELDBOEK_RECOVERY_CODE"] = code
        vault.runner.environment["MELDBOEK_TEST_BACKUP_WORK_FACTOR"] = "10"
        for title in entries { try vault.succeed(["add", "--title", title, "--text", "Hij schreeuwde weer."]) }
        return vault
    }
}

/// Runs a program to its end and returns its exit status and standard output.
private func runProgram(_ path: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

@Suite(.enabled(if: haveAge, "age and age-keygen are not installed in /usr/bin"))
struct BackupCLITests {
    @Test func stockAgeOpensABackupAndRestoreBringsTheJournalBackAfterTheVaultIsGone() throws {
        let vault = try CLIVault.forBackups(entries: ["Vergadering", "Gang", "Kantine"])
        defer { vault.remove() }
        let before = try vault.titles()
        let file = vault.path("b.age")
        let written = try vault.succeed(["backup", "--out", file.path])
        #expect(written.stdout.contains("Backup written to"), "\(written)")
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        // The time of the backup is kept, sealed, in the vault.
        let journal = try Vault.open(at: vault.folder).unlock(passphrase: TestVault.secret())
        #expect(try journal.lastBackup() != nil)

        // Stock age asks for the passphrase on the terminal; the code is typed there.
        var ageRunner = vault.runner
        ageRunner.binary = URL(fileURLWithPath: agePath)
        let tarFile = vault.path("b.tar")
        let session = try PseudoTerminal(runner: ageRunner, arguments: ["-d", "-o", tarFile.path, file.path])
        try session.expect("passphrase")
        session.type(code)
        #expect(try session.wait() == 0, "\(session.screen)")
        let listed = try runProgram("/usr/bin/tar", ["-tf", tarFile.path])
        #expect(listed.status == 0 && listed.output == "meldboek/meldboek.db\nmeldboek/padding\n", "\(listed)")
        // Unpacked by stock tar, the database is its owner's alone (as the vault's own file is).
        let verbose = try runProgram("/usr/bin/tar", ["-tvf", tarFile.path])
        #expect(verbose.output.split(separator: "\n").allSatisfy { $0.hasPrefix("-rw------- ") }, "\(verbose)")

        try FileManager.default.removeItem(at: vault.folder)
        let restored = try vault.succeed(["restore", file.path])
        #expect(restored.stdout.contains("Vault intact: 3 records, 3 entries"), "\(restored)")
        #expect(restored.stdout.contains("Journal restored to"), "\(restored)")
        #expect(try vault.titles() == before)
        let folderMode = try FileManager.default.attributesOfItem(atPath: vault.folder.path)[.posixPermissions]
        #expect((folderMode as? NSNumber)?.intValue == 0o700)
        try vault.succeed(["verify"])
    }

    @Test func aBackupToAnAgeRecipientOpensWithItsIdentityOnly() throws {
        let vault = try CLIVault.forBackups(entries: ["Vergadering"])
        defer { vault.remove() }
        let keyFile = vault.path("key.txt")
        #expect(try runProgram(ageKeygenPath, ["-o", keyFile.path]).status == 0)
        let keyText = try String(contentsOf: keyFile, encoding: .utf8)
        let recipient = try #require(keyText.split(separator: "\n").first { $0.hasPrefix("# public key: ") })
            .dropFirst("# public key: ".count)
        let file = vault.path("b.age")
        let written = try vault.succeed(["backup", "--out", file.path, "-r", String(recipient)])
        #expect(written.stderr.contains("opens only with the private key"), "\(written)")
        let listed = try runProgram("/bin/sh", ["-c", "\(agePath) -d -i '\(keyFile.path)' '\(file.path)' | tar -t"])
        #expect(listed.output == "meldboek/meldboek.db\nmeldboek/padding\n", "\(listed)")
        // The code does not open it; the identity does.
        let withCode = try vault.run(["backup", "check", file.path])
        #expect(withCode.status == 3, "\(withCode)")
        try vault.succeed(["backup", "check", file.path, "--identity", keyFile.path])
        let bad = try vault.run(["backup", "-r", "age1notarecipient"])
        #expect(bad.status == 64, "\(bad)")
    }

    @Test func aBackupTakenWhileAnotherProcessAddsEntriesOpensAndVerifies() throws {
        let vault = try CLIVault.forBackups(entries: ["Eerste"])
        defer { vault.remove() }
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/sh")
        writer.arguments = ["-c", """
            i=1
            while [ $i -le 60 ]; do
                "$MELDBOEK" add --title "Erbij $i" --text "tijdens de back-up" >/dev/null || exit 1
                i=$((i + 1))
            done
            """]
        var environment = vault.runner.environment
        environment["MELDBOEK"] = vault.runner.binary.path
        writer.environment = environment
        writer.standardInput = FileHandle.nullDevice
        writer.standardOutput = FileHandle.nullDevice
        try writer.run()
        var files: [URL] = []
        for round in 0..<4 where writer.isRunning || round == 0 {
            let file = vault.path("b\(round).age")
            try vault.succeed(["backup", "--out", file.path])
            files.append(file)
        }
        writer.waitUntilExit()
        #expect(writer.terminationStatus == 0)
        for (index, file) in files.enumerated() {
            let checked = try vault.succeed(["backup", "check", file.path])
            #expect(checked.stdout.contains("Backup intact"), "\(checked)")
            let target = vault.path("restored\(index)")
            let restored = try vault.succeed(["restore", file.path, "--vault", target.path])
            #expect(restored.stdout.contains("Vault intact"), "\(restored)")
        }
        #expect(try vault.titles().count == 61)
    }

    @Test func aCutOffOrAlteredBackupIsRefusedByRestoreAndCheck() throws {
        let vault = try CLIVault.forBackups(entries: ["Vergadering", "Gang"])
        defer { vault.remove() }
        let file = vault.path("b.age")
        try vault.succeed(["backup", "--out", file.path])
        let bytes = [UInt8](try Data(contentsOf: file))
        var flipped = bytes
        flipped[bytes.count / 2] ^= 0x20
        let damaged = [("cut.age", Array(bytes.prefix(bytes.count - 1000))), ("flipped.age", flipped)]
        for (name, content) in damaged {
            let path = vault.path(name)
            try Data(content).write(to: path)
            let checked = try vault.run(["backup", "check", path.path])
            #expect(checked.status == 5, "\(name): \(checked)")
            #expect(checked.stderr.contains("The backup is damaged"), "\(name): \(checked)")
            let target = vault.path("from-" + name)
            let restored = try vault.run(["restore", path.path, "--vault", target.path])
            #expect(restored.status == 5, "\(name): \(restored)")
            #expect(!FileManager.default.fileExists(atPath: target.path), "\(name): a half restore was left")
        }
        // A wrong code is told apart from damage by its exit status.
        let wrong = try vault.run(["backup", "check", file.path], environment: ["MELDBOEK_RECOVERY_CODE": "abandon ability"])
        #expect(wrong.status == 3, "\(wrong)")
        // Capitals and extra spaces in the code still open it.
        try vault.succeed(["backup", "check", file.path], environment: ["MELDBOEK_RECOVERY_CODE": " Abandon  " + code.dropFirst(8)])
    }

    @Test func nothingIsOverwrittenUnlessForced() throws {
        let vault = try CLIVault.forBackups(entries: ["Vergadering"])
        defer { vault.remove() }
        let file = vault.path("b.age")
        try Data("mijn andere bestand".utf8).write(to: file)
        let refused = try vault.run(["backup", "--out", file.path])
        #expect(refused.status == 1, "\(refused)")
        #expect(try Data(contentsOf: file) == Data("mijn andere bestand".utf8))
        try vault.succeed(["backup", "--out", file.path, "--force"])
        try vault.succeed(["backup", "check", file.path])

        // Restore never writes into an existing folder, not even an empty one, and leaves it as it was.
        let target = vault.path("bestaat")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        let intoFolder = try vault.run(["restore", file.path, "--vault", target.path])
        #expect(intoFolder.status == 1, "\(intoFolder)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.path).isEmpty)
        let intoVault = try vault.run(["restore", file.path])
        #expect(intoVault.status == 1, "\(intoVault)")
        // The hint leads to a new folder, never to removing the vault there is.
        #expect(intoVault.stderr.contains("restore only ever makes a new folder"))
        #expect(intoVault.stderr.contains("--vault NEWFOLDER") && !intoVault.stderr.contains("remove"))
        #expect(try vault.titles() == ["Vergadering"])
    }

    @Test func aBackupIsNeverWrittenIntoTheVaultFolderNotEvenForced() throws {
        let vault = try CLIVault.forBackups(entries: ["Vergadering"])
        defer { vault.remove() }
        let link = vault.path("kluis-link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: vault.folder)
        for target in [vault.database.path, vault.folder.path + "/meldboek.db-wal", vault.folder.path + "/b.age",
                       vault.folder.path + "/../vault/b.age", link.path + "/b.age", link.path + "/meldboek.db"] {
            for force in [[], ["--force"]] {
                let refused = try vault.run(["backup", "--out", target] + force)
                #expect(refused.status == 64, "\(target) \(force): \(refused)")
                #expect(refused.stderr.contains("can't be written into the vault's own folder"))
            }
        }
        // The journal is as it was, and nothing was left in its folder.
        #expect(try vault.titles() == ["Vergadering"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: vault.folder.path).allSatisfy { $0.hasPrefix("meldboek.db") })
        try vault.succeed(["verify"])
    }

    @Test func restoreOnANewComputerMakesTheFoldersAboveTheVault() throws {
        let vault = try CLIVault.forBackups(entries: ["Vergadering", "Gang"])
        defer { vault.remove() }
        let file = vault.path("b.age")
        try vault.succeed(["backup", "--out", file.path])
        let before = try vault.titles()
        // As on a new account: neither ~/.local/share nor anything below it exists yet.
        let target = vault.path("nieuw/.local/share/meldboek")
        try #require(!FileManager.default.fileExists(atPath: vault.path("nieuw").path))
        let restored = try vault.run(["restore", file.path, "--vault", target.path])
        #expect(restored.status == 0, "\(restored)")
        #expect(try vault.titles(["--vault", target.path]) == before)
        let mode = try FileManager.default.attributesOfItem(atPath: target.deletingLastPathComponent().path)[.posixPermissions]
        #expect((mode as? NSNumber)?.intValue == 0o700)
    }

    @Test func theDefaultNameSaysNothingButTheDay() throws {
        let vault = try CLIVault.forBackups(entries: ["Vergadering"])
        defer { vault.remove() }
        var runner = vault.runner
        runner.binary = URL(fileURLWithPath: "/bin/sh")
        let result = try runner.run(["-c", "cd '\(vault.home.url.path)' && '\(vault.runner.binary.path)' backup"])
        #expect(result.status == 0, "\(result)")
        let names = try FileManager.default.contentsOfDirectory(atPath: vault.home.url.path)
            .filter { $0.hasSuffix(".age") }
        #expect(names.count == 1)
        #expect(names.first?.range(of: #"^backup-\d{4}-\d{2}-\d{2}\.age$"#, options: .regularExpression) != nil,
                "\(names)")
    }

    /// The passphrase is forgotten: `backup check` and `restore` open the journal inside with the recovery code
    /// alone, through its recovery slot, and check it all.
    @Test func theRecoveryCodeAloneChecksAndRestoresABackup() throws {
        var vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        let codeFile = vault.path("code.txt")
        try vault.succeed(["init", "--kdf", "test", "--recovery-code-out", codeFile.path])
        vault.runner.environment["MELDBOEK_TEST_BACKUP_WORK_FACTOR"] = "10"
        for title in ["Vergadering", "Gang"] {
            try vault.succeed(["add", "--title", title, "--text", "Hij schreeuwde weer."])
        }
        let before = try vault.titles()
        let file = vault.path("b.age")
        try vault.succeed(["backup", "--out", file.path])
        try FileManager.default.removeItem(at: vault.folder)

        let onlyTheCode: [String: String?] = ["MELDBOEK_PASSPHRASE": nil, "MELDBOEK_RECOVERY_CODE_FILE": codeFile.path]
        let checked = try vault.succeed(["backup", "check", file.path], environment: onlyTheCode)
        #expect(checked.stdout.contains("Vault intact: 2 records, 2 entries"), "\(checked)")
        let restored = try vault.succeed(["restore", file.path], environment: onlyTheCode)
        #expect(restored.stdout.contains("Vault intact: 2 records, 2 entries"), "\(restored)")
        #expect(try vault.titles() == before)
    }
}
