// `add --editor` with Debian's real vim and nano on a pseudo-terminal, typed key by key as a user would:
// the editor must get the keyboard (run in the terminal's foreground), and the text must leave tmpfs on every way out.
import Foundation
import MeldboekTestSupport
import Testing

/// Whether /dev/shm is a writable tmpfs and `program` is installed.
func canRun(_ program: String) -> Bool {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/\(program)"),
          FileManager.default.isWritableFile(atPath: "/dev/shm"),
          let mounts = try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8) else { return false }
    return mounts.split(separator: "\n").contains { $0.split(separator: " ").dropFirst().first == "/dev/shm" }
}

/// In CI the editors are installed (scripts/test), so these tests must run there rather than skip.
let editorsRequired = ProcessInfo.processInfo.environment["MELDBOEK_REQUIRE_EDITORS"] == "1"

@Suite(.enabled(if: canRun("vim") || editorsRequired, "needs vim and /dev/shm as a tmpfs"))
struct EditorTerminalTests {
    /// A vault, and a private runtime folder on /dev/shm where the editor's file goes.
    struct Setting {
        let vault: CLIVault
        let runtime: String

        init() throws {
            vault = try CLIVault()
            var template = Array("/dev/shm/mbvim-XXXXXX".utf8CString)
            guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
                vault.remove()
                throw CLISetupFailure(description: "mkdtemp in /dev/shm failed")
            }
            runtime = String(cString: template.withUnsafeBufferPointer { $0.baseAddress! })
        }

        /// Starts meldboek with `arguments` on a terminal, with `editor` as $EDITOR.
        func start(_ arguments: [String], editor: String = "vim") throws -> PseudoTerminal {
            try PseudoTerminal(runner: vault.runner, arguments: arguments, environment: [
                "EDITOR": editor, "VISUAL": nil, "XDG_RUNTIME_DIR": runtime, "TERM": "xterm",
            ])
        }

        /// The session folders left in the runtime folder, and every file under them.
        func leftovers() throws -> [String] {
            let folders = try FileManager.default.contentsOfDirectory(atPath: runtime).filter { $0.hasPrefix("meldboek-") }
            return try folders.flatMap { folder in
                [folder] + (try FileManager.default.contentsOfDirectory(atPath: runtime + "/" + folder)).map { "\(folder)/\($0)" }
            }
        }

        /// Waits up to `seconds` for the runtime folder to hold no session folder.
        func waitUntilClean(seconds: Double = 5) throws -> [String] {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if try leftovers().isEmpty { return [] }
                usleep(50_000)
            }
            return try leftovers()
        }

        func remove() {
            try? FileManager.default.removeItem(atPath: runtime)
            vault.remove()
        }
    }

    @Test func vimOpensInTheTerminalTakesTheTextAndWriteQuitStoresIt() throws {
        let setting = try Setting()
        defer { setting.remove() }
        let session = try setting.start(["add", "--title", "In vim geschreven", "--editor"])
        // vim shows the file it opened: it is running in the foreground, not stopped by the terminal.
        try session.expect("entry.txt")
        session.press("iHij schreeuwde tegen me in de gang.\u{1B}")
        session.press(":wq\r")
        #expect(try session.wait() == 0, "\(session.screen)")
        #expect(session.echoesInput, "the terminal is back in its normal mode")
        #expect(try setting.leftovers().isEmpty)
        let titles = try setting.vault.titles()
        #expect(titles == ["In vim geschreven"])
        let id = try #require(CLIVault.firstID(in: session.screen))
        // vim ends the file with a line break; the text typed has none, and neither has what is stored.
        #expect(try setting.vault.show(id)["narrative"] as? String == "Hij schreeuwde tegen me in de gang.")
        // vim was told to keep no history (viminfo) with what was typed in the home folder.
        #expect(!FileManager.default.fileExists(atPath: setting.vault.path(".viminfo").path))
    }

    @Test func amendInVimStartsFromTheCurrentText() throws {
        let setting = try Setting()
        defer { setting.remove() }
        let id = try setting.vault.add("Gesprek", ["--text", "Eerst dit."])
        let session = try setting.start(["amend", id, "--editor"])
        try session.expect("entry.txt")
        // To the end of the file, a new line below, then save.
        session.press("Go En later nog meer.\u{1B}:wq\r")
        #expect(try session.wait() == 0, "\(session.screen)")
        let json = try setting.vault.show(id)
        #expect(json["narrative"] as? String == "Eerst dit.\n En later nog meer.")
        #expect(json["revisionCount"] as? Int == 2)
        #expect(try setting.leftovers().isEmpty)
    }

    @Test func savingUntouchedTextInVimWritesNoNewVersion() throws {
        let setting = try Setting()
        defer { setting.remove() }
        let id = try setting.vault.add("Niets veranderd", ["--text", "He shouted at me."])
        let session = try setting.start(["amend", id, "--editor"])
        try session.expect("entry.txt")
        // Saved as it was: vim writes the line with its line break, which is no change to the text.
        session.press(":wq\r")
        #expect(try session.wait() == 0, "\(session.screen)")
        #expect(session.screen.contains("Nothing changed, so no new version was written."), "\(session.screen)")
        let json = try setting.vault.show(id)
        #expect(json["revisionCount"] as? Int == 1)
        #expect(json["narrative"] as? String == "He shouted at me.")
        #expect(try setting.leftovers().isEmpty)
    }

    @Test func leavingVimWithoutWritingAddsNothing() throws {
        let setting = try Setting()
        defer { setting.remove() }
        let before = try setting.vault.snapshot()
        let session = try setting.start(["add", "--title", "Alleen een titel", "--editor"])
        try session.expect("entry.txt")
        session.press(":q!\r")
        #expect(try session.wait() == 7, "\(session.screen)")
        #expect(session.screen.contains("meldboek: Nothing was written in the editor, so no entry was added."),
                "\(session.screen)")
        #expect(!session.screen.contains("error"), "leaving without writing is the user's own choice")
        #expect(try setting.vault.snapshot() == before)
        #expect(try setting.leftovers().isEmpty)
    }

    @Test func quittingVimWithAnErrorSavesNothing() throws {
        let setting = try Setting()
        defer { setting.remove() }
        let before = try setting.vault.snapshot()
        let session = try setting.start(["add", "--title", "Afgebroken", "--editor"])
        try session.expect("entry.txt")
        session.press("iDit wil ik toch niet bewaren.\u{1B}:cq\r")
        #expect(try session.wait() == 1, "\(session.screen)")
        #expect(session.screen.contains("The editor failed (exit status 1)"), "\(session.screen)")
        #expect(session.echoesInput)
        #expect(try setting.vault.snapshot() == before)
        #expect(try setting.leftovers().isEmpty)
    }

    @Test func closingTheTerminalMidEditShredsTheText() throws {
        let setting = try Setting()
        defer { setting.remove() }
        let before = try setting.vault.snapshot()
        let session = try setting.start(["add", "--title", "Venster dicht", "--editor"])
        try session.expect("entry.txt")
        // Typed and written to the file once, so there is text on tmpfs to shred.
        session.press("iHalf geschreven.\u{1B}:w\r")
        try session.expect("written")
        #expect(try setting.leftovers().contains { $0.hasSuffix("/entry.txt") })
        session.hangUp()
        // The kernel sends SIGHUP: meldboek shreds the file and ends by that signal.
        #expect(try session.wait() == 128 + SIGHUP)
        #expect(try setting.waitUntilClean().isEmpty)
        #expect(try setting.vault.snapshot() == before)
    }

    @Test func sigtermMidEditShredsTheTextAndRestoresTheTerminal() throws {
        let setting = try Setting()
        defer { setting.remove() }
        let before = try setting.vault.snapshot()
        let session = try setting.start(["add", "--title", "Beëindigd", "--editor"])
        try session.expect("entry.txt")
        session.press("iHalf geschreven.\u{1B}:w\r")
        try session.expect("written")
        kill(session.processID, SIGTERM)
        #expect(try session.wait() == 128 + SIGTERM, "\(session.screen)")
        #expect(session.echoesInput, "vim's raw mode does not outlive it")
        #expect(try setting.leftovers().isEmpty)
        #expect(try setting.vault.snapshot() == before)
    }

    @Test func aRunKilledOutrightIsCleanedUpAtTheNextStart() throws {
        let setting = try Setting()
        defer { setting.remove() }
        let session = try setting.start(["add", "--title", "Gekild", "--editor"])
        try session.expect("entry.txt")
        session.press("iHalf geschreven.\u{1B}:w\r")
        try session.expect("written")
        kill(session.processID, SIGKILL)
        #expect(try session.wait() == 128 + SIGKILL)
        // Nothing could run on SIGKILL: the text is still there, until the next meldboek command starts.
        #expect(try setting.leftovers().contains { $0.hasSuffix("/entry.txt") })
        try setting.vault.succeed(["list"], environment: ["XDG_RUNTIME_DIR": setting.runtime])
        #expect(try setting.leftovers().isEmpty)
    }

    @Test(.enabled(if: canRun("nano") || editorsRequired, "needs nano"))
    func nanoWorksToo() throws {
        let setting = try Setting()
        defer { setting.remove() }
        let session = try setting.start(["add", "--title", "In nano", "--editor"], editor: "nano")
        try session.expect("entry.txt")
        // Type, then Ctrl-O and Enter to save, Ctrl-X to leave.
        session.press("Ze lachten me uit.")
        session.press("\u{0F}\r")
        try session.expect("Wrote")
        session.press("\u{18}")
        #expect(try session.wait() == 0, "\(session.screen)")
        let id = try #require(CLIVault.firstID(in: session.screen))
        #expect(try setting.vault.show(id)["narrative"] as? String == "Ze lachten me uit.")
        #expect(try setting.leftovers().isEmpty)
    }
}
