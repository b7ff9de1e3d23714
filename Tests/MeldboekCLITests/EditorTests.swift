// `add --editor` and `amend --editor`: the text is written in $EDITOR through a private folder on tmpfs, then shredded.
import Foundation
import MeldboekTestSupport
import Testing

/// Whether /dev/shm is a writable tmpfs, where the editor tests make their runtime folders.
private func sharedMemoryIsTmpfs() -> Bool {
    guard FileManager.default.isWritableFile(atPath: "/dev/shm"),
          let mounts = try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8) else { return false }
    return mounts.split(separator: "\n").contains { line in
        let fields = line.split(separator: " ")
        return fields.count >= 3 && fields[1] == "/dev/shm" && fields[2] == "tmpfs"
    }
}

@Suite(.enabled(if: sharedMemoryIsTmpfs(), "needs /dev/shm mounted as a tmpfs"))
struct EditorTests {
    /// A private runtime folder on /dev/shm, an editor script and its log, in a vault's HOME.
    struct Setting {
        let vault: CLIVault
        let runtime: URL
        let log: URL
        let editor: URL

        /// An editor that notes where its file is (folder mode, MELDBOEK_* it can see) and appends `text`.
        /// - Parameter killed: The editor ends by SIGKILL, as if it crashed or was killed, instead of exiting.
        init(text: String, exitStatus: Int = 0, killed: Bool = false) throws {
            vault = try CLIVault()
            var template = Array("/dev/shm/mbtest-XXXXXX".utf8CString)
            guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
                vault.remove()
                throw CLISetupFailure(description: "mkdtemp in /dev/shm failed")
            }
            runtime = URL(fileURLWithPath: String(cString: template.withUnsafeBufferPointer { $0.baseAddress! }))
            log = vault.path("editor.log")
            editor = vault.path("editor.sh")
            let script = """
                #!/bin/sh
                echo "file=$1" >> '\(log.path)'
                echo "mode=$(stat -c %a "$(dirname "$1")")" >> '\(log.path)'
                echo "secrets=$(env | grep -c '^MELDBOEK_')" >> '\(log.path)'
                printf '%s' '\(text)' >> "$1"
                \(killed ? "kill -9 $$" : "exit \(exitStatus)")

                """
            try Data(script.utf8).write(to: editor)
            try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: editor.path)
        }

        var environment: [String: String?] {
            ["EDITOR": editor.path, "VISUAL": nil, "XDG_RUNTIME_DIR": runtime.path]
        }

        /// What the editor script wrote down about its run.
        func logged() throws -> [String: String] {
            let text = String(decoding: try Data(contentsOf: log), as: UTF8.self)
            var values: [String: String] = [:]
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
                if parts.count == 2 { values[parts[0]] = parts[1] }
            }
            return values
        }

        /// `meldboek-*` folders left in the runtime folder.
        func leftovers() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: runtime.path).filter { $0.hasPrefix("meldboek-") }
        }

        func remove() {
            try? FileManager.default.removeItem(at: runtime)
            vault.remove()
        }
    }

    @Test func addTakesTheNarrativeFromTheEditorAndLeavesNothingBehind() throws {
        let setting = try Setting(text: "Hij schreeuwde tegen me in de gang.")
        defer { setting.remove() }
        let result = try setting.vault.succeed(["add", "--title", "Uit de editor", "--editor"],
                                               environment: setting.environment)
        let id = try #require(CLIVault.firstID(in: result.stdout))
        #expect(try setting.vault.show(id)["narrative"] as? String == "Hij schreeuwde tegen me in de gang.")

        let logged = try setting.logged()
        let file = try #require(logged["file"])
        #expect(file.hasPrefix(setting.runtime.path + "/meldboek-"), "\(file)")
        #expect(logged["mode"] == "700")
        #expect(logged["secrets"] == "0", "the editor must not see the passphrase")
        #expect(!FileManager.default.fileExists(atPath: file))
        #expect(try setting.leftovers().isEmpty)
    }

    @Test func amendOpensTheEditorOnTheCurrentNarrative() throws {
        let setting = try Setting(text: " En later nog meer.")
        defer { setting.remove() }
        let id = try setting.vault.add("Gesprek", ["--text", "Eerst dit."])
        try setting.vault.succeed(["amend", id, "--editor"], environment: setting.environment)
        let json = try setting.vault.show(id)
        #expect(json["narrative"] as? String == "Eerst dit. En later nog meer.")
        #expect(json["revisionCount"] as? Int == 2)
        #expect(try setting.leftovers().isEmpty)
    }

    @Test func aFailingEditorSavesNothingAndCleansUp() throws {
        let setting = try Setting(text: "Half geschreven", exitStatus: 3)
        defer { setting.remove() }
        let before = try setting.vault.snapshot()
        let result = try setting.vault.run(["add", "--title", "Mislukt", "--editor"], environment: setting.environment)
        expectError(result, status: 1, mentioning: ["The editor failed (exit status 3)"])
        #expect(try setting.vault.snapshot() == before)
        #expect(try setting.vault.titles().isEmpty)
        let file = try #require(try setting.logged()["file"])
        #expect(!FileManager.default.fileExists(atPath: file))
        #expect(try setting.leftovers().isEmpty)
    }

    @Test func aKilledEditorSavesNothingAndCleansUp() throws {
        let setting = try Setting(text: "Half geschreven \(SecretsTests.words[0])", killed: true)
        defer { setting.remove() }
        let before = try setting.vault.snapshot()
        let result = try setting.vault.run(["add", "--title", "Gestopt", "--editor"], environment: setting.environment)
        // The shell that ran the editor may say "Killed" first; meldboek's own line follows.
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("meldboek: error: The editor failed"), "\(result)")
        #expect(try setting.vault.snapshot() == before)
        let file = try #require(try setting.logged()["file"])
        #expect(!FileManager.default.fileExists(atPath: file))
        #expect(try setting.leftovers().isEmpty, "no copy of the half-written text stays on tmpfs")
    }

    @Test func anEditorLeftWithoutTextAddsNothing() throws {
        // Only blank lines: as git with an empty commit message, that is the user's "not now".
        let setting = try Setting(text: "\n  \n")
        defer { setting.remove() }
        let before = try setting.vault.snapshot()
        for language in ["en", "nl"] {
            let result = try setting.vault.run(["add", "--title", "Alleen een titel", "--editor", "--lang", language],
                                               environment: setting.environment)
            #expect(result.status == 7, "\(result)")
            let said = language == "en" ? "meldboek: Nothing was written in the editor, so no entry was added."
                : "meldboek: Er is niets geschreven in de editor, dus er is geen aantekening toegevoegd."
            #expect(result.stderr == said + "\n", "\(result)")
        }
        #expect(try setting.vault.snapshot() == before)
        #expect(try setting.leftovers().isEmpty)
    }

    /// The message names the program that is missing and the hint the variable that chose it: while VISUAL is set,
    /// setting EDITOR would not help.
    @Test func aMissingEditorIsNamedWithTheVariableThatChoseIt() throws {
        let setting = try Setting(text: "x")
        defer { setting.remove() }
        let before = try setting.vault.snapshot()
        var environment = setting.environment
        environment["VISUAL"] = "nope"
        let visual = try setting.vault.run(["add", "--title", "x", "--editor"], environment: environment)
        expectError(visual, status: 1, mentioning: ["The editor \"nope\" set in $VISUAL is not installed; nothing was saved."])
        #expect(visual.stderr.contains("meldboek: hint: Set VISUAL to an installed editor, for example: export VISUAL=nano"),
                "\(visual)")
        environment["VISUAL"] = .some(nil)
        environment["EDITOR"] = "nosuchcode --wait"
        let editor = try setting.vault.run(["add", "--title", "x", "--editor", "--lang", "nl"], environment: environment)
        expectError(editor, status: 1, mentioning: ["De editor \"nosuchcode\" uit $EDITOR is niet geïnstalleerd"])
        #expect(editor.stderr.contains("meldboek: tip: Zet EDITOR op een geïnstalleerde editor"), "\(editor)")
        #expect(try setting.vault.snapshot() == before)
    }
}
