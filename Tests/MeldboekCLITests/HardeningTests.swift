// A vault someone tampered with or left open, and a process others want to look into: the real binary holds.
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct VaultSettingsBoundsTests {
    /// Edits of the vault row that no Meldboek writes; each must end in a clear error, never a crash or a hang.
    @Test(arguments: [
        ("opsLimit = 0", "opsLimit"), ("opsLimit = 1099511627776", "opsLimit"), ("opsLimit = -1", "opsLimit"),
        ("memLimit = 1", "memLimit"), ("memLimit = 4611686018427387904", "memLimit"), ("memLimit = -8192", "memLimit"),
        ("salt = randomblob(15)", "salt"), ("wrappedKey = randomblob(71)", "wrappedKey"),
    ])
    func outOfBoundsKeySettingsAreAClearError(edit: String, setting: String) throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.sqlite("UPDATE vault SET \(edit)")
        let started = Date()
        let result = try vault.run(["list"])
        expectError(result, status: 5, mentioning: ["damaged or were altered", setting])
        #expect(Date().timeIntervalSince(started) < 20)
        expectError(try vault.run(["unlock"]), status: 5, mentioning: [setting])
    }
}

@Suite struct VaultPermissionsTests {
    @Test func tooOpenModesAreRepairedAndSaidSo() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let wal = vault.folder.appendingPathComponent("meldboek.db-wal")
        FileManager.default.createFile(atPath: wal.path, contents: Data())
        chmod(vault.folder.path, 0o755)
        chmod(vault.database.path, 0o644)
        chmod(wal.path, 0o644)

        let result = try vault.run(["list"])
        #expect(result.status == 0, "\(result)")
        let repaired = result.stderr.split(separator: "\n").filter { $0.hasPrefix("meldboek: Repaired: ") }
        #expect(repaired.count == 3, "\(result)")
        // A sentence, in each language.
        #expect(repaired.allSatisfy { $0.hasSuffix(", for you alone.") }, "\(result)")
        #expect(repaired.first?.contains(" \(vault.folder.path) (mode 0755)") == true, "the folder comes first: \(result)")
        for (path, mode) in [(vault.folder.path, "0755"), (vault.database.path, "0644"), (wal.path, "0644")] {
            #expect(repaired.contains { $0.contains(" \(path) (mode \(mode))") }, "\(path) not reported: \(result)")
        }
        #expect(try fileMode(vault.folder) == 0o700)
        #expect(try fileMode(vault.database) == 0o600)
        #expect(try vault.run(["list"]).stderr.isEmpty, "a second run repairs nothing")
        chmod(vault.folder.path, 0o750)
        #expect(try vault.run(["list", "--lang", "nl"]).stderr
                    == "meldboek: Hersteld: anderen konden bij \(vault.folder.path) (modus 0750); nu is het 0700, alleen voor jou.\n")
    }

    /// SQLite gives a new `-wal` and `-shm` the database's mode (not the umask's): the database is repaired
    /// before SQLite opens it, so they are created 0600. The passphrase command looks while the vault is open.
    @Test func theWriteAheadLogAndSharedMemoryAreCreatedOwnerOnly() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        chmod(vault.database.path, 0o644)
        let modes = vault.path("modes")
        let command = "stat -c '%a %n' '\(vault.database.path)'* > '\(modes.path)'; echo '\(TestVault.passphrase)'"
        let result = try vault.run(["list"], environment: ["MELDBOEK_PASSPHRASE": nil, "MELDBOEK_PASSPHRASE_COMMAND": command])
        #expect(result.status == 0, "\(result)")
        let lines = String(decoding: try Data(contentsOf: modes), as: UTF8.self).split(separator: "\n")
        #expect(lines.contains { $0.hasSuffix("meldboek.db-wal") } && lines.contains { $0.hasSuffix("meldboek.db-shm") },
                "no -wal or -shm while the vault was open: \(lines)")
        for line in lines { #expect(line.hasPrefix("600 "), "not owner-only: \(line)") }
    }

    @Test func aSymlinkedDatabaseIsRefused() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let elsewhere = vault.path("elders.db")
        try FileManager.default.moveItem(at: vault.database, to: elsewhere)
        try FileManager.default.createSymbolicLink(at: vault.database, withDestinationURL: elsewhere)
        expectError(try vault.run(["list"]), status: 4, mentioning: [vault.database.path, "symbolic link"])
        expectError(try vault.run(["unlock"]), status: 4, mentioning: ["symbolic link"])
    }

    @Test(.enabled(if: getuid() == 0, "needs root to give a file to another user"), arguments: ["folder", "database", "wal"])
    func aFileOfAnotherUserIsRefused(which: String) throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let wal = vault.folder.appendingPathComponent("meldboek.db-wal")
        FileManager.default.createFile(atPath: wal.path, contents: Data())
        let target = ["folder": vault.folder, "database": vault.database, "wal": wal][which]!
        chmod(target.path, 0o700 & UInt32(try fileMode(target)))
        #expect(chown(target.path, 65534, 65534) == 0)
        let before = try vault.snapshot()
        expectError(try vault.run(["list"]), status: 4, mentioning: [target.path, "another user", "65534"])
        expectError(try vault.run(["add", "--title", "x"]), status: 4, mentioning: ["another user"])
        #expect(try vault.snapshot() == before)
        #expect(chown(target.path, 0, 0) == 0)
    }
}

@Suite struct CrashOutputTests {
    /// Crashes the real binary the two ways it can: a bad memory access (SIGSEGV) and a failed run-time check
    /// (an index out of range: SIGILL or SIGTRAP). The Swift runtime's backtracer would print a backtrace,
    /// registers and the memory they point to; nothing of it may appear, on either output.
    @Test(arguments: ["fault", "trap"])
    func aCrashPrintsOneLineAndNoMemory(kind: String) throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let result = try vault.run(["list"], environment: ["MELDBOEK_TEST_CRASH": kind])
        #expect(result.status == 70, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.last?.hasPrefix("meldboek: internal error: ") == true, "\(result)")
        // Only our line, and for a failed check the runtime's one-line reason.
        for line in lines {
            #expect(line.hasPrefix("meldboek: internal error: ") || line.contains("Fatal error: Index out of range"),
                    "unexpected crash output: \(line)")
        }
        let output = result.stdout + result.stderr
        for word in ["Crash", "crashed", "Registers", "Thread ", "Backtrace", "Images", "💣"] {
            #expect(!output.contains(word), "backtracer output (\(word)): \(result)")
        }
        #expect(output.firstMatch(of: /0x[0-9a-fA-F]{6,}/) == nil, "an address or memory in the output: \(result)")
    }

    @Test func theCrashSwitchNeedsTheTestGate() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let result = try vault.run(["list"], environment: ["MELDBOEK_TEST_CRASH": "fault", "MELDBOEK_ALLOW_TEST_KDF": nil])
        #expect(result.status == 0, "\(result)")
    }
}

/// The process can't be ptraced or dumped by other processes of its user. Checked on the unlock agent (the
/// process that holds the key longest) of a vault run by an ordinary user: as root, that is `nobody`
/// (root may ptrace anything), with a `sleep` of the same user as the control that shows the check can fail.
@Suite struct NotDumpableTests {
    static let nobody: uid_t = 65534

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/gdb")
                   && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func theAgentCanNotBeTracedOrDumped() throws {
        var vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        let user = getuid() == 0 ? Self.nobody : getuid()
        // Run as `user`, from a copy of the binary it can reach.
        let binary = vault.path("meldboek")
        try FileManager.default.copyItem(at: vault.runner.binary, to: binary)
        let wrapper = vault.path("as-user.sh")
        try Data("#!/bin/sh\nexec \(Self.asUser(user).joined(separator: " ")) '\(binary.path)' \"$@\"\n".utf8)
            .write(to: wrapper)
        chmod(wrapper.path, 0o755)
        if getuid() == 0 { _ = try Shell.run("/bin/chown", ["-R", "\(user):\(user)", vault.home.url.path]) }
        vault.runner.binary = wrapper
        try vault.succeed(["init", "--no-recovery", "--kdf", "test"])
        try vault.succeed(["unlock"])
        defer { _ = try? vault.run(["lock"]) }
        let socket = try #require(try UnlockSessionTests.sockets(vault).first)
        let agent = try #require(UnlockSessionTests.agentProcess(socket: socket))

        let control = Process()
        control.executableURL = URL(fileURLWithPath: Self.asUser(user)[0])
        control.arguments = Array(Self.asUser(user).dropFirst()) + ["/bin/sleep", "30"]
        try control.run()
        defer { control.terminate() }
        Thread.sleep(forTimeInterval: 0.2)

        // A process runs as `user`, yet the kernel gives its /proc files to root: it is not dumpable.
        #expect(try Self.processUser(agent) == user)
        #expect(try Self.procOwner(agent) == 0, "the agent is dumpable")
        #expect(try Self.procOwner(control.processIdentifier) == user, "control: a dumpable process of the user")

        let refused = try Self.attach(agent, as: user)
        #expect(refused.contains("Operation not permitted"), "gdb attached to the agent: \(refused)")
        let allowed = try Self.attach(control.processIdentifier, as: user)
        #expect(!allowed.contains("Operation not permitted"), "control: gdb should attach: \(allowed)")
    }

    /// Read from a running meldboek (the unlock agent), not by hardening the test process itself: a test
    /// process without core dumps could no longer give them to the binaries it starts (DoctorTests does).
    @Test func theRunningBinaryHasNoCoreDumpsAndMakesFilesOwnerOnly() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.succeed(["unlock"])
        defer { _ = try? vault.run(["lock"]) }
        let socket = try #require(try UnlockSessionTests.sockets(vault).first)
        let agent = try #require(UnlockSessionTests.agentProcess(socket: socket))
        let limits = try String(contentsOfFile: "/proc/\(agent)/limits", encoding: .utf8)
        let core = try #require(limits.split(separator: "\n").first { $0.hasPrefix("Max core file size") })
        // "Max core file size   0   0   bytes": the soft and the hard limit.
        #expect(Array(core.split(separator: " ").dropFirst(4).prefix(2)) == ["0", "0"], "\(core)")
        let status = try String(contentsOfFile: "/proc/\(agent)/status", encoding: .utf8)
        #expect(status.contains("Umask:\t0077"))
    }

    static func asUser(_ user: uid_t) -> [String] {
        getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=\(user)", "--regid=\(user)", "--clear-groups"] : ["/usr/bin/env"]
    }

    /// What `gdb -p` as `user` says when it tries to attach.
    static func attach(_ pid: pid_t, as user: uid_t) throws -> String {
        let arguments = Array(asUser(user).dropFirst()) + ["/usr/bin/gdb", "-nx", "-batch", "-p", "\(pid)"]
        return try Shell.run(asUser(user)[0], arguments).output
    }

    static func processUser(_ pid: pid_t) throws -> uid_t {
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("Uid:") })
        return try #require(uid_t(line.split(separator: "\t")[1]))
    }

    static func procOwner(_ pid: pid_t) throws -> uid_t {
        var info = stat()
        try #require(stat("/proc/\(pid)/status", &info) == 0)
        return info.st_uid
    }
}
