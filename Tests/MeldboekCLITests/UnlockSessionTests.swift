// Unlock sessions: the passphrase once, then commands without it, until lock, idle time or a new passphrase.
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct UnlockSessionTests {
    /// Runs with no passphrase in the environment and no terminal: only an unlock session can open the vault.
    static let noPassphrase: [String: String?] = ["MELDBOEK_PASSPHRASE": nil]

    @Test func unlockedCommandsNeedNoPassphraseUntilLock() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let id = try vault.add("Voor de sessie")
        let unlocked = try vault.succeed(["unlock", "--for", "5m"])
        #expect(unlocked.stdout.hasPrefix("Unlocked until "))
        #expect(unlocked.stdout.hasSuffix(". To lock it now: meldboek lock\n"), "\(unlocked)")

        try vault.succeed(["add", "--title", "Tijdens de sessie"], environment: Self.noPassphrase)
        let titles = try vault.succeed(["list"], environment: Self.noPassphrase).stdout
        #expect(titles.contains("Voor de sessie") && titles.contains("Tijdens de sessie"))
        try vault.succeed(["show", id], environment: Self.noPassphrase)
        try vault.succeed(["search", "sessie"], environment: Self.noPassphrase)
        try vault.succeed(["verify"], environment: Self.noPassphrase)
        #expect(try vault.succeed(["status"]).stdout.contains(": unlocked until "))

        #expect(try vault.succeed(["lock"]).stdout == "Locked.\n")
        let locked = try vault.run(["list"], environment: Self.noPassphrase)
        expectError(locked, status: 3, mentioning: ["The vault is locked"])
        #expect(try vault.succeed(["status"]).stdout.hasSuffix(": locked\n"))
        #expect(try vault.succeed(["lock"]).stdout == "The vault was not unlocked.\n")
        #expect(try Self.sockets(vault).isEmpty)
    }

    @Test func theAdvisersUnlockNamesTheLockCommandThatLocksTheAdvisersVault() throws {
        let desk = try AdviserDesk()
        defer { desk.remove() }
        let unlocked = try desk.run(["unlock", "--adviser", "--lang", "nl"])
        #expect(unlocked.status == 0, "\(unlocked)")
        #expect(unlocked.stdout.hasSuffix(". Nu vergrendelen: meldboek lock --adviser\n"), "\(unlocked)")
        // The command it names does lock it.
        #expect(try desk.run(["lock", "--adviser"]).stdout == "Locked.\n")
    }

    @Test func theSocketAndItsFolderAreOwnerOnlyAndTheAgentHoldsNoPassphrase() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.succeed(["unlock"])
        defer { _ = try? vault.run(["lock"]) }
        let socket = try #require(try Self.sockets(vault).first)
        #expect(try Self.mode(socket) & 0o777 == 0o600)
        #expect(try Self.mode(socket.deletingLastPathComponent()) & 0o777 == 0o700)

        let agent = try #require(Self.agentProcess(socket: socket))
        let arguments = try Data(contentsOf: URL(fileURLWithPath: "/proc/\(agent)/cmdline"))
        let environment = try Data(contentsOf: URL(fileURLWithPath: "/proc/\(agent)/environ"))
        for bytes in [arguments, environment] {
            #expect(bytes.range(of: Data(TestVault.passphrase.utf8)) == nil)
            #expect(bytes.range(of: Data("MELDBOEK_".utf8)) == nil || bytes == arguments)
        }
    }

    @Test func aStaleSocketFromAKilledAgentIsCleanedUp() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.succeed(["unlock"])
        let socket = try #require(try Self.sockets(vault).first)
        let agent = try #require(Self.agentProcess(socket: socket))
        kill(agent, SIGKILL)
        try Self.waitUntil { kill(agent, 0) != 0 || Self.isZombie(agent) }
        #expect(FileManager.default.fileExists(atPath: socket.path), "a killed agent leaves its socket")

        #expect(try vault.succeed(["status"]).stdout.hasSuffix(": locked\n"))
        #expect(!FileManager.default.fileExists(atPath: socket.path))
        expectError(try vault.run(["list"], environment: Self.noPassphrase), status: 3, mentioning: ["locked"])

        try vault.succeed(["unlock"])
        try vault.succeed(["list"], environment: Self.noPassphrase)
        try vault.succeed(["lock"])
    }

    @Test func twoVaultsCanBeUnlockedAtOnce() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let second = vault.path("second").path
        try vault.succeed(["init", "--no-recovery", "--kdf", "test", "--vault", second])
        try vault.succeed(["add", "--title", "In de tweede", "--vault", second])
        try vault.succeed(["unlock"])
        try vault.succeed(["unlock", "--vault", second])
        #expect(try Self.sockets(vault).count == 2)

        #expect(try vault.succeed(["list", "--vault", second], environment: Self.noPassphrase).stdout.contains("In de tweede"))
        try vault.succeed(["lock"])
        try vault.succeed(["list", "--vault", second], environment: Self.noPassphrase)
        expectError(try vault.run(["list"], environment: Self.noPassphrase), status: 3, mentioning: ["locked"])
        try vault.succeed(["lock", "--vault", second])
    }

    @Test func changingThePassphraseEndsTheSession() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.succeed(["unlock"])
        let changed = try vault.succeed(["passwd"], environment: ["MELDBOEK_NEW_PASSPHRASE": "een nieuwe wachtwoordzin"])
        #expect(changed.stdout.contains("The unlock session has ended;"))
        expectError(try vault.run(["list"], environment: Self.noPassphrase), status: 3, mentioning: ["locked"])
        #expect(try Self.sockets(vault).isEmpty)
    }

    @Test func anAgentForAVaultThatWasReplacedRefusesButGoesOn() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.succeed(["unlock"])
        let socket = try #require(try Self.sockets(vault).first)
        let agent = try #require(Self.agentProcess(socket: socket))
        // Another vault (another key) now sits at the same path.
        try FileManager.default.moveItem(at: vault.folder, to: vault.path("old"))
        try vault.succeed(["init", "--no-recovery", "--kdf", "test"])
        expectError(try vault.run(["list"], environment: Self.noPassphrase), status: 3, mentioning: ["locked"])
        // A client with a wrong fingerprint gets no key, and can't end the agent either.
        Thread.sleep(forTimeInterval: 0.3)
        #expect(kill(agent, 0) == 0 && !Self.isZombie(agent), "the agent ended on a wrong fingerprint")
        try vault.succeed(["list"])
        #expect(try vault.succeed(["lock"]).stdout == "Locked.\n")
        try Self.waitUntil { kill(agent, 0) != 0 || Self.isZombie(agent) }
    }

    @Test func passwdDuringASessionStillNeedsTheCurrentPassphrase() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.add("Voor de sessie")
        try vault.succeed(["unlock"])
        defer { _ = try? vault.run(["lock"]) }
        let before = try vault.sealedState()
        let newPassphrase: [String: String?] = ["MELDBOEK_NEW_PASSPHRASE": "een nieuwe wachtwoordzin"]

        let without = try vault.run(["passwd"], environment: newPassphrase.merging(Self.noPassphrase) { $1 })
        expectError(without, status: 3, mentioning: ["current passphrase"])
        let wrong = try vault.run(["passwd"], environment: newPassphrase.merging(["MELDBOEK_PASSPHRASE": "fout"]) { $1 })
        expectError(wrong, status: 3, mentioning: ["Wrong passphrase."])

        #expect(try vault.sealedState() == before, "passwd changed the vault without the current passphrase")
        // The session and the old passphrase both still open the vault.
        try vault.succeed(["list"], environment: Self.noPassphrase)
        try vault.succeed(["list"], environment: ["XDG_RUNTIME_DIR": vault.path("elders").path])
    }

    @Test func extendingASessionNeedsThePassphrase() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.succeed(["unlock", "--for", "5m"])
        defer { _ = try? vault.run(["lock"]) }
        expectError(try vault.run(["unlock", "--for", "12h"], environment: Self.noPassphrase), status: 3,
                    mentioning: ["current passphrase"])
        expectError(try vault.run(["unlock", "--for", "12h"], environment: ["MELDBOEK_PASSPHRASE": "fout"]), status: 3,
                    mentioning: ["Wrong passphrase."])
        let status = try vault.succeed(["status"]).stdout
        #expect(status.hasSuffix("extends it by 5 minutes\n"), "the session's idle time changed: \(status)")
        try vault.succeed(["unlock", "--for", "12h"])
        #expect(try vault.succeed(["status"]).stdout.hasSuffix("extends it by 12 hours\n"))
        #expect(try vault.succeed(["status", "--lang", "nl"]).stdout.hasSuffix("elk gebruik verlengt dat met 12 uur\n"))
    }

    @Test func theSessionEndsAfterItsIdleTime() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.succeed(["unlock", "--for", "1s"])
        Thread.sleep(forTimeInterval: 2.5)
        #expect(try vault.succeed(["status"]).stdout.hasSuffix(": locked\n"))
        #expect(try Self.sockets(vault).isEmpty)
    }

    @Test(arguments: ["0", "soon", "13h", "5x", "1h-5m"])
    func aBadDurationIsAUsageError(duration: String) throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        expectError(try vault.run(["unlock", "--for", duration]), status: 64, mentioning: ["--for"])
        #expect(try Self.sockets(vault).isEmpty)
    }

    @Test func unlockWithoutAPassphraseSaysTheVaultIsLocked() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        expectError(try vault.run(["unlock"], environment: Self.noPassphrase), status: 3, mentioning: ["locked"])
    }

    // MARK: Helpers

    /// The agent sockets in the test's runtime folder.
    static func sockets(_ vault: CLIVault) throws -> [URL] {
        let folder = vault.path("run/meldboek")
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "sock" }
    }

    static func mode(_ url: URL) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int)
    }

    /// The process id of the agent listening at `socket`, found by its command line.
    static func agentProcess(socket: URL) -> pid_t? {
        let processes = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for name in processes {
            guard let pid = pid_t(name),
                  let data = FileManager.default.contents(atPath: "/proc/\(name)/cmdline")
            else { continue }
            let words = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            if words.contains("agent"), words.contains(socket.path) { return pid }
        }
        return nil
    }

    static func isZombie(_ pid: pid_t) -> Bool {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        return status.contains(") Z ")
    }

    static func waitUntil(_ condition: () -> Bool) throws {
        for _ in 0..<100 where !condition() { Thread.sleep(forTimeInterval: 0.05) }
        try #require(condition())
    }
}
