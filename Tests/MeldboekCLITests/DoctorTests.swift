// `meldboek doctor` run like a user: a vault opened to others, a vault in a Syncthing folder (configured by the
// real syncthing), names in the shell history, core dumps on, and the exit status that follows what was found.
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct DoctorTests {
    /// The check-up as JSON: the status of each check, its finding and whether anything is at risk.
    struct Checkup {
        let result: CommandResult
        let atRisk: Bool
        let checks: [String: (status: String, finding: String)]

        init(_ result: CommandResult) throws {
            self.result = result
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result)")
            atRisk = try #require(object["atRisk"] as? Bool)
            var checks: [String: (String, String)] = [:]
            for item in try #require(object["checks"] as? [[String: Any]]) {
                checks[try #require(item["check"] as? String)] =
                    (try #require(item["status"] as? String), try #require(item["finding"] as? String))
            }
            self.checks = checks
        }

        func status(_ check: String) -> String? { checks[check]?.status }
    }

    /// Runs `doctor --json` with the core dump limit set to `coreLimit` (by util-linux's prlimit).
    func checkup(_ vault: CLIVault, coreLimit: String = "0", environment: [String: String?] = [:],
                 language: [String] = []) throws -> Checkup {
        var runner = vault.runner
        runner.binary = URL(fileURLWithPath: "/usr/bin/prlimit")
        let result = try runner.run(["--core=\(coreLimit)", vault.runner.binary.path, "doctor", "--json"] + language,
                                    environment: environment)
        let checkup = try Checkup(result)
        // The exit status follows the findings: 1 exactly when something is at risk.
        #expect(result.status == (checkup.atRisk ? 1 : 0), "\(result)")
        #expect(checkup.atRisk == checkup.checks.values.contains { $0.status == "risk" })
        return checkup
    }

    @Test func aFreshVaultInAPrivateHomeHasNothingAgainstIt() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let checkup = try checkup(vault)
        #expect(Set(checkup.checks.keys).isSuperset(of: ["vault-permissions", "sync-service", "swap", "shell-history",
                                                          "core-dumps", "clock"]))
        for check in ["vault-permissions", "sync-service", "shell-history", "core-dumps"] {
            #expect(checkup.status(check) == "ok", "\(check): \(checkup.result)")
        }
        // Swap is checked on this computer for real: without swap areas, nothing can be written to one.
        let swaps = try String(contentsOfFile: "/proc/swaps", encoding: .utf8).split(separator: "\n").count
        if swaps <= 1 { #expect(checkup.status("swap") == "ok") }
    }

    @Test func aVaultOpenToOthersIsClosedByTheOpenAndSaidSo() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        chmod(vault.folder.path, 0o755)
        chmod(vault.database.path, 0o644)
        // Opened (which closes it, as every command does) even when it can't be unlocked without asking.
        var checkup = try checkup(vault, environment: ["MELDBOEK_PASSPHRASE": nil])
        #expect(checkup.status("vault-permissions") == "ok")
        #expect(checkup.checks["vault-permissions"]?.finding.contains(vault.database.path) == true)
        #expect(checkup.checks["vault-permissions"]?.finding.contains("closed them to others just now") == true)
        #expect(checkup.result.stderr.lowercased().contains("repaired"))
        var info = stat()
        stat(vault.database.path, &info)
        #expect(info.st_mode & 0o777 == 0o600)
        // Locked, and nobody to ask: the journal's own checks say so rather than guess.
        #expect(checkup.status("backup") == "unknown" && checkup.status("recovery-code") == "unknown")
        #expect(checkup.checks["backup"]?.finding.contains("the vault is locked") == true)

        checkup = try self.checkup(vault)
        #expect(checkup.checks["vault-permissions"]?.finding.contains("is yours and closed to other accounts") == true)
        #expect(checkup.result.stderr.isEmpty)
    }

    @Test func noBackupAndNoRecoveryCodeAreRisksUntilTheyAreMadeAndTested() throws {
        var vault = try CLIVault()
        defer { vault.remove() }
        vault.runner.environment["MELDBOEK_TEST_BACKUP_WORK_FACTOR"] = "10"
        var checkup = try checkup(vault)
        #expect(checkup.status("backup") == "risk")
        #expect(checkup.checks["backup"]?.finding.contains("No backup of this journal has been made") == true)
        #expect(checkup.status("recovery-code") == "risk")
        #expect(checkup.checks["recovery-code"]?.finding.contains("has no recovery code") == true)

        let code = vault.path("code.txt")
        try vault.succeed(["recovery", "create", "--recovery-code-out", code.path])
        checkup = try self.checkup(vault)
        #expect(checkup.checks["recovery-code"]?.finding.contains("has never been tested") == true)
        #expect(checkup.status("recovery-code") == "risk")

        try vault.succeed(["recovery", "test"], environment: ["MELDBOEK_RECOVERY_CODE_FILE": code.path])
        try vault.succeed(["backup", "--out", vault.path("b.age").path])
        checkup = try self.checkup(vault, language: ["--lang", "nl"])
        #expect(checkup.status("recovery-code") == "ok")
        #expect(checkup.checks["recovery-code"]?.finding == "De herstelcode is vandaag voor het laatst getest en klopte.")
        #expect(checkup.status("backup") == "ok")
        #expect(checkup.checks["backup"]?.finding == "De laatste reservekopie is vandaag gemaakt.")
    }

    @Test func aFolderThatIsNoVaultGetsNoAdviceAboutItsModes() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        let folder = vault.path("Documenten")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        chmod(folder.path, 0o755)
        let checkup = try checkup(vault, environment: ["MELDBOEK_VAULT": folder.path])
        #expect(checkup.status("vault-permissions") == "unknown")
        #expect(checkup.checks["vault-permissions"]?.finding == "\(folder.path) is not a Meldboek vault; only this computer was checked.")
        #expect(!checkup.result.stdout.contains("chmod"))
    }

    @Test func aLinkToTheVaultFolderIsFineALinkForTheDatabaseIsNot() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let link = vault.path("kluis-link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: vault.folder)
        var checkup = try checkup(vault, environment: ["MELDBOEK_VAULT": link.path])
        #expect(checkup.status("vault-permissions") == "ok", "\(checkup.result)")

        let elsewhere = vault.path("elders.db")
        try FileManager.default.moveItem(at: vault.database, to: elsewhere)
        try FileManager.default.createSymbolicLink(at: vault.database, withDestinationURL: elsewhere)
        checkup = try self.checkup(vault)
        #expect(checkup.status("vault-permissions") == "risk")
        #expect(checkup.checks["vault-permissions"]?.finding.contains("is a symbolic link, so Meldboek refuses") == true)
        // As the check-up says: the vault is refused.
        #expect(try vault.run(["list"]).status == 4)
    }

    @Test func aVaultInsideAFolderSyncthingSharesIsARisk() throws {
        var vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        // The real syncthing writes its configuration with a default folder, ~/Sync.
        let generate = Process()
        generate.executableURL = URL(fileURLWithPath: "/usr/bin/syncthing")
        generate.arguments = ["generate", "--home=" + vault.path(".config/syncthing").path]
        generate.environment = ["HOME": vault.home.url.path, "PATH": "/usr/bin:/bin"]
        generate.standardOutput = FileHandle.nullDevice
        generate.standardError = FileHandle.nullDevice
        try generate.run()
        generate.waitUntilExit()
        try #require(generate.terminationStatus == 0)
        let config = try String(contentsOf: vault.path(".config/syncthing/config.xml"), encoding: .utf8)
        try #require(config.contains("path=\"\(vault.path("Sync").standardizedFileURL.path)\""))

        let synced = vault.path("Sync/papieren/meldboek")
        vault.runner.environment["MELDBOEK_VAULT"] = synced.path
        try vault.succeed(["init", "--no-recovery", "--kdf", "test"])
        // No mark of Syncthing's own in the folder: found through its configuration alone.
        #expect(!FileManager.default.fileExists(atPath: vault.path("Sync/.stfolder").path))
        var checkup = try checkup(vault)
        #expect(checkup.status("sync-service") == "risk")
        #expect(checkup.checks["sync-service"]?.finding.contains("Syncthing") == true)

        // A vault beside the synced folder is not in it.
        vault.runner.environment["MELDBOEK_VAULT"] = vault.path("Syncopated").path
        try vault.succeed(["init", "--no-recovery", "--kdf", "test"])
        checkup = try self.checkup(vault)
        #expect(checkup.status("sync-service") == "ok", "\(checkup.result)")
    }

    @Test func aDropboxMarkAboveTheVaultIsARisk() throws {
        var vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        try FileManager.default.createDirectory(at: vault.path("Dropbox/.dropbox.cache"), withIntermediateDirectories: true)
        vault.runner.environment["MELDBOEK_VAULT"] = vault.path("Dropbox/werk/kluis").path
        try vault.succeed(["init", "--no-recovery", "--kdf", "test"])
        let checkup = try checkup(vault, language: ["--lang", "nl"])
        #expect(checkup.status("sync-service") == "risk")
        #expect(checkup.checks["sync-service"]?.finding.contains("een map die Dropbox kopieert") == true)
    }

    @Test func namesInTheShellHistoryAreCountedButNeverShown() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let history = """
            ls
            meldboek add --title 'Sanne schreeuwde tegen me' --person Sanne:leidinggevende
            meldboek list
            meldboek search Sanne

            """
        try history.write(to: vault.path(".bash_history"), atomically: true, encoding: .utf8)
        try ": 1764675000:0;meldboek add --where 'kantine'\n".write(to: vault.path(".zsh_history"), atomically: true, encoding: .utf8)
        let checkup = try checkup(vault)
        #expect(checkup.status("shell-history") == "risk")
        let finding = try #require(checkup.checks["shell-history"]?.finding)
        #expect(finding.contains("2 meldboek commands in \(vault.path(".bash_history").path)"))
        #expect(finding.contains("1 meldboek command in \(vault.path(".zsh_history").path)"))
        #expect(!checkup.result.stdout.contains("Sanne") && !checkup.result.stdout.contains("kantine"))
        #expect(checkup.result.status == 1)
    }

    @Test func aPassphraseSetInTheHistoryIsNamedFirstAndNeverShown() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let fish = vault.path(".local/share/fish/fish_history")
        try FileManager.default.createDirectory(at: fish.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "- cmd: set -x MELDBOEK_PASSPHRASE lamp-wolk-fiets\n  when: 1764675000\n- cmd: meldboek search Karin\n"
            .write(to: fish, atomically: true, encoding: .utf8)
        let checkup = try checkup(vault)
        #expect(checkup.status("shell-history") == "risk")
        let finding = try #require(checkup.checks["shell-history"]?.finding)
        #expect(finding.contains("passphrase or recovery code set in a variable: 1 line in \(fish.path)"))
        #expect(finding.contains("also keeps titles, names or search words"))
        #expect(!checkup.result.stdout.contains("lamp") && !checkup.result.stdout.contains("Karin"))
    }

    /// The hard core-file size limit of the test process: the most prlimit can give what it starts.
    static var coreHardLimit: rlim_t {
        var limit = rlimit()
        getrlimit(Int32(RLIMIT_CORE.rawValue), &limit)
        return limit.rlim_max
    }

    @Test(.enabled(if: coreHardLimit > 0, "the test process may not allow core dumps to what it starts"))
    func coreDumpsAllowedToTheShellAreARisk() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        #expect(try checkup(vault, coreLimit: "0").status("core-dumps") == "ok")
        let allowed = String(min(Self.coreHardLimit, 1 << 20))
        #expect(try checkup(vault, coreLimit: allowed).status("core-dumps") == "risk")
    }

    @Test func theTextFormSaysWhatToDoInDutch() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try "meldboek add --title Vergadering\n".write(to: vault.path(".bash_history"), atomically: true, encoding: .utf8)
        let result = try vault.run(["dokter", "--lang", "nl"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("[in orde] Map en bestanden van de kluis"))
        #expect(result.stdout.contains("[RISICO] Shellgeschiedenis"))
        #expect(result.stdout.contains("Wat te doen: Haal die regels uit het geschiedenisbestand"))
        #expect(result.stdout.contains("[RISICO] Herstelcode\n  Deze kluis heeft geen herstelcode"))
        #expect(result.stdout.contains("een risico voor je dagboek."))
        #expect(!result.stdout.contains("Vergadering"))
        #expect(result.stderr.isEmpty, "\(result)")
    }

    @Test func aVaultThatCantBeUnlockedIsAFindingAndTheRestIsStillChecked() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let computer = ["vault-permissions", "sync-service", "swap", "shell-history", "core-dumps", "clock"]
        var checkup = try checkup(vault, environment: ["MELDBOEK_PASSPHRASE": "niet de goede wachtwoordzin"])
        for check in computer { #expect(checkup.status(check) != nil, "\(check): \(checkup.result)") }
        #expect(checkup.status("backup") == "unknown" && checkup.status("recovery-code") == "unknown")
        #expect(checkup.checks["backup"]?.finding == "Not checked: the vault could not be unlocked. Wrong passphrase.")
        checkup = try self.checkup(vault, environment: ["MELDBOEK_PASSPHRASE": "niet de goede wachtwoordzin"],
                                   language: ["--lang", "nl"])
        #expect(checkup.checks["recovery-code"]?.finding
                    == "Niet nagekeken: de kluis kon niet worden ontgrendeld. Verkeerde wachtwoordzin.")

        // A damaged vault: said as damaged, with what to do, and every check that needs no key still runs.
        try vault.sqlite("DROP TABLE vault")
        checkup = try self.checkup(vault)
        for check in computer { #expect(checkup.status(check) != nil, "\(check): \(checkup.result)") }
        #expect(checkup.status("vault-permissions") == "ok")
        #expect(checkup.status("recovery-code") == "unknown")
        #expect(checkup.checks["recovery-code"]?.finding
                    == "Not checked: the vault could not be unlocked. The vault in \(vault.folder.path) is damaged: its database no longer reads as a Meldboek vault.")
        let text = try vault.run(["doctor"])
        #expect(text.stdout.contains("What to do: Leave this folder as it is and put the journal back from a backup"), "\(text)")
    }

    @Test func aRecoverySlotChangedInPlaceIsARisk() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        let code = vault.path("code.txt")
        try vault.succeed(["init", "--kdf", "test", "--recovery-code-out", code.path])
        try vault.succeed(["recovery", "test"], environment: ["MELDBOEK_RECOVERY_CODE_FILE": code.path])
        #expect(try checkup(vault).status("recovery-code") == "ok")
        // The copy of the code the vault keeps still opens; the slot it should unwrap does not.
        try vault.sqlite("UPDATE recovery SET salt = randomblob(length(salt))")
        let checkup = try checkup(vault)
        #expect(checkup.status("recovery-code") == "risk")
        #expect(checkup.checks["recovery-code"]?.finding.contains("doesn't open with this vault's key") == true)
    }
}
