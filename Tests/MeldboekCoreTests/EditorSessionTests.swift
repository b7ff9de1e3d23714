// The editor's temporary file: only on a tmpfs, shredded afterwards, never a silent fallback to disk.
import Foundation
import MeldboekCore
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
}
