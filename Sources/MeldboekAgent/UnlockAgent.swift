// The unlock agent: a small process that holds one vault's key for a while.
import Foundation
import MeldboekCore
import MeldboekSodium

/// A background process holding one vault's key in locked memory, so commands
/// run in a row need the passphrase (and its second of key derivation) once.
///
/// `meldboek unlock` derives the key and hands it to a new agent over a pipe;
/// the agent listens on a Unix socket in a folder only its user can enter, serves
/// only processes of that user, and ends on `lock` (which `passwd` sends), after its
/// idle time, at the end of its lifetime however often it is used, or when its
/// socket file goes. The key never touches the disk.
///
/// The protocol is one request line per connection:
/// - `KEY <fingerprint>`: `OK <deadline>` and the 32-byte key, or `CHANGED` when the
///   fingerprint is not the one the agent holds the key for (the agent goes on: a
///   client with a wrong fingerprint can't end it, nor learn anything but that);
/// - `STATUS <fingerprint>`: `OK <deadline> <idle seconds>`, or `CHANGED`;
/// - `SEEN <fingerprint>`: `OK <seq> <head hex> <unix time>`, the last chain head a command
///   told it about, or `NONE`, or `CHANGED`;
/// - `SAW <fingerprint> <seq> <head hex> <unix time>`: keeps that head (``AgentHeadWitness``); `OK`;
/// - `LOCK`: `OK`, and the agent ends.
///
/// `SEEN` and `SAW` don't extend the idle time. The head the agent keeps is a second
/// witness, in memory, beside the state file: a vault rolled back together with the
/// home folder still shows as older while the agent runs.
public enum UnlockAgent {
    /// The idle time when `unlock` is given none: 15 minutes.
    public static let defaultIdleTime: TimeInterval = 15 * 60
    /// The longest idle time `unlock` accepts: 12 hours.
    public static let longestIdleTime: TimeInterval = 12 * 3600
    /// The longest an agent lives, however often it is used: 8 hours.
    public static let maximumLifetime: TimeInterval = 8 * 3600

    /// How long an agent with `idleTime` may live at most: ``maximumLifetime``, or one
    /// idle time when that is longer (`unlock --for 12h`).
    public static func lifetime(idleTime: TimeInterval) -> TimeInterval {
        max(maximumLifetime, idleTime)
    }

    /// What `status` tells about a vault's agent.
    public struct Status: Sendable, Equatable {
        /// When the agent ends unless it is used before then.
        public var lockAt: Date
        /// How long each use extends it.
        public var idleTime: TimeInterval
    }

    /// Serves `key` for the vault whose wrapped key has `fingerprint`, until it should end.
    ///
    /// Runs in the agent process (`meldboek agent`), after it read the key from its parent.
    /// - Parameters:
    ///   - lifetime: The agent ends this long after it started, however often it is used.
    ///   - ready: Called once the socket listens.
    static func serve(
        key: SymmetricKey, fingerprint: String, socketPath: String, idleTime: TimeInterval, lifetime: TimeInterval,
        ready: () -> Void
    ) throws {
        let listener = try AgentSocket.listen(at: socketPath)
        var identity = stat()
        stat(socketPath, &identity)
        defer { removeSocket(socketPath, ifStill: identity) }
        ready()
        let endOfLife = Date().addingTimeInterval(lifetime)
        var lockAt = min(Date().addingTimeInterval(idleTime), endOfLife)
        var seen: String?
        while Date() < lockAt {
            // Wake at least once a second to notice the deadline and a removed socket file.
            guard stillOurs(socketPath, identity) else { return }
            guard let connection = listener.accept(waitingAtMost: 1000) else { continue }
            guard let line = try? connection.receiveLine() else { continue }
            let words = line.split(separator: " ").map(String.init)
            switch (words.first, words.count) {
            case ("KEY", 2):
                // A wrong fingerprint is answered, not obeyed: the agent goes on for its own vault.
                guard constantTimeEqual(Array(words[1].utf8), Array(fingerprint.utf8)) else {
                    try? connection.send(line: "CHANGED")
                    continue
                }
                lockAt = min(Date().addingTimeInterval(idleTime), endOfLife)
                try? connection.send(line: "OK \(Int(lockAt.timeIntervalSince1970))")
                try? key.withUnsafeBytes { try connection.send($0) }
            case ("STATUS", 2):
                guard constantTimeEqual(Array(words[1].utf8), Array(fingerprint.utf8)) else {
                    try? connection.send(line: "CHANGED")
                    continue
                }
                try? connection.send(line: "OK \(Int(lockAt.timeIntervalSince1970)) \(Int(idleTime))")
            case ("SEEN", 2):
                guard constantTimeEqual(Array(words[1].utf8), Array(fingerprint.utf8)) else {
                    try? connection.send(line: "CHANGED")
                    continue
                }
                try? connection.send(line: seen.map { "OK " + $0 } ?? "NONE")
            case ("SAW", 5):
                guard constantTimeEqual(Array(words[1].utf8), Array(fingerprint.utf8)) else {
                    try? connection.send(line: "CHANGED")
                    continue
                }
                guard let seq = Int64(words[2]), seq >= 0, words[3].count == 64, words[3].allSatisfy(\.isHexDigit),
                      Int64(words[4]) != nil
                else {
                    try? connection.send(line: "ERROR")
                    continue
                }
                seen = words[2...4].joined(separator: " ")
                try? connection.send(line: "OK")
            case ("LOCK", 1):
                try? connection.send(line: "OK")
                return
            default:
                try? connection.send(line: "ERROR")
            }
        }
    }

    private static func stillOurs(_ path: String, _ identity: stat) -> Bool {
        var now = stat()
        return stat(path, &now) == 0 && now.st_ino == identity.st_ino && now.st_dev == identity.st_dev
    }

    /// Removes the socket file unless another agent has put its own there since.
    private static func removeSocket(_ path: String, ifStill identity: stat) {
        if stillOurs(path, identity) { unlink(path) }
    }

    /// A short fingerprint of the vault's wrapped key and salt: it changes with the passphrase.
    static func fingerprint(of vault: Vault) -> String {
        let wrapping = vault.keyWrapping
        let bytes = Array("meldboek/v1/agent-fingerprint\0".utf8) + Array(wrapping.salt) + Array(wrapping.wrappedKey)
        return Encoding.hex(BLAKE2b.hash(bytes, outputByteCount: 16))
    }
}

extension UnlockAgent {
    /// Reads an idle time such as `15m`, `2h`, `1h30m` or `90s`; a bare number is minutes.
    ///
    /// - Returns: Nil when the text is not such a duration, is zero, or is longer than ``longestIdleTime``.
    public static func idleTime(parsing text: String) -> TimeInterval? {
        let text = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let minutes = Int(text) { return accepted(TimeInterval(minutes) * 60) }
        var total: TimeInterval = 0
        var number = ""
        for character in text {
            if character.isASCII, character.isNumber {
                number.append(character)
                continue
            }
            guard let value = Int(number) else { return nil }
            switch character {
            case "h": total += TimeInterval(value) * 3600
            case "m": total += TimeInterval(value) * 60
            case "s": total += TimeInterval(value)
            default: return nil
            }
            number = ""
        }
        guard number.isEmpty else { return nil }
        return accepted(total)
    }

    private static func accepted(_ seconds: TimeInterval) -> TimeInterval? {
        seconds > 0 && seconds <= longestIdleTime ? seconds : nil
    }

    /// An idle time the way ``idleTime(parsing:)`` reads it: `15m`, `1h30m`, `45s`.
    public static func formatted(idleTime: TimeInterval) -> String {
        let seconds = Int(idleTime)
        var text = ""
        if seconds >= 3600 { text += "\(seconds / 3600)h" }
        if seconds % 3600 >= 60 { text += "\(seconds % 3600 / 60)m" }
        if seconds % 60 > 0 || text.isEmpty { text += "\(seconds % 60)s" }
        return text
    }
}
