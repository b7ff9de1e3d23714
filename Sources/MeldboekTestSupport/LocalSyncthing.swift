// Real Syncthing instances on this machine (Debian's `syncthing`), each in a home of its own, sharing one folder
// over 127.0.0.1 only, for the tests of sync between devices.
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Two or more real Syncthing instances that share one folder with each other and with nothing else.
///
/// Each device has a home of its own under one temporary folder, holding its Syncthing configuration, keys,
/// database and log (`syncthing/`) and its copy of the shared folder (`Sync/`). The instances listen on
/// 127.0.0.1 only, on free ports; global and local discovery, relays, NAT traversal, usage reporting, crash
/// reporting and upgrades are off, and they know each other by device id at explicit addresses. The folder is
/// watched for changes and rescanned every minute, but ``waitUntilInSync(timeout:)`` forces a scan and asks the
/// REST API, so a test never sleeps and hopes.
///
/// ```swift
/// let syncthing = try LocalSyncthing()
/// defer { syncthing.remove() }
/// try await syncthing.start()
/// try Data("hello".utf8).write(to: syncthing.devices[0].folder.appendingPathComponent("x.txt"))
/// try await syncthing.waitUntilInSync()
/// // x.txt is now in syncthing.devices[1].folder too.
/// ```
///
/// Every instance started is stopped by ``stop()``, by ``remove()`` and when the value goes away, so a failing
/// test leaves none behind; should the test process itself die, a small watcher process kills its instances.
public final class LocalSyncthing {
    /// One Syncthing instance: its home, its copy of the shared folder and how to reach it.
    public struct Device: Sendable {
        /// A short name: "a", "b", ...
        public let name: String
        /// The device's HOME; Syncthing's own files are in `syncthing/` below it.
        public let home: URL
        /// The device's copy of the shared folder.
        public let folder: URL
        /// Syncthing's device id, as in `ABCDEFG-...`.
        public let id: String
        /// Where the REST API listens: http://127.0.0.1:port.
        public fileprivate(set) var apiPort: Int
        /// Where the sync protocol listens: tcp://127.0.0.1:port.
        public fileprivate(set) var listenPort: Int

        /// Syncthing's configuration folder (config.xml, keys, database).
        public var configuration: URL { home.appendingPathComponent("syncthing") }
        /// What Syncthing wrote on its standard output and error, for a failure's description.
        public var log: URL { home.appendingPathComponent("syncthing.log") }
        var listenAddress: String { "tcp://127.0.0.1:\(listenPort)" }
    }

    /// Where Debian's package installs the program.
    public static let executable = URL(fileURLWithPath: "/usr/bin/syncthing")
    /// Whether the program is installed.
    public static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: executable.path) }
    /// The shared folder's id, the same on every device.
    public static let folderID = "meldboek-test"

    /// The temporary folder holding every device's home.
    public let root: TemporaryFolder
    /// The devices, in the order they were made.
    public private(set) var devices: [Device]
    /// The key every instance's REST API asks for (X-API-Key), made up for this run.
    public let apiKey: String
    private var running: [Instance?]

    /// A running instance: Syncthing itself, and the watcher that kills it if this process dies first.
    private struct Instance {
        let process: Process
        let watcher: Process
        /// Held open by this process only; when it closes, the watcher wakes up.
        let lifeline: FileHandle
    }

    /// Makes keys and a configuration for `count` devices; starts nothing.
    ///
    /// - Throws: ``LocalSyncthingFailure`` when `syncthing` is missing or `syncthing generate` fails.
    public init(devices count: Int = 2) throws {
        guard count >= 2 else { throw LocalSyncthingFailure(description: "a shared folder needs two devices or more") }
        guard Self.isInstalled else {
            throw LocalSyncthingFailure(description: "syncthing is not installed at \(Self.executable.path) (apt install syncthing)")
        }
        root = try TemporaryFolder("meldboek-syncthing")
        apiKey = UUID().uuidString
        devices = []
        running = Array(repeating: nil, count: count)
        do {
            let ports = try Self.freePorts(2 * count)
            for index in 0..<count {
                let name = String(UnicodeScalar(UInt8(ascii: "a") + UInt8(index)))
                let home = root.appending(name)
                let folder = home.appendingPathComponent("Sync")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let configuration = home.appendingPathComponent("syncthing")
                try Self.syncthing(["generate", "--home=\(configuration.path)", "--no-default-folder"], home: home)
                let id = try Self.syncthing(["serve", "--home=\(configuration.path)", "--device-id"], home: home)
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                var device = Device(name: name, home: home, folder: folder, id: id, apiPort: ports[2 * index],
                                    listenPort: ports[2 * index + 1])
                try Self.writeOptions(of: &device)
                devices.append(device)
            }
        } catch {
            root.remove()
            throw error
        }
    }

    deinit { stop() }

    // MARK: Starting and stopping

    /// Starts every device that isn't running, shares the folder between all of them, and waits until each is
    /// connected to every other.
    ///
    /// - Throws: ``LocalSyncthingFailure`` with the logs when an instance doesn't come up or connect in `timeout`.
    public func start(timeout: Duration = .seconds(180)) async throws {
        for index in devices.indices where running[index] == nil {
            try await launchAndWait(index, timeout: timeout)
        }
        for index in devices.indices { try await share(on: index) }
        try await waitUntilConnected(timeout: timeout)
    }

    /// Starts one device again after ``stop(device:)``, and waits until the others see it back.
    public func start(device index: Int, timeout: Duration = .seconds(180)) async throws {
        guard running[index] == nil else { return }
        try await launchAndWait(index, timeout: timeout)
        // Its ports may have changed: every running device learns its address again.
        for other in devices.indices where running[other] != nil { try await share(on: other) }
        try await waitUntilConnected(timeout: timeout)
    }

    /// Starts device `index` and waits for its REST API; on new ports when another program took one of its ports
    /// between our finding it free and Syncthing binding it.
    private func launchAndWait(_ index: Int, timeout: Duration) async throws {
        for attempt in 1...3 {
            running[index] = try launch(devices[index])
            var listening = true
            do {
                try await waitForAPI(of: index, timeout: timeout)
                if let problem = try await listenerProblem(on: index) {
                    listening = false
                    throw LocalSyncthingFailure(description: "syncthing \(devices[index].name) can't listen: \(problem)")
                }
                return
            } catch {
                // Syncthing ends when it can't serve its API; it stays up, and says so, when it can't listen.
                let portTaken = !listening || running[index]?.process.isRunning == false
                stop(device: index)
                guard portTaken, attempt < 3 else { throw error }
                try renewPorts(of: index)
            }
        }
    }

    /// Stops every running instance: SIGTERM, then SIGKILL after `grace` seconds. Does nothing for stopped ones.
    public func stop(grace: TimeInterval = 10) {
        for index in running.indices { stop(device: index, grace: grace) }
    }

    /// Stops one instance, as a laptop closed: the others carry on without it.
    public func stop(device index: Int, grace: TimeInterval = 10) {
        guard let instance = running[index] else { return }
        running[index] = nil
        // The watcher first, so it can't kill a process id that has been given to another program by then. With
        // SIGKILL: the shell inherits the test runner's blocked signals, and would sit on a SIGTERM.
        if instance.watcher.isRunning { kill(instance.watcher.processIdentifier, SIGKILL) }
        instance.watcher.waitUntilExit()
        try? instance.lifeline.close()
        if instance.process.isRunning {
            instance.process.terminate()
            let deadline = Date().addingTimeInterval(grace)
            while instance.process.isRunning, Date() < deadline { usleep(20_000) }
            if instance.process.isRunning { kill(instance.process.processIdentifier, SIGKILL) }
        }
        instance.process.waitUntilExit()
    }

    /// Closes device `index`'s end of the pipe its watcher reads, as happens when this process dies: the watcher
    /// then kills the instance. For the harness's own test of that.
    public func cutLifeline(of index: Int) {
        try? running[index]?.lifeline.close()
    }

    /// Whether device `index` is running.
    public func isRunning(device index: Int) -> Bool { running[index]?.process.isRunning == true }

    /// Stops every instance and removes every device's home.
    public func remove() {
        stop()
        root.remove()
    }

    // MARK: Waiting for sync

    /// Waits until every device holds every other's latest changes, asking each device's REST API.
    ///
    /// First every device rescans the folder (`POST /rest/db/scan`, which returns when the scan is done), so
    /// changes the watcher hasn't reported yet count. Then, until two readings in a row agree: every device is
    /// connected to every other, its folder is idle with nothing left to pull (`/rest/db/status`), it sees every
    /// other device complete with nothing to fetch or delete (`/rest/db/completion`), and all devices count the
    /// same global files and bytes.
    ///
    /// - Throws: ``LocalSyncthingFailure`` with each device's state and log when `timeout` passes first.
    public func waitUntilInSync(timeout: Duration = .seconds(60)) async throws {
        let deadline = ContinuousClock.now + timeout
        try await waitUntilConnected(timeout: timeout)
        for index in devices.indices {
            _ = try await request(index, "POST", "/rest/db/scan?folder=\(Self.folderID)")
        }
        var previous: [String]?
        var reading = SyncReading(devices: [])
        while true {
            reading = try await read()
            if reading.inSync {
                if reading.fingerprint == previous { return }
                previous = reading.fingerprint
            } else {
                previous = nil
            }
            guard ContinuousClock.now < deadline else {
                throw LocalSyncthingFailure(description: "the devices were not in sync after \(timeout):\n"
                    + reading.description + logs())
            }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    /// Waits until every running device is connected to every other running device.
    public func waitUntilConnected(timeout: Duration = .seconds(60)) async throws {
        let deadline = ContinuousClock.now + timeout
        while true {
            var missing: [String] = []
            for index in devices.indices where running[index] != nil {
                let connections = try await json(index, "/rest/system/connections")["connections"] as? [String: Any]
                for other in devices.indices where other != index && running[other] != nil {
                    let connection = connections?[devices[other].id] as? [String: Any]
                    if connection?["connected"] as? Bool != true {
                        missing.append("\(devices[index].name) to \(devices[other].name)")
                    }
                }
            }
            if missing.isEmpty { return }
            guard ContinuousClock.now < deadline else {
                throw LocalSyncthingFailure(description: "not connected after \(timeout): "
                    + missing.joined(separator: ", ") + "\n" + logs())
            }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    /// What every device's REST API says about the folder now.
    private func read() async throws -> SyncReading {
        var readings: [SyncReading.Device] = []
        for index in devices.indices {
            guard running[index] != nil else {
                throw LocalSyncthingFailure(description: "device \(devices[index].name) is stopped: start it first")
            }
            let status = try await json(index, "/rest/db/status?folder=\(Self.folderID)")
            let connections = try await json(index, "/rest/system/connections")["connections"] as? [String: Any]
            var peers: [SyncReading.Peer] = []
            for other in devices.indices where other != index {
                let completion = try await json(
                    index, "/rest/db/completion?folder=\(Self.folderID)&device=\(devices[other].id)")
                let connection = connections?[devices[other].id] as? [String: Any]
                peers.append(SyncReading.Peer(
                    name: devices[other].name, connected: connection?["connected"] as? Bool == true,
                    completion: (completion["completion"] as? NSNumber)?.doubleValue ?? -1,
                    needItems: (completion["needItems"] as? NSNumber)?.intValue ?? -1,
                    needDeletes: (completion["needDeletes"] as? NSNumber)?.intValue ?? -1))
            }
            readings.append(SyncReading.Device(
                name: devices[index].name, state: status["state"] as? String ?? "?",
                needTotalItems: (status["needTotalItems"] as? NSNumber)?.intValue ?? -1,
                errors: (status["errors"] as? NSNumber)?.intValue ?? -1,
                pullErrors: (status["pullErrors"] as? NSNumber)?.intValue ?? -1,
                sequence: (status["sequence"] as? NSNumber)?.intValue ?? -1,
                globalFiles: (status["globalFiles"] as? NSNumber)?.intValue ?? -1,
                globalDirectories: (status["globalDirectories"] as? NSNumber)?.intValue ?? -1,
                globalBytes: (status["globalBytes"] as? NSNumber)?.intValue ?? -1,
                peers: peers))
        }
        return SyncReading(devices: readings)
    }

    // MARK: REST API

    /// The body of a REST call to device `index`; anything but 200 throws with the body.
    @discardableResult
    public func request(
        _ index: Int, _ method: String, _ path: String, body: Data? = nil, timeout: TimeInterval = 60
    ) async throws -> Data {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(devices[index].apiPort)\(path)")!)
        request.httpMethod = method
        request.setValue(apiKey, forHTTPHeaderField: "X-API-Key")
        request.timeoutInterval = timeout
        if let body {
            request.httpBody = body
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        guard status == 200 else {
            throw LocalSyncthingFailure(description: "\(method) \(path) on \(devices[index].name): HTTP \(status): "
                + String(decoding: data, as: UTF8.self))
        }
        return data
    }

    /// A REST call's JSON object.
    public func json(_ index: Int, _ path: String) async throws -> [String: Any] {
        let data = try await request(index, "GET", path)
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw LocalSyncthingFailure(description: "GET \(path) on \(devices[index].name): not a JSON object")
        }
        return object
    }

    /// Waits until the REST API of device `index` answers, or its process ends.
    private func waitForAPI(of index: Int, timeout: Duration) async throws {
        let deadline = ContinuousClock.now + timeout
        while true {
            guard running[index]?.process.isRunning == true else {
                throw LocalSyncthingFailure(description: "syncthing \(devices[index].name) ended at start:\n" + logs())
            }
            // A short wait per try: under a full test run's load one slow try must not use up the whole deadline.
            if (try? await request(index, "GET", "/rest/system/ping", timeout: 5)) != nil { return }
            guard ContinuousClock.now < deadline else {
                throw LocalSyncthingFailure(description: "syncthing \(devices[index].name)'s API didn't answer:\n"
                    + logs())
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// Why device `index` can't listen on its sync port, if it can't.
    private func listenerProblem(on index: Int) async throws -> String? {
        let status = try await json(index, "/rest/system/status")
        let listeners = status["connectionServiceStatus"] as? [String: Any]
        let listener = listeners?[devices[index].listenAddress] as? [String: Any]
        return listener?["error"] as? String
    }

    /// Tells device `index` about every device at its address, and shares the folder with all of them.
    ///
    /// Through the REST API rather than config.xml, so Syncthing fills in its own defaults for everything else.
    private func share(on index: Int) async throws {
        for device in devices {
            let body: [String: Any] = ["deviceID": device.id, "name": device.name, "addresses": [device.listenAddress]]
            try await request(index, "PUT", "/rest/config/devices/\(device.id)",
                              body: try JSONSerialization.data(withJSONObject: body))
        }
        let folder: [String: Any] = [
            "id": Self.folderID, "label": Self.folderID, "path": devices[index].folder.path, "type": "sendreceive",
            "fsWatcherEnabled": true, "fsWatcherDelayS": 1, "rescanIntervalS": 60,
            // After a failed pull, retry in a second rather than a minute.
            "pullerPauseS": 1,
            "devices": devices.map { ["deviceID": $0.id] },
        ]
        try await request(index, "PUT", "/rest/config/folders/\(Self.folderID)",
                          body: try JSONSerialization.data(withJSONObject: folder))
    }

    // MARK: Processes and configuration

    /// Starts `syncthing serve` for `device`, with its watcher.
    private func launch(_ device: Device) throws -> Instance {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = [
            "serve", "--home=\(device.configuration.path)", "--no-browser", "--no-restart", "--no-upgrade",
            "--gui-address=http://127.0.0.1:\(device.apiPort)", "--gui-apikey=\(apiKey)", "--logflags=3",
        ]
        process.environment = Self.environment(home: device.home)
        if !FileManager.default.fileExists(atPath: device.log.path) {
            _ = FileManager.default.createFile(atPath: device.log.path, contents: nil)
        }
        let log = try FileHandle(forWritingTo: device.log)
        defer { try? log.close() }
        try log.seekToEnd()
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        try process.run()

        // The watcher reads from a pipe only this process writes to: when this process ends, however it ends, the
        // read returns and the watcher kills the instance.
        let lifeline = Pipe()
        _ = fcntl(lifeline.fileHandleForWriting.fileDescriptor, F_SETFD, FD_CLOEXEC)
        let watcher = Process()
        watcher.executableURL = URL(fileURLWithPath: "/bin/sh")
        watcher.arguments = ["-c", "read -r _; kill -KILL \"$1\" 2>/dev/null", "watcher",
                             String(process.processIdentifier)]
        watcher.standardInput = lifeline
        watcher.standardOutput = FileHandle.nullDevice
        watcher.standardError = FileHandle.nullDevice
        do {
            try watcher.run()
        } catch {
            process.terminate()
            process.waitUntilExit()
            throw error
        }
        try? lifeline.fileHandleForReading.close()
        return Instance(process: process, watcher: watcher, lifeline: lifeline.fileHandleForWriting)
    }

    /// New free ports for device `index`, written into its configuration.
    private func renewPorts(of index: Int) throws {
        let ports = try Self.freePorts(2)
        devices[index].apiPort = ports[0]
        devices[index].listenPort = ports[1]
        try Self.writeOptions(of: &devices[index])
    }

    /// Sets the options in the device's generated config.xml, before Syncthing first starts: listen on 127.0.0.1
    /// only, and nothing that reaches beyond this machine.
    private static func writeOptions(of device: inout Device) throws {
        let file = device.configuration.appendingPathComponent("config.xml")
        var xml = try String(contentsOf: file, encoding: .utf8)
        let options: [(String, String)] = [
            ("listenAddress", device.listenAddress),
            ("globalAnnounceEnabled", "false"),
            ("localAnnounceEnabled", "false"),
            ("relaysEnabled", "false"),
            ("natEnabled", "false"),
            ("startBrowser", "false"),
            // -1: the user declined usage reporting.
            ("urAccepted", "-1"),
            ("autoUpgradeIntervalH", "0"),
            ("crashReportingEnabled", "false"),
            // Syncthing would lower its own priority, and be slow on a busy test machine.
            ("setLowPriority", "false"),
            // Redial a device that went away after a second, not a minute.
            ("reconnectionIntervalS", "1"),
        ]
        for (name, value) in options {
            guard let open = xml.range(of: "<\(name)>"),
                  let close = xml.range(of: "</\(name)>", range: open.upperBound..<xml.endIndex)
            else {
                throw LocalSyncthingFailure(description: "no <\(name)> in the config.xml syncthing generated")
            }
            xml.replaceSubrange(open.upperBound..<close.lowerBound, with: value)
        }
        try xml.write(to: file, atomically: true, encoding: .utf8)
    }

    /// The environment Syncthing runs in: the device's own HOME, and no upgrades or default folder.
    private static func environment(home: URL) -> [String: String] {
        [
            "HOME": home.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "STNOUPGRADE": "1", "STNODEFAULTFOLDER": "1",
            // Syncthing 1.x otherwise runs as a monitor process with the real one as its child, even with
            // --no-restart, and a SIGKILL to the monitor leaves the child running: this is how the monitor tells its
            // child that it is the one to do the work.
            "STMONITORED": "yes",
        ]
    }

    /// Runs `syncthing` to the end and returns its standard output; a failure throws with its output.
    @discardableResult
    private static func syncthing(_ arguments: [String], home: URL) throws -> String {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment(home: home)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw LocalSyncthingFailure(description: "syncthing \(arguments.joined(separator: " ")): \(text)")
        }
        return text
    }

    /// `count` different TCP ports on 127.0.0.1 that nothing listened on a moment ago.
    static func freePorts(_ count: Int) throws -> [Int] {
        var sockets: [Int32] = []
        defer { sockets.forEach { close($0) } }
        var ports: [Int] = []
        for _ in 0..<count {
            // Each socket stays bound until all are found, so the kernel hands out different ports.
            let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard socket >= 0 else { throw LocalSyncthingFailure(description: "socket: \(String(cString: strerror(errno)))") }
            sockets.append(socket)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = 0
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafeMutablePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                    bind(socket, generic, length) == 0 && getsockname(socket, generic, &length) == 0
                }
            }
            guard bound else { throw LocalSyncthingFailure(description: "bind: \(String(cString: strerror(errno)))") }
            ports.append(Int(UInt16(bigEndian: address.sin_port)))
        }
        return ports
    }

    /// The last lines of every device's log.
    public func logs(lines: Int = 30) -> String {
        devices.map { device in
            let text = (try? String(contentsOf: device.log, encoding: .utf8)) ?? ""
            let tail = text.split(separator: "\n", omittingEmptySubsequences: false).suffix(lines)
            return "--- syncthing \(device.name) (\(device.home.path))\n" + tail.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}

/// A device that didn't start, connect or get in sync, with what it said.
public struct LocalSyncthingFailure: Error, CustomStringConvertible {
    public var description: String
}

/// What every device's REST API said about the shared folder at one moment.
struct SyncReading: CustomStringConvertible {
    struct Peer {
        var name: String
        var connected: Bool
        var completion: Double
        var needItems: Int
        var needDeletes: Int
    }

    struct Device {
        var name: String
        var state: String
        var needTotalItems: Int
        var errors: Int
        var pullErrors: Int
        var sequence: Int
        var globalFiles: Int
        var globalDirectories: Int
        var globalBytes: Int
        var peers: [Peer]
    }

    var devices: [Device]

    /// Every device idle with nothing to pull and no errors, every other device complete as it sees them, and the
    /// same global counts everywhere.
    var inSync: Bool {
        let ownStateClean = devices.allSatisfy { device in
            device.state == "idle" && device.needTotalItems == 0 && device.errors == 0 && device.pullErrors == 0
                && device.peers.allSatisfy {
                    $0.connected && $0.completion == 100 && $0.needItems == 0 && $0.needDeletes == 0
                }
        }
        let globals = Set(devices.map { [$0.globalFiles, $0.globalDirectories, $0.globalBytes] })
        return ownStateClean && globals.count == 1
    }

    /// What must not change between two readings for the devices to count as settled.
    var fingerprint: [String] {
        devices.map { "\($0.name):\($0.sequence):\($0.globalFiles):\($0.globalDirectories):\($0.globalBytes)" }
    }

    var description: String {
        devices.map { device in
            "\(device.name): \(device.state), need \(device.needTotalItems), errors \(device.errors)+\(device.pullErrors), "
                + "sequence \(device.sequence), global \(device.globalFiles) files \(device.globalDirectories) folders "
                + "\(device.globalBytes) bytes; "
                + device.peers.map {
                    "\($0.name) \($0.connected ? "connected" : "not connected") \($0.completion)% "
                        + "(\($0.needItems) items, \($0.needDeletes) deletes to go)"
                }.joined(separator: ", ")
        }.joined(separator: "\n") + "\n"
    }
}
