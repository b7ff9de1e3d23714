// The editor's temporary file: only on a tmpfs, shredded afterwards, never a silent fallback to disk.
import Foundation
import MeldboekCore
@testable import MeldboekTerminal
import MeldboekTestSupport
import Testing

@Suite(.serialized) struct EditorSessionTests {
    /// An editor script that appends a line to the file it is given.
    func editorScript(in folder: TemporaryFolder, writing text: String) throws -> String {
        let script = folder.appending("editor.sh")
        try "#!/bin/sh\nprintf '%s' '\(text)' >> \"$1\"\n".write(to: script, atomically: true, encoding: .utf8)
        chmod(script.path, 0o755)
        return script.path
    }

    @Test func refusesWithoutATmpfs() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let session = EditorSession(
            environment: ["XDG_RUNTIME_DIR": folder.url.path, "EDITOR": "true"], fallbackFolders: [folder.url.path])
        if folder.url.path.hasPrefix("/dev/shm") { return }
        #expect(session.temporaryRoot() == nil)
        #expect(throws: MeldboekError.noPrivateTemporaryFolder) { try session.edit("") }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/shm")))
    func editsThroughTmpfsAndLeavesNothingBehind() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let script = try editorScript(in: folder, writing: "wat er gebeurde")
        let session = EditorSession(environment: ["XDG_RUNTIME_DIR": "", "EDITOR": script, "PATH": "/usr/bin:/bin"])
        let before = try FileManager.default.contentsOfDirectory(atPath: "/dev/shm").filter { $0.hasPrefix("meldboek-") }
        let text = try session.edit("eerder: ")
        #expect(text == "eerder: wat er gebeurde")
        let after = try FileManager.default.contentsOfDirectory(atPath: "/dev/shm").filter { $0.hasPrefix("meldboek-") }
        #expect(after == before)
    }

    @Test func failingEditorSavesNothing() throws {
        let session = EditorSession(environment: ["EDITOR": "false", "PATH": "/usr/bin:/bin"])
        guard session.temporaryRoot() != nil else { return }
        #expect(throws: MeldboekError.editorFailed(status: 1)) { try session.edit("") }
    }

    @Test func anEditorThatIsNotInstalledIsNamedWithItsVariable() throws {
        let missing = EditorSession(environment: ["EDITOR": "nosucheditor --wait", "PATH": "/usr/bin:/bin"])
        #expect(throws: EditorError.notFound(command: "nosucheditor --wait", variable: "EDITOR")) { try missing.edit("") }
        let visual = EditorSession(environment: ["VISUAL": "/nonexistent/vim", "EDITOR": "nano"])
        #expect(throws: EditorError.notFound(command: "/nonexistent/vim", variable: "VISUAL")) { try visual.edit("") }
        // No variable set, and no vi on the search path: the default is named as the default.
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let fallback = EditorSession(environment: ["PATH": folder.url.path])
        #expect(throws: EditorError.notFound(command: "vi", variable: nil)) { try fallback.edit("") }
    }

    @Test func vimIsToldToKeepNoSwapOrHistoryFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let vim = folder.appending("vim.basic")
        try "#!/bin/sh\n".write(to: vim, atomically: true, encoding: .utf8)
        chmod(vim.path, 0o755)
        symlink(vim.path, folder.appending("vi").path)
        #expect(EditorSession.privacyArguments(for: folder.appending("vi").path) == " -n -i NONE")
        #expect(EditorSession.privacyArguments(for: "/bin/sh") == "")
        #expect(EditorSession.privacyArguments(for: nil) == "")
    }

    @Test func aFolderIsStaleOnlyWhenItsProcessIsGone() throws {
        // A process that has ended and been reaped: its id names no process (until reused, which a test can't rule out
        // but which only keeps a folder one run longer).
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let gone = ended.processIdentifier
        let now = Int(time(nil))
        #expect(EditorSession.isStale(name: "meldboek-\(gone)-Ab12Cd", modified: now))
        #expect(!EditorSession.isStale(name: "meldboek-\(getpid())-Ab12Cd", modified: now), "our own session")
        #expect(!EditorSession.isStale(name: "meldboek-1-Ab12Cd", modified: now), "a running process")
        // The older name without a process id: stale only after a day.
        #expect(!EditorSession.isStale(name: "meldboek-Ab12Cd", modified: now - 3600))
        #expect(EditorSession.isStale(name: "meldboek-Ab12Cd", modified: now - 2 * 24 * 3600))
    }

    @Test(.enabled(if: EditorSession().temporaryRoot() != nil))
    func staleFoldersAreShreddedAndLiveOnesKept() throws {
        let root = try #require(EditorSession(environment: [:]).temporaryRoot())
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let stale = "\(root)/meldboek-\(ended.processIdentifier)-Stale1"
        let live = "\(root)/meldboek-\(getpid())-Live01"
        for folder in [stale, live] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
            try "half written".write(toFile: folder + "/entry.txt", atomically: false, encoding: .utf8)
        }
        defer { try? FileManager.default.removeItem(atPath: live) }
        EditorSession(environment: [:]).removeStaleFolders()
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: live + "/entry.txt"))
    }
}
