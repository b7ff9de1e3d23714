// Asking a vault's unlock agent for its key, its status, or to end.
import Foundation
import MeldboekCore
import MeldboekSodium

extension Vault {
    /// Unlocks the vault with the key its agent holds; nil when no agent holds it.
    ///
    /// Never fails: whatever goes wrong with the agent, the caller falls back to
    /// the passphrase. The key is checked against the vault before it is used.
    public func unlockFromAgent() -> Journal? {
        guard let socket = connectToAgent() else { return nil }
        do {
            try socket.send(line: "KEY \(UnlockAgent.fingerprint(of: self))")
            let reply = try socket.receiveLine().split(separator: " ")
            guard reply.count == 2, reply[0] == "OK" else { return nil }
            let secret = try SecureBytes(count: SymmetricKey.byteCount)
            try secret.withUnsafeMutableBytes { try socket.receive(into: $0) }
            return try unlock(vaultKey: SymmetricKey(secret))
        } catch {
            return nil
        }
    }

    /// Whether an agent holds this vault's key, and until when; nil when none does.
    public func agentStatus() -> UnlockAgent.Status? {
        guard let socket = connectToAgent(),
              (try? socket.send(line: "STATUS \(UnlockAgent.fingerprint(of: self))")) != nil,
              let reply = try? socket.receiveLine().split(separator: " "),
              reply.count == 3, reply[0] == "OK", let deadline = Int(reply[1]), let idle = Int(reply[2])
        else { return nil }
        return UnlockAgent.Status(lockAt: Date(timeIntervalSince1970: TimeInterval(deadline)), idleTime: TimeInterval(idle))
    }

    /// Ends this vault's agent, if one runs.
    /// - Returns: Whether one was running.
    @discardableResult
    public func lockAgent() -> Bool {
        guard let socket = connectToAgent(), (try? socket.send(line: "LOCK")) != nil else { return false }
        return (try? socket.receiveLine()) == "OK"
    }

    /// A connection to this vault's agent, checked to be run by this user.
    fileprivate func connectToAgent() -> AgentSocket? {
        guard let path = try? AgentSocket.path(forVault: folder, create: false),
              let socket = try? AgentSocket.connect(to: path),
              socket.peerUserID() == getuid()
        else { return nil }
        return socket
    }
}

extension Journal {
    /// Starts an agent that holds this journal's key for `idleTime` after each use,
    /// replacing one that already runs for this vault.
    ///
    /// The agent is this program run as `meldboek agent`, in its own session. It
    /// gets the key through a pipe, never through its arguments, environment or a file.
    /// - Parameter executable: The program to run; this one by default.
    /// - Returns: Until when the vault stays unlocked if unused.
    @discardableResult
    public func startAgent(idleTime: TimeInterval, executable: String = "/proc/self/exe") throws -> UnlockAgent.Status {
        guard let socketPath = try AgentSocket.path(forVault: vault.folder, create: true) else {
            throw AgentError.failed(.noSocketFolder)
        }
        vault.lockAgent()
        let arguments = [
            "meldboek", "agent", "--socket", socketPath, "--fingerprint", UnlockAgent.fingerprint(of: vault),
            "--idle", String(Int(idleTime)), "--lifetime", String(Int(UnlockAgent.lifetime(idleTime: idleTime))),
        ]
        let child = try AgentProcess.spawn(executable: executable, arguments: arguments)
        try withVaultKey { try child.sendKey($0) }
        try child.waitUntilReady()
        return UnlockAgent.Status(lockAt: Date().addingTimeInterval(idleTime), idleTime: idleTime)
    }
}

/// The unlock agent as the second witness of the chain head (``SeenHeads``): while a session runs,
/// its agent keeps the last head a command saw, in memory. The command line registers it.
public struct AgentHeadWitness: HeadWitness {
    public init() {}

    /// The chain head this vault's agent was last told about; nil when no agent runs or it knows none.
    public func seenHead(of vault: Vault) -> SeenHeads.Seen? {
        guard let socket = vault.connectToAgent(),
              (try? socket.send(line: "SEEN \(UnlockAgent.fingerprint(of: vault))")) != nil,
              let reply = try? socket.receiveLine().split(separator: " "),
              reply.count == 4, reply[0] == "OK", let seq = Int64(reply[1]), let hash = try? Encoding.fromHex(String(reply[2])),
              hash.count == 32, let time = Int64(reply[3])
        else { return nil }
        return SeenHeads.Seen(seq: seq, hash: Data(hash), seenAt: Date(timeIntervalSince1970: TimeInterval(time)))
    }

    /// Tells this vault's agent, if one runs, the chain head a command has seen.
    public func tell(_ seen: SeenHeads.Seen, of vault: Vault) {
        guard let socket = vault.connectToAgent() else { return }
        let line = "SAW \(UnlockAgent.fingerprint(of: vault)) \(seen.seq) \(Encoding.hex(Array(seen.hash))) "
            + "\(Int64(seen.seenAt.timeIntervalSince1970))"
        guard (try? socket.send(line: line)) != nil else { return }
        _ = try? socket.receiveLine()
    }
}
