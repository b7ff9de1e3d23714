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
