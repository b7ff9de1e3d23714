// Start-up hardening: no core dumps, no ptrace by the same user, owner-only files.
import Foundation
import MeldboekTerminal
import MeldboekTestSupport
import Testing

@Suite struct ProcessHardeningTests {
    @Test func noCoreDumpsAndOwnerOnlyFiles() throws {
        ProcessHardening.apply()
        var limit = rlimit()
        getrlimit(Int32(RLIMIT_CORE.rawValue), &limit)
        #expect(limit.rlim_cur == 0)
        #expect(limit.rlim_max == 0)
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        #expect(status.contains("Umask:\t0077"))
        #expect(!ProcessHardening.isDumpable)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        FileManager.default.createFile(atPath: folder.appending("f").path, contents: Data("x".utf8))
        let mode = try FileManager.default.attributesOfItem(atPath: folder.appending("f").path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }
}
