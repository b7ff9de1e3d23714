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
        // Fedora's vim-minimal is a binary called vi: known by its banner. Another vi is left alone.
        let minimal = folder.appending("fedora")
        try FileManager.default.createDirectory(at: minimal, withIntermediateDirectories: false)
        try Data("\u{7F}ELF ... VIM - Vi IMproved 9.1 ...".utf8).write(to: minimal.appendingPathComponent("vi"))
        #expect(EditorSession.privacyArguments(for: minimal.appendingPathComponent("vi").path) == " -n -i NONE")
        let other = folder.appending("busybox")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: false)
        try FileManager.default.copyItem(atPath: "/bin/true", toPath: other.appendingPathComponent("vi").path)
        #expect(EditorSession.privacyArguments(for: other.appendingPathComponent("vi").path) == "")
        if let realVim = realpath("/usr/bin/vim", nil) {
            defer { free(realVim) }
            let copy = folder.appending("copied")
            try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: false)
            try FileManager.default.copyItem(atPath: String(cString: realVim), toPath: copy.appendingPathComponent("vi").path)
            #expect(EditorSession.privacyArguments(for: copy.appendingPathComponent("vi").path) == " -n -i NONE")
        }
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
        func isStale(_ name: String, modified: Int) -> Bool {
            EditorSession.isStale(folder: "/nonexistent/\(name)", name: name, modified: modified)
        }
        // Without a lock file (an earlier version's folder), the name and the age decide.
        #expect(isStale("meldboek-\(gone)-Ab12Cd", modified: now - 120))
        #expect(!isStale("meldboek-\(gone)-Ab12Cd", modified: now), "just made: its lock may not be taken yet")
        #expect(!isStale("meldboek-\(getpid())-Ab12Cd", modified: now - 120), "our own session")
        #expect(!isStale("meldboek-1-Ab12Cd", modified: now - 120), "a running process")
        // The older name without a process id: stale only after a day.
        #expect(!isStale("meldboek-Ab12Cd", modified: now - 3600))
        #expect(isStale("meldboek-Ab12Cd", modified: now - 2 * 24 * 3600))
    }

    /// A session in another pid namespace (a container sharing /dev/shm) has a process id that names nothing
    /// here, or something else: only its lock says whether it still runs.
    @Test func theLockDecidesWhateverTheProcessIDSays() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let name = "meldboek-\(Int32.max - 7)-Ab12Cd"
        let path = folder.appending(name).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        let lock = open(path + "/session.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        #expect(lock >= 0 && flock(lock, LOCK_EX | LOCK_NB) == 0)
        let old = Int(time(nil)) - 3600
        #expect(!EditorSession.isStale(folder: path, name: name, modified: old), "held: a live session elsewhere")
        close(lock)
        #expect(EditorSession.isStale(folder: path, name: name, modified: old), "let go: its process ended")
        // Our own pid, but nobody holds the lock: a session of ours that ended without cleaning up.
        let own = folder.appending("meldboek-\(getpid())-Own123").path
        try FileManager.default.createDirectory(atPath: own, withIntermediateDirectories: false)
        close(open(own + "/session.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600))
        #expect(EditorSession.isStale(folder: own, name: "meldboek-\(getpid())-Own123", modified: Int(time(nil))))
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
        // Older than a minute: its process could have taken its lock by now.
        let old = timespec(tv_sec: time(nil) - 120, tv_nsec: 0)
        var times = [old, old]
        _ = utimensat(AT_FDCWD, stale, &times, 0)
        defer { try? FileManager.default.removeItem(atPath: live) }
        EditorSession(environment: [:]).removeStaleFolders()
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: live + "/entry.txt"))
    }
}
