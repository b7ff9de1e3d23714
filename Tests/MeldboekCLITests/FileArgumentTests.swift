// A file the user names to be read must be an ordinary file: folders, pipes, devices and missing files are refused
// with a clear message, before any passphrase is asked, and a pipe never makes a command hang.
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct FileArgumentTests {
    /// What the user names instead of an ordinary file, and what the message says about it.
    enum NotAFile: String, CaseIterable, CustomTestStringConvertible {
        case pipe, folder, device, missing

        var testDescription: String { rawValue }

        /// Makes it in `home`; its path.
        func make(in home: TemporaryFolder) throws -> String {
            switch self {
            case .pipe:
                let path = home.appending("pipe").path
                guard mkfifo(path, 0o600) == 0 else { throw CLISetupFailure(description: "mkfifo failed") }
                return path
            case .folder:
                let path = home.appending("folder").path
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
                return path
            case .device: return "/dev/null"
            case .missing: return home.appending("not-there").path
            }
        }

        var english: String {
            switch self {
            case .pipe, .device: "this is not an ordinary file but a pipe, device or socket"
            case .folder: "this is a folder, not a file"
            case .missing: "no such file or folder"
            }
        }

        var dutch: String {
            switch self {
            case .pipe, .device: "dit is geen gewoon bestand, maar een pipe, apparaat of socket"
            case .folder: "dit is een map, geen bestand"
            case .missing: "dat bestand of die map bestaat niet"
            }
        }
    }

    /// The commands that read a file the user names.
    enum ReadingCommand: String, CaseIterable, CustomTestStringConvertible {
        case attach, addAttach, adviserImport, receiptsImport

        var testDescription: String { rawValue }

        /// The arguments, reading `path`; `entry` is an entry of the melder's vault.
        func arguments(_ path: String, entry: String) -> [String] {
            switch self {
            case .attach: ["attach", entry, path]
            case .addAttach: ["add", "--title", "Met bijlage", "--attach", path]
            case .adviserImport: ["adviser", "import", path]
            case .receiptsImport: ["receipts", "import", path]
            }
        }
    }

    @Test(arguments: ReadingCommand.allCases, NotAFile.allCases)
    func isRefusedBeforeThePassphrase(_ command: ReadingCommand, _ notAFile: NotAFile) throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let entry = try vault.add("Vergadering")
        try vault.succeed(["adviser", "init", "--no-recovery", "--kdf", "test"], environment: ["MELDBOEK_ADVISER_VAULT": vault.path("cases").path])
        let path = try notAFile.make(in: vault.home)
        let before = try vault.sealedState()
        // In both languages; first with no passphrase (the refusal comes before unlocking), then unlocked.
        for (language, message, passphrase) in [
            ("en", notAFile.english, nil), ("nl", notAFile.dutch, nil), ("en", notAFile.english, TestVault.passphrase),
        ] as [(String, String, String?)] {
            var runner = vault.runner
            runner.timeLimit = 20
            runner.environment["MELDBOEK_PASSPHRASE"] = passphrase
            runner.environment["MELDBOEK_ADVISER_VAULT"] = vault.path("cases").path
            let result = try runner.run(command.arguments(path, entry: entry) + ["--lang", language])
            #expect(result.status == 1, "\(result)")
            #expect(result.stderr == "meldboek: \(language == "nl" ? "fout" : "error"): \(path): \(message).\n", "\(result)")
        }
        #expect(try vault.sealedState() == before)
    }

    @Test(arguments: [NotAFile.folder, .device, .missing])
    func passphraseFileMustBeAFileOrAPipe(_ notAFile: NotAFile) throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let path = try notAFile.make(in: vault.home)
        var runner = vault.runner
        runner.timeLimit = 20
        runner.environment["MELDBOEK_PASSPHRASE"] = nil
        runner.environment["MELDBOEK_PASSPHRASE_FILE"] = path
        let result = try runner.run(["list"])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr == "meldboek: error: \(path): \(notAFile.english).\n", "\(result)")
    }

    /// `MELDBOEK_PASSPHRASE_FILE=<(pass show meldboek)` names a pipe, and works.
    @Test func passphraseFileMayBeAPipe() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.add("Vergadering")
        var environment = vault.runner.environment
        environment["MELDBOEK_PASSPHRASE"] = nil
        environment["PASS"] = TestVault.passphrase
        environment["BIN"] = vault.runner.binary.path
        let script = "MELDBOEK_PASSPHRASE_FILE=<(printf '%s\\n' \"$PASS\") timeout 20 \"$BIN\" list"
        let result = try Shell.run("/usr/bin/env", ["-i"] + environment.map { "\($0.key)=\($0.value)" } + ["/bin/bash", "-c", script])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("Vergadering"))
    }
}
