// Sync through real Syncthing: two instances of Debian's syncthing on 127.0.0.1, started and stopped by the test
// (LocalSyncthing), and what they carry between two devices' copies of a folder.
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import MeldboekTestSupport
import Testing

/// In CI syncthing is installed (scripts/test sets this), so there a missing syncthing fails instead of skipping.
let syncthingRequired = ProcessInfo.processInfo.environment["MELDBOEK_REQUIRE_SYNCTHING"] == "1"

/// The harness itself: that what one device writes or deletes is on the other once it says they are in sync.
@Suite(.enabled(if: LocalSyncthing.isInstalled || syncthingRequired,
                "syncthing is not installed (apt install syncthing); with MELDBOEK_REQUIRE_SYNCTHING=1 this fails"))
struct SyncthingHarnessTests {
    @Test func whatOneDeviceWritesOrDeletesReachesTheOther() async throws {
        let syncthing = try LocalSyncthing()
        defer { syncthing.remove() }
        try await syncthing.start()
        let a = syncthing.devices[0].folder
        let b = syncthing.devices[1].folder

        // Bigger than one of Syncthing's blocks (128 KiB), in a folder of its own, as a segment would be.
        let segment = Data((0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 7919 >> 3) })
        try FileManager.default.createDirectory(at: a.appendingPathComponent("devices/a"),
                                                withIntermediateDirectories: true)
        try segment.write(to: a.appendingPathComponent("devices/a/segment-1"))
        try Data("hallo\n".utf8).write(to: a.appendingPathComponent("x.txt"))
        try await syncthing.waitUntilInSync()
        #expect(try Data(contentsOf: b.appendingPathComponent("devices/a/segment-1")) == segment)
        #expect(try String(contentsOf: b.appendingPathComponent("x.txt"), encoding: .utf8) == "hallo\n")

        // A conflict copy planted by hand is a file like any other to Syncthing: it travels; and a deletion on B
        // reaches A.
        let conflict = "x.sync-conflict-20261202-120000-ABCDEFG.txt"
        try Data("de andere versie\n".utf8).write(to: b.appendingPathComponent(conflict))
        try FileManager.default.removeItem(at: b.appendingPathComponent("x.txt"))
        try await syncthing.waitUntilInSync()
        #expect(!FileManager.default.fileExists(atPath: a.appendingPathComponent("x.txt").path))
        #expect(try String(contentsOf: a.appendingPathComponent(conflict), encoding: .utf8) == "de andere versie\n")
        #expect(try Data(contentsOf: a.appendingPathComponent("devices/a/segment-1")) == segment)
        // Nothing else came out of it: no conflict copies of Syncthing's own, no leftover temporary files.
        for folder in [a, b] {
            let names = try Self.files(in: folder)
            #expect(names == ["devices/a/segment-1", conflict], "\(folder.path): \(names)")
        }
    }

    @Test func aDeviceThatWasOffCatchesUpBothWays() async throws {
        let syncthing = try LocalSyncthing()
        defer { syncthing.remove() }
        try await syncthing.start()
        let a = syncthing.devices[0].folder
        let b = syncthing.devices[1].folder

        // B is off, as a closed laptop: both sides write; once B is back, each has what the other wrote.
        syncthing.stop(device: 1)
        #expect(!syncthing.isRunning(device: 1))
        try Data("op a geschreven\n".utf8).write(to: a.appendingPathComponent("from-a.txt"))
        try Data("op b geschreven\n".utf8).write(to: b.appendingPathComponent("from-b.txt"))
        try await syncthing.start(device: 1)
        try await syncthing.waitUntilInSync()
        for folder in [a, b] {
            #expect(try Self.files(in: folder) == ["from-a.txt", "from-b.txt"])
            #expect(try String(contentsOf: folder.appendingPathComponent("from-b.txt"), encoding: .utf8)
                        == "op b geschreven\n")
        }
    }

    @Test func nothingLeavesTheMachineAndNothingStaysRunning() async throws {
        let syncthing = try LocalSyncthing()
        defer { syncthing.remove() }
        try await syncthing.start()
        for index in syncthing.devices.indices {
            let options = try await syncthing.json(index, "/rest/config/options")
            #expect(options["listenAddresses"] as? [String] == ["tcp://127.0.0.1:\(syncthing.devices[index].listenPort)"])
            for off in ["globalAnnounceEnabled", "localAnnounceEnabled", "relaysEnabled", "natEnabled",
                        "crashReportingEnabled", "startBrowser"] {
                #expect(options[off] as? Bool == false, "\(off) on \(syncthing.devices[index].name)")
            }
            #expect(options["urAccepted"] as? Int == -1, "usage reporting declined")
            let devices = try await syncthing.json(index, "/rest/config/devices/\(syncthing.devices[1 - index].id)")
            #expect(devices["addresses"] as? [String] == ["tcp://127.0.0.1:\(syncthing.devices[1 - index].listenPort)"])
        }
        let ports = syncthing.devices.map(\.apiPort)
        syncthing.stop()
        for index in syncthing.devices.indices { #expect(!syncthing.isRunning(device: index)) }
        // Stopped for real: nothing answers on the API ports any more.
        for port in ports {
            var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/rest/system/ping")!)
            request.timeoutInterval = 2
            await #expect(throws: (any Error).self) { _ = try await URLSession.shared.data(for: request) }
        }
    }

    @Test func anInstanceWhoseTestProcessIsGoneIsKilled() async throws {
        let syncthing = try LocalSyncthing()
        defer { syncthing.remove() }
        try await syncthing.start()
        // What the watcher sees when the test process dies, however it dies: its pipe closes.
        syncthing.cutLifeline(of: 0)
        let deadline = Date().addingTimeInterval(10)
        while syncthing.isRunning(device: 0), Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
        #expect(!syncthing.isRunning(device: 0), "the watcher left syncthing running")
        #expect(syncthing.isRunning(device: 1), "the other device's watcher killed it too")
    }

    /// The paths of the regular files under `folder`, sorted, leaving out Syncthing's own marker folder.
    static func files(in folder: URL) throws -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var names: [String] = []
        while let name = enumerator?.nextObject() as? String {
            if name == ".stfolder" || name.hasPrefix(".stfolder/") { continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path,
                                              isDirectory: &isDirectory), !isDirectory.boolValue {
                names.append(name)
            }
        }
        return names.sorted()
    }
}

/// One journal on two devices whose sync folders two real Syncthing instances keep the same: concurrent adds,
/// amendments and a deletion on both sides while one device's Syncthing is off, `meldboek sync` killed with
/// SIGKILL mid-way, and a conflict copy planted by hand; afterwards both devices show the same entries and verify, and nothing reported written is lost.
@Suite(.enabled(if: LocalSyncthing.isInstalled || syncthingRequired,
                "syncthing is not installed (apt install syncthing); with MELDBOEK_REQUIRE_SYNCTHING=1 this fails"))
struct SyncthingJournalTests {
    /// What the test was told was written: entries whose add succeeded, and entries whose delete succeeded.
    struct Written {
        var added: [String: String] = [:]
        var deleted: Set<String> = []
        var expected: Set<String> { Set(added.keys).subtracting(deleted) }
    }

    @Test func twoDevicesThroughSyncthingConvergeAndLoseNothing() async throws {
        let syncthing = try LocalSyncthing()
        defer { syncthing.remove() }
        try await syncthing.start()
        let a = try CLIVault()
        defer { a.remove() }
        let b = try CLIVault(initialise: false)
        defer { b.remove() }
        // Inside each device's Syncthing folder, as a user would put it; the vaults stay outside.
        let folderA = syncthing.devices[0].folder.appendingPathComponent("meldboek")
        let folderB = syncthing.devices[1].folder.appendingPathComponent("meldboek")
        var written = Written()
        func add(_ vault: CLIVault, _ title: String) throws {
            written.added[try vault.add(title, ["--text", "Wat er gebeurde: \(title)."])] = title
        }

        try add(a, "Vergadering met Jan")
        try add(a, "Kantine")
        try add(a, "Gang bij de lift")
        let shared = try #require(written.added.first { $0.value == "Vergadering met Jan" }?.key)
        let doomed = try #require(written.added.first { $0.value == "Gang bij de lift" }?.key)
        try a.succeed(["sync", "init", folderA.path, "--device-name", "laptop"])
        let ownA = try Self.deviceFolders(in: folderA)
        try await syncthing.waitUntilInSync()
        let joined = try b.succeed(["sync", "join", folderB.path, "--device-name", "werk"])
        #expect(joined.stdout.contains("Took in 3 items from 'laptop' ("), "\(joined)")
        try await syncthing.waitUntilInSync()
        #expect(try Self.entries(b) == Self.entries(a))

        // Apart, B's Syncthing off as on a laptop in a bag, and at once: adds on both devices side by side, the same
        // entry amended on each, a deletion on B, and each device syncing into its own copy of the folder.
        syncthing.stop(device: 1)
        async let addedOnA = Self.addAll(a, ["Telefoon", "Mail van HR", "Parkeerplaats"])
        async let addedOnB = Self.addAll(b, ["Overleg", "Bericht op Teams", "Receptie"])
        for (id, title) in try await addedOnA.merging(try await addedOnB, uniquingKeysWith: { first, _ in first }) {
            written.added[id] = title
        }
        try a.succeed(["amend", shared, "--title", "Vergadering met Jan (laptop)"])
        try b.succeed(["amend", shared, "--title", "Vergadering met Jan (werk)"])
        try b.succeed(["delete", doomed, "--yes"])
        written.deleted.insert(doomed)
        try a.succeed(["sync"])
        try b.succeed(["sync"])
        try await syncthing.start(device: 1)

        // `meldboek sync` killed outright at a random moment, on A and on B in turn, while the same device adds an
        // entry and the other device syncs. A sync takes some 50 ms here, so the delays are short.
        var outputs: [CommandResult] = []
        var killedMidway = 0
        for attempt in 0..<6 where killedMidway < 3 {
            let (vault, other) = attempt.isMultiple(of: 2) ? (a, b) : (b, a)
            let sync = try Self.start(vault, ["sync"])
            // On a queue of its own: the commands below hold the test's threads while they run.
            DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(Int.random(in: 0...50))) {
                if sync.isRunning { kill(sync.processIdentifier, SIGKILL) }
            }
            async let addedDuring = Self.addAll(vault, ["Tijdens synchronisatie \(attempt + 1)"])
            async let fromOther = Self.run(other, ["sync"])
            for (id, title) in try await addedDuring { written.added[id] = title }
            outputs.append(try await fromOther)
            sync.waitUntilExit()
            if sync.terminationReason == .uncaughtSignal {
                killedMidway += 1
            } else {
                #expect(sync.terminationStatus == 0, "a sync that wasn't killed failed")
            }
            // Killed or not, the vault it ran on is whole.
            let verified = try vault.run(["verify"])
            #expect(verified.status == 0, "verify after a killed sync: \(verified)")
        }
        #expect(killedMidway > 0, "every sync finished before it could be killed")

        // A conflict copy as Syncthing makes them, planted by hand in B's device folder: it travels to A, and
        // neither device takes it in.
        let ownB = try #require(try Self.deviceFolders(in: folderB).subtracting(ownA).first, "B's device folder")
        let segment = try #require(try FileManager.default.contentsOfDirectory(
            at: folderB.appendingPathComponent(ownB), includingPropertiesForKeys: nil)
            .first { $0.lastPathComponent.hasSuffix(".seg") })
        let conflict = segment.deletingPathExtension().lastPathComponent + ".sync-conflict-20261202-120000-ABCDEFG.seg"
        try FileManager.default.copyItem(at: segment, to: segment.deletingLastPathComponent().appendingPathComponent(conflict))

        // Exchange until a round brings nothing new anywhere; Syncthing carries the files in between.
        var quietRound = false
        for _ in 1...6 where !quietRound {
            try await syncthing.waitUntilInSync()
            let round = [try a.succeed(["sync"]), try b.succeed(["sync"])]
            outputs += round
            quietRound = round.allSatisfy { $0.stdout.contains("Nothing new to exchange.") }
        }
        try await syncthing.waitUntilInSync()
        #expect(quietRound, "still exchanging after six rounds: \(outputs.last!)")

        let onA = try Self.entries(a)
        let onB = try Self.entries(b)
        #expect(onA == onB, "the devices differ")
        #expect(Set(onA.keys) == written.expected,
                "lost: \(written.expected.subtracting(onA.keys)); unexpected: \(Set(onA.keys).subtracting(written.expected))")
        #expect(["Vergadering met Jan (laptop)", "Vergadering met Jan (werk)"].contains(onA[shared] ?? ""),
                "\(onA[shared] ?? "missing")")
        // The two amendments made apart are both kept, and reported as a fork.
        #expect(outputs.contains { $0.stdout.contains("has 2 versions written apart on different devices") },
                "no fork reported: \(outputs)")
        for vault in [a, b] {
            let shown = try vault.succeed(["show", shared, "--history"])
            #expect(shown.stdout.contains("Vergadering met Jan (laptop)") && shown.stdout.contains("Vergadering met Jan (werk)"),
                    "\(shown)")
            let verified = try vault.run(["verify"])
            #expect(verified.status == 0 && !verified.stdout.contains("DAMAGED"), "\(verified)")
        }
        #expect(outputs.contains { $0.stderr.contains("ignored ") && $0.stderr.contains(conflict) },
                "the planted conflict copy went unmentioned: \(outputs)")
        // Syncthing made no conflict copies of its own: no file was ever written by two devices.
        for folder in [folderA, folderB] {
            let copies = try SyncthingHarnessTests.files(in: folder).filter { $0.contains(".sync-conflict-") }
            #expect(copies.map { URL(fileURLWithPath: $0).lastPathComponent } == [conflict], "\(folder.path): \(copies)")
        }
    }

    @Test func threeDevicesAgreeWhenADeletionMeetsAnAmendmentMadeElsewhere() async throws {
        let syncthing = try LocalSyncthing(devices: 3)
        defer { syncthing.remove() }
        try await syncthing.start()
        let laptop = try CLIVault()
        defer { laptop.remove() }
        let work = try CLIVault(initialise: false)
        defer { work.remove() }
        let phone = try CLIVault(initialise: false)
        defer { phone.remove() }
        let folders = syncthing.devices.map { $0.folder.appendingPathComponent("meldboek") }
        // Bigger than several of Syncthing's blocks, so it arrives in pieces.
        let content = randomData(count: 700_000)
        let file = laptop.path("opname.bin")
        try content.write(to: file)
        let kept = try laptop.add("Blijft", ["--attach", file.path])
        let doomed = try laptop.add("Wordt verwijderd")
        try laptop.succeed(["sync", "init", folders[0].path, "--device-name", "laptop"])
        try await syncthing.waitUntilInSync()
        try work.succeed(["sync", "join", folders[1].path, "--device-name", "werk"])
        try await syncthing.waitUntilInSync()
        try phone.succeed(["sync", "join", folders[2].path, "--device-name", "telefoon"])
        try await syncthing.waitUntilInSync()

        // The phone's Syncthing is off: the laptop deletes an entry the phone amends meanwhile.
        syncthing.stop(device: 2)
        try laptop.succeed(["delete", doomed, "--yes"])
        try laptop.succeed(["sync"])
        try phone.succeed(["amend", doomed, "--append", "Later hoorde ik meer."])
        let fromPhone = try phone.add("Op de telefoon")
        try phone.succeed(["sync"])
        try await syncthing.start(device: 2)

        let vaults = [laptop, work, phone]
        var quietRound = false
        for _ in 1...6 where !quietRound {
            try await syncthing.waitUntilInSync()
            let round = try vaults.map { try $0.succeed(["sync"]) }
            quietRound = round.allSatisfy { $0.stdout.contains("Nothing new to exchange.") }
        }
        try await syncthing.waitUntilInSync()
        #expect(quietRound, "still exchanging after six rounds")

        // The deletion wins over the amendment made apart, on every device; the rest is everywhere.
        let onLaptop = try SyncthingJournalTests.entries(laptop)
        #expect(Set(onLaptop.keys) == [kept, fromPhone], "\(onLaptop)")
        for vault in vaults {
            #expect(try SyncthingJournalTests.entries(vault) == onLaptop)
            let saved = vault.path("opgeslagen.bin")
            try vault.succeed(["attachment", "save", kept, "opname.bin", "--out", saved.path])
            #expect(try Data(contentsOf: saved) == content, "the attachment differs on \(vault.home.url.path)")
            let status = try vault.succeed(["sync", "status"])
            for name in ["laptop", "werk", "telefoon"] {
                #expect(status.stdout.contains("  \(name) ("), "\(status)")
            }
            #expect(status.stdout.components(separatedBy: "chain intact").count == 4, "\(status)")
            let verified = try vault.run(["verify"])
            #expect(verified.status == 0 && !verified.stdout.contains("DAMAGED"), "\(verified)")
        }
    }

    /// Every entry `list --json` shows: id and current title.
    static func entries(_ vault: CLIVault) throws -> [String: String] {
        var found: [String: String] = [:]
        for entry in try vault.list() { found[entry["id"] as? String ?? ""] = entry["title"] as? String }
        return found
    }

    /// The device folders (16 bytes in hex) in a sync folder.
    static func deviceFolders(in folder: URL) throws -> Set<String> {
        Set(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.count == 32 && $0.allSatisfy(\.isHexDigit)
        })
    }

    /// Adds an entry per title, one after the other; the ids the binary reported.
    static func addAll(_ vault: CLIVault, _ titles: [String]) async throws -> [String: String] {
        var added: [String: String] = [:]
        for title in titles { added[try vault.add(title, ["--text", "Wat er gebeurde: \(title)."])] = title }
        return added
    }

    /// Runs a command that must succeed, from an async context.
    static func run(_ vault: CLIVault, _ arguments: [String]) async throws -> CommandResult {
        try vault.succeed(arguments)
    }

    /// Starts the binary with the vault's environment and leaves it running, its output discarded.
    static func start(_ vault: CLIVault, _ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = vault.runner.binary
        process.arguments = arguments
        process.environment = vault.runner.environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }
}
