// The unlock agent's idle times: what `--for` accepts, and how it is printed.
import Foundation
@testable import MeldboekAgent
import MeldboekCore
import MeldboekSodium
import MeldboekTestSupport
import Testing

@Suite struct UnlockAgentTests {
    @Test(arguments: [
        ("15m", 900.0), ("2h", 7200.0), ("1h30m", 5400.0), ("90s", 90.0), ("10", 600.0), (" 5M ", 300.0), ("12h", 43200.0),
    ])
    func idleTimesThatAreAccepted(text: String, seconds: Double) {
        #expect(UnlockAgent.idleTime(parsing: text) == seconds)
    }

    @Test(arguments: ["", "0", "0m", "12h1s", "13h", "m", "5x", "1h-5m", "1.5h", "-5m", "h5"])
    func idleTimesThatAreRefused(text: String) {
        #expect(UnlockAgent.idleTime(parsing: text) == nil)
    }

    @Test(arguments: [(900.0, "15m"), (5400.0, "1h30m"), (45.0, "45s"), (3600.0, "1h"), (3661.0, "1h1m1s")])
    func idleTimesArePrintedAsTheyAreTyped(seconds: Double, text: String) {
        #expect(UnlockAgent.formatted(idleTime: seconds) == text)
        #expect(UnlockAgent.idleTime(parsing: text) == seconds)
    }
}

/// The agent process's serving loop, run in this process on a socket of its own.
@Suite(.serialized) struct UnlockAgentServingTests {
    /// Serves a random key on a fresh socket on a background thread; `body` runs once it listens.
    func withAgent(
        idleTime: TimeInterval, lifetime: TimeInterval, _ body: (String, @escaping @Sendable () -> Bool) throws -> Void
    ) throws {
        let folder = try TemporaryFolder("mb-agent")
        defer { folder.remove() }
        let socketPath = folder.appending("a.sock").path
        let key = try SymmetricKey.random()
        let ended = Flag()
        let listening = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            try? UnlockAgent.serve(
                key: key, fingerprint: "right", socketPath: socketPath, idleTime: idleTime, lifetime: lifetime
            ) { listening.signal() }
            ended.set()
        }
        #expect(listening.wait(timeout: .now() + 5) == .success)
        try body(socketPath) { ended.value }
    }

    /// Sends one request line; the answer, or nil when nothing answers.
    func ask(_ socketPath: String, _ line: String) -> String? {
        guard let socket = try? AgentSocket.connect(to: socketPath), (try? socket.send(line: line)) != nil else {
            return nil
        }
        return try? socket.receiveLine()
    }

    @Test func theAgentEndsAtTheEndOfItsLifetimeHoweverOftenItIsUsed() throws {
        try withAgent(idleTime: 60, lifetime: 1.5) { socket, hasEnded in
            let start = Date()
            while !hasEnded(), Date().timeIntervalSince(start) < 6 {
                _ = ask(socket, "KEY right")
                Thread.sleep(forTimeInterval: 0.2)
            }
            #expect(hasEnded(), "the agent outlived its lifetime")
            #expect(Date().timeIntervalSince(start) < 3.5)
            #expect(ask(socket, "STATUS right") == nil)
        }
    }

    @Test func aWrongFingerprintIsRefusedAndDoesNotEndTheAgent() throws {
        try withAgent(idleTime: 60, lifetime: 60) { socket, hasEnded in
            #expect(ask(socket, "KEY wrong") == "CHANGED")
            #expect(ask(socket, "STATUS wrong") == "CHANGED")
            Thread.sleep(forTimeInterval: 0.2)
            #expect(!hasEnded())
            #expect(ask(socket, "STATUS right")?.hasPrefix("OK ") == true)
            #expect(ask(socket, "LOCK") == "OK")
            for _ in 0..<50 where !hasEnded() { Thread.sleep(forTimeInterval: 0.1) }
            #expect(hasEnded())
        }
    }

    @Test func aSessionLivesAtMostEightHoursOrOneLongerIdleTime() {
        #expect(UnlockAgent.lifetime(idleTime: 15 * 60) == 8 * 3600)
        #expect(UnlockAgent.lifetime(idleTime: 12 * 3600) == 12 * 3600)
    }
}

/// A flag set on one thread and read on another.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var isSet = false
    func set() { lock.withLock { isSet = true } }
    var value: Bool { lock.withLock { isSet } }
}
