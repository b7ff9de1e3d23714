// Starting the agent process, and the agent's side of that start.
import Foundation
import MeldboekCore
import MeldboekSodium
import SystemPackage

/// The agent process as its parent sees it while starting it: a pipe to send the
/// key into, and a pipe the agent answers on once it listens.
struct AgentProcess {
    private let keyPipe: Int32
    private let readyPipe: Int32

    /// Runs `executable` in a session of its own, with the key pipe as its standard
    /// input, the ready pipe as its standard output, and nothing else open.
    static func spawn(executable: String, arguments: [String]) throws -> AgentProcess {
        var keyEnds: [Int32] = [0, 0]
        var readyEnds: [Int32] = [0, 0]
        guard pipe(&keyEnds) == 0 else { throw AgentError.failed(.system(code: errno)) }
        guard pipe(&readyEnds) == 0 else {
            let code = errno
            close(keyEnds[0]); close(keyEnds[1])
            throw AgentError.failed(.system(code: code))
        }
        defer { close(keyEnds[0]); close(readyEnds[1]) }
        // The agent outlives this process: it must not hold on to our standard output
        // or any other descriptor (a test harness waits for those to close). This also
        // keeps the pipes' other ends out of the agent.
        closeOnExecEverything()

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, keyEnds[0], 0)
        posix_spawn_file_actions_adddup2(&actions, readyEnds[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        // POSIX_SPAWN_SETSID (glibc): the agent leaves our session and terminal, so
        // closing the terminal or pressing Ctrl-C there does not end it.
        let setSessionID: Int16 = 0x80
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETSIGMASK) | Int16(POSIX_SPAWN_SETSIGDEF) | setSessionID)

        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let environment = ProcessInfo.processInfo.environment
            .filter { !$0.key.hasPrefix("MELDBOEK_") }
            .map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { environment.forEach { free($0) } }
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, environment)
        guard status == 0 else {
            close(keyEnds[1]); close(readyEnds[0])
            throw AgentError.failed(.system(code: status))
        }
        return AgentProcess(keyPipe: keyEnds[1], readyPipe: readyEnds[0])
    }

    /// Writes the key into the agent's pipe and closes it.
    func sendKey(_ key: UnsafeRawBufferPointer) throws {
        defer { close(keyPipe) }
        do {
            try FileDescriptor(rawValue: keyPipe).writeAll(key)
        } catch {
            throw AgentError.failed(.keyNotTaken)
        }
    }

    /// Waits (at most ten seconds) for the agent to say it listens.
    func waitUntilReady() throws {
        defer { close(readyPipe) }
        var answer: [UInt8] = []
        var poller = pollfd(fd: readyPipe, events: Int16(POLLIN), revents: 0)
        let deadline = Date().addingTimeInterval(10)
        while !answer.contains(0x0A) {
            let left = Int32(max(0, deadline.timeIntervalSinceNow) * 1000)
            guard left > 0, poll(&poller, 1, left) == 1 else { throw AgentError.failed(.noAnswer) }
            var buffer = [UInt8](repeating: 0, count: 64)
            // poll said there is something to read; only a deadline is waited for here, not Ctrl-C.
            let n = (try? buffer.withUnsafeMutableBytes { try FileDescriptor(rawValue: readyPipe).read(into: $0) }) ?? 0
            guard n > 0 else { break }
            answer += buffer[0..<n]
        }
        let line = String(decoding: answer.prefix { $0 != 0x0A }, as: UTF8.self)
        guard line == "READY" else {
            // What the agent says before it ends is for its own log, not for the user.
            throw AgentError.failed(.ended)
        }
    }

    /// Marks every descriptor above standard error close-on-exec.
    private static func closeOnExecEverything() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") else { return }
        for name in names {
            if let fd = Int32(name), fd > 2 {
                let flags = fcntl(fd, F_GETFD)
                if flags >= 0 { _ = fcntl(fd, F_SETFD, flags | FD_CLOEXEC) }
            }
        }
    }
}

extension UnlockAgent {
    /// The agent process's whole life: reads the key from standard input, listens,
    /// says `READY` on standard output, and serves until it should end.
    ///
    /// - Returns: The exit status: 0 after a normal end, 1 when it could not start.
    public static func run(
        socketPath: String, fingerprint: String, idleTime: TimeInterval, lifetime: TimeInterval
    ) -> Int32 {
        chdir("/")
        let key: SymmetricKey
        do {
            let secret = try SecureBytes(count: SymmetricKey.byteCount)
            try secret.withUnsafeMutableBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let n = try FileDescriptor.standardInput.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[offset...]))
                    guard n > 0 else { throw AgentError.failed(.keyNotTaken) }
                    offset += n
                }
            }
            key = try SymmetricKey(secret)
        } catch {
            say("no key")
            return 1
        }
        do {
            try serve(
                key: key, fingerprint: fingerprint, socketPath: socketPath, idleTime: idleTime, lifetime: lifetime
            ) {
                say("READY")
                let null = open("/dev/null", O_RDWR)
                dup2(null, 0)
                dup2(null, 1)
                if null > 2 { close(null) }
            }
            return 0
        } catch AgentError.running {
            say("another agent holds this vault")
            return 1
        } catch {
            say("can't listen at \(socketPath)")
            return 1
        }
    }

    private static func say(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
    }
}
