// A vault on a read-only or a full disk (small tmpfs mounts): reading still works, writing fails clearly and loses nothing.
import Foundation
import MeldboekTestSupport
import Testing

/// Small tmpfs mounts for these tests; they need root and a kernel that lets us mount.
enum Tmpfs {
    /// Whether this process can mount a tmpfs: root, and a trial mount succeeds.
    static let usable: Bool = {
        guard getuid() == 0, let folder = try? TemporaryFolder("meldboek-mount-check") else { return false }
        defer { folder.remove() }
        guard (try? Tmpfs.mount(at: folder.url, size: "64k")) != nil else { return false }
        Tmpfs.unmount(folder.url)
        return true
    }()

    static func mount(at folder: URL, size: String) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let result = try Shell.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(size),mode=0755", "tmpfs", folder.path])
        guard result.status == 0 else { throw CLISetupFailure(description: "mount failed: \(result.output)") }
    }

    static func remountReadOnly(_ folder: URL) throws {
        let result = try Shell.run("/bin/mount", ["-o", "remount,ro", folder.path])
        guard result.status == 0 else { throw CLISetupFailure(description: "remount failed: \(result.output)") }
    }

    static func unmount(_ folder: URL) {
        _ = try? Shell.run("/bin/umount", [folder.path])
    }
}

@Suite(.enabled(if: Tmpfs.usable, "needs root and permission to mount a tmpfs"))
struct ReadOnlyAndFullDiskTests {
    /// A vault inside a tmpfs of `size` mounted in a new HOME.
    static func vaultOnTmpfs(size: String) throws -> (vault: CLIVault, mount: URL) {
        var vault = try CLIVault(initialise: false)
        let mount = vault.path("schijf")
        do {
            try Tmpfs.mount(at: mount, size: size)
        } catch {
            vault.remove()
            throw error
        }
        vault.runner.environment["MELDBOEK_VAULT"] = mount.appendingPathComponent("vault").path
        do {
            try vault.succeed(["init", "--no-recovery", "--kdf", "test"])
        } catch {
            Tmpfs.unmount(mount)
            vault.remove()
            throw error
        }
        return (vault, mount)
    }

    @Test func aReadOnlyVaultCanBeReadButNotWritten() throws {
        let (vault, mount) = try Self.vaultOnTmpfs(size: "4m")
        defer {
            Tmpfs.unmount(mount)
            vault.remove()
        }
        let file = vault.path("bewijs.txt")
        try Data("bewijsstuk".utf8).write(to: file)
        let id = try vault.add("Op een stick", ["--attach", file.path, "--text", "Café-gesprek", "--category", "pesten"])
        try vault.add("Tweede")
        try vault.succeed(["amend", id, "--append", "Aanvulling"])
        try Tmpfs.remountReadOnly(mount)
        let before = try vault.snapshot()

        #expect(try vault.titles() == ["Op een stick", "Tweede"])
        #expect(try vault.succeed(["list"]).stdout.contains("Op een stick"))
        #expect(try vault.show(id)["revisionCount"] as? Int == 2)
        #expect(try vault.succeed(["show", id, "--history"]).stdout.contains("Version 2"))
        #expect(try vault.succeed(["search", "cafe"]).stdout.contains("Op een stick"))
        #expect(try vault.succeed(["verify"]).stdout.contains("Vault intact: 4 records"))
        let out = vault.path("terug.txt")
        try vault.succeed(["attachment", "save", id, "bewijs.txt", "--out", out.path])
        #expect(try Data(contentsOf: out) == Data("bewijsstuk".utf8))
        try vault.succeed(["export", "--out", vault.path("export.json").path])

        let other = vault.path("ander.txt")
        try Data("meer".utf8).write(to: other)
        for command in [["add", "--title", "Lukt niet"], ["amend", id, "--title", "Anders"], ["tag", id, "urgent"],
                        ["attach", id, other.path], ["delete", id, "--yes"], ["passwd"]] {
            let result = try vault.run(command, environment: ["MELDBOEK_NEW_PASSPHRASE": "nieuw"])
            expectError(result, status: 6, mentioning: ["read-only"])
        }
        #expect(try vault.snapshot() == before)

        // No recovery code is shown or written that the vault can't keep.
        let code = vault.path("code.txt")
        expectError(try vault.run(["recovery", "create", "--recovery-code-out", code.path]), status: 6,
                    mentioning: ["read-only"])
        #expect(!FileManager.default.fileExists(atPath: code.path))
        #expect(try vault.snapshot() == before)
    }

    /// A new recovery code goes into the vault before it is written out: on a full disk, the file (on another
    /// disk) would otherwise hold a code that opens nothing.
    @Test func aRecoveryCodeTheVaultCantKeepIsNeitherShownNorWritten() throws {
        let (vault, mount) = try Self.vaultOnTmpfs(size: "1m")
        defer {
            Tmpfs.unmount(mount)
            vault.remove()
        }
        try vault.add("Voor de volle schijf")
        // Room for SQLite's shared-memory index (32 KiB), so the vault still opens, but not for the write.
        try Self.fill(mount, leaving: 36 * 1024)
        let code = vault.path("code.txt")
        expectError(try vault.run(["recovery", "create", "--recovery-code-out", code.path]), status: 6,
                    mentioning: ["The disk is full"])
        #expect(!FileManager.default.fileExists(atPath: code.path))
        try FileManager.default.removeItem(at: mount.appendingPathComponent("vulling"))
        expectError(try vault.run(["recovery", "test"], environment: [
            "MELDBOEK_RECOVERY_CODE": "legal winner thank year wave sausage worth useful legal winner thank yellow"]),
                    status: 3, mentioning: ["This vault has no recovery code."])
    }

    /// The other way round: the code is kept, but can't be written out (its file is on a full disk). The code the
    /// melder had goes on opening the vault; the new one, which nobody has, is not left in it.
    @Test func aRecoveryCodeThatCantBeWrittenOutLeavesTheOldOne() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        let old = vault.path("old.txt")
        try vault.succeed(["init", "--kdf", "test", "--recovery-code-out", old.path])
        let mount = vault.path("stick")
        try Tmpfs.mount(at: mount, size: "64k")
        defer { Tmpfs.unmount(mount) }
        try Self.fill(mount)
        let new = mount.appendingPathComponent("new.txt")
        expectError(try vault.run(["recovery", "create", "--recovery-code-out", new.path]), status: 6,
                    mentioning: ["The disk is full"])
        #expect(!FileManager.default.fileExists(atPath: new.path))
        try vault.succeed(["recovery", "test"], environment: ["MELDBOEK_RECOVERY_CODE_FILE": old.path])
    }

    @Test func aFullDiskRefusesTheWriteAndKeepsEverythingElse() throws {
        let (vault, mount) = try Self.vaultOnTmpfs(size: "1m")
        defer {
            Tmpfs.unmount(mount)
            vault.remove()
        }
        let first = try vault.add("Voor de volle schijf", ["--text", "Dit moet blijven."])
        try vault.add("Nog een")
        let big = vault.path("video.bin")
        try randomData(count: 3_000_000).write(to: big)

        let result = try vault.run(["add", "--title", "Te groot", "--attach", big.path])
        expectError(result, status: 6, mentioning: ["The disk is full"])
        expectError(try vault.run(["attach", first, big.path]), status: 6, mentioning: ["The disk is full"])

        #expect(try vault.titles() == ["Voor de volle schijf", "Nog een"])
        #expect(try vault.show(first)["narrative"] as? String == "Dit moet blijven.")
        #expect(try vault.succeed(["verify"]).stdout.contains("Vault intact: 2 records, 2 entries, 0 attachments"))
        #expect(try vault.sqlite("SELECT count(*) FROM chunks") == "0")
        // Once the failed write is rolled back, there is room for a small entry again.
        try vault.add("Kleintje")
        #expect(try vault.titles() == ["Voor de volle schijf", "Nog een", "Kleintje"])
    }

    /// Fills what is left of the mount with a file, but for `leaving` bytes, so the next write finds no room at
    /// all, or only that much.
    static func fill(_ mount: URL, leaving: UInt64 = 0) throws {
        let filler = mount.appendingPathComponent("vulling")
        FileManager.default.createFile(atPath: filler.path, contents: nil)
        let handle = try FileHandle(forWritingTo: filler)
        defer { try? handle.close() }
        let block = Data(count: 4096)
        while (try? handle.write(contentsOf: block)) != nil {}
        if leaving > 0 { try handle.truncate(atOffset: try handle.offsetInFile - min(leaving, try handle.offsetInFile)) }
    }

    /// What a vault holds, as SQL sees it: records, chunks, the vault row and the cache.
    static func contents(_ vault: CLIVault, database: URL) throws -> String {
        let result = try Shell.run("/usr/bin/sqlite3", [
            "file:\(database.path)?immutable=1",
            "SELECT seq, hex(id), hex(sealed) FROM records ORDER BY seq; SELECT count(*), sum(length(sealed)) FROM chunks;"
                + " SELECT hex(salt), hex(wrappedKey), hex(head) FROM vault; SELECT id, covers, hex(sealed) FROM ledgerCache;",
        ])
        try #require(result.status == 0, "\(result.output)")
        return result.output
    }

    @Test func passwdOnAFullDiskKeepsTheOldPassphrase() throws {
        let (vault, mount) = try Self.vaultOnTmpfs(size: "1m")
        defer {
            Tmpfs.unmount(mount)
            vault.remove()
        }
        try vault.add("Voor de wissel", ["--text", "Dit moet blijven."])
        let database = mount.appendingPathComponent("vault/meldboek.db")
        let before = try Self.contents(vault, database: database)
        try Self.fill(mount)

        let result = try vault.run(["passwd"], environment: ["MELDBOEK_NEW_PASSPHRASE": "nieuwe wachtwoordzin"])
        expectError(result, status: 6, mentioning: ["The disk is full"])
        try FileManager.default.removeItem(at: mount.appendingPathComponent("vulling"))
        #expect(try Self.contents(vault, database: database) == before)
        #expect(try vault.titles() == ["Voor de wissel"], "the old passphrase still opens it")
    }

    @Test func anImportOnAFullDiskChangesNothing() throws {
        // The melder's vault on the ordinary disk, the adviser's on a small tmpfs.
        let (adviser, mount) = try Self.vaultOnTmpfs(size: "2m")
        defer {
            Tmpfs.unmount(mount)
            adviser.remove()
        }
        let adviserFolder = mount.appendingPathComponent("case-vault").path
        let asAdviser: [String: String?] = ["MELDBOEK_ADVISER_VAULT": adviserFolder, "MELDBOEK_PASSPHRASE": "adviseur"]
        try adviser.succeed(["adviser", "init", "--no-recovery", "--kdf", "test"], environment: asAdviser)
        let card = try adviser.succeed(["adviser", "card"], environment: asAdviser).stdout
            .split(whereSeparator: \.isWhitespace).map(String.init).first { $0.hasPrefix("meldboek-card:1:") }
        let melder = try CLIVault()
        defer { melder.remove() }
        try melder.succeed(["contacts", "add", "vp", try #require(card)])
        let video = melder.path("video.bin")
        try randomData(count: 3_000_000).write(to: video)
        let id = try melder.add("Opname", ["--attach", video.path])
        let bundle = melder.path("bundel.age")
        try melder.succeed(["share", "--to", "vp", id, "--out", bundle.path, "--yes"])

        let database = URL(fileURLWithPath: adviserFolder).appendingPathComponent("meldboek.db")
        let before = try Self.contents(adviser, database: database)
        let result = try adviser.run(["adviser", "import", bundle.path, "--case", "Melder 1"], environment: asAdviser)
        expectError(result, status: 6, mentioning: ["The disk is full"])
        #expect(try Self.contents(adviser, database: database) == before)
        #expect(try adviser.succeed(["adviser", "cases"], environment: asAdviser).stdout.contains("Melder 1") == false)
    }
}
