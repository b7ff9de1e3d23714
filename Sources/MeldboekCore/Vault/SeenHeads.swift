// The last chain head this user saw of each vault, kept outside the vault, so an older copy put back shows.
import Foundation
import MeldboekSodium

/// What comparing a vault with the head last seen of it found.
public enum RollbackFinding: Sendable, Equatable {
    /// The vault ends before the head seen earlier: an older copy, or records cut with an older head.
    case older(seen: HeadFingerprint, now: HeadFingerprint, seenAt: Date)
    /// The vault's chain does not pass through the head seen earlier: another copy that went its own way.
    case diverged(seen: HeadFingerprint, now: HeadFingerprint, seenAt: Date)
}

/// Keeps, per vault and user, the last chain head seen, sealed in a small file in the
/// XDG state folder (`$XDG_STATE_HOME/meldboek`, by default `~/.local/state/meldboek`).
///
/// Nothing inside a vault can show that the whole vault was replaced by an older copy
/// of itself: the older copy is consistent. This file lives elsewhere, so such a copy
/// opens older than what was seen, and every command warns. It does not help when the
/// state folder is rolled back together with the vault, or on another account or
/// machine: there, `verify --expect` with a fingerprint the melder wrote down does.
///
/// The file's name is a keyed hash (it says nothing about the vault without its key);
/// its content is sealed under a key derived from the vault key. While an unlock
/// session runs, its agent keeps the head too, in memory: a second witness that a
/// home folder restored together with the vault does not roll back (``HeadWitness``,
/// registered as ``witness``).
public enum SeenHeads {
    /// A chain head seen, and when.
    public struct Seen: Codable, Sendable, Equatable {
        public var seq: Int64
        public var hash: Data
        public var seenAt: Date

        public init(seq: Int64, hash: Data, seenAt: Date) {
            self.seq = seq
            self.hash = hash
            self.seenAt = seenAt
        }
    }

    /// The state folder: `$XDG_STATE_HOME/meldboek`, else `~/.local/state/meldboek`.
    static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let home = environment["HOME"] ?? NSHomeDirectory()
        let stateHome = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home + "/.local/state"
        return URL(fileURLWithPath: stateHome).appendingPathComponent("meldboek")
    }

    static func file(for journal: Journal) -> URL {
        // A journal's second device holds the same key: its instance keeps its file apart from the first's.
        let name = journal.keys.seenHead.keyedHash(
            Array("meldboek/v1/seen-head-file".utf8) + Array(journal.vault.instance ?? Data()), outputByteCount: 16)
        return folder().appendingPathComponent("seen-" + name.map { String(format: "%02x", $0) }.joined())
    }

    /// Compares the vault with the heads last seen of it (the state file's and the
    /// ``witness``'s); nil when it is each of them or a later head on the same chain.
    public static func check(_ journal: Journal) -> RollbackFinding? {
        // What was seen is read before the vault's head: another command may write and record a newer head
        // meanwhile, and the head read after it is then at least as new, never falsely older.
        let witnessed = witness?.seenHead(of: journal.vault)
        let seenHeads = [witnessed, load(journal)].compactMap { $0 }
        guard let head = try? journal.read({ db in try journal.head(db) }) else { return nil }
        for seen in seenHeads.sorted(by: { $0.seq > $1.seq }) {
            if let finding = compare(head, with: seen, journal: journal) { return finding }
        }
        return nil
    }

    private static func compare(_ head: ChainHead, with seen: Seen, journal: Journal) -> RollbackFinding? {
        let seenPrint = HeadFingerprint(seq: seen.seq, hash: seen.hash)
        if head.seq < seen.seq {
            return .older(seen: seenPrint, now: head.fingerprint, seenAt: seen.seenAt)
        }
        if head.seq == seen.seq {
            return head.hash == seen.hash ? nil : .diverged(seen: seenPrint, now: head.fingerprint, seenAt: seen.seenAt)
        }
        // Later: the record after the seen head must link to it, unless a deletion has removed it since.
        let next = try? journal.read { db in
            try StoredRecord.fetchOne(
                db, sql: "SELECT seq, id, sealed FROM records WHERE seq = ?", arguments: [seen.seq + 1])
        }
        if let next = next ?? nil, let prev = try? journal.sealer.open(next).prev, prev != seen.hash {
            return .diverged(seen: seenPrint, now: head.fingerprint, seenAt: seen.seenAt)
        }
        return nil
    }

    /// Remembers the vault's head now, in the state file and the ``witness``. After a read
    /// (`onlyForward`, called when ``check(_:)`` found nothing), only a later head replaces
    /// the one seen; after a write, the head written is the one seen.
    ///
    /// Failing to keep it (a read-only home, say) is not an error: the journal works without it.
    public static func record(_ journal: Journal, onlyForward: Bool = false) {
        let url = file(for: journal)
        guard (try? PrivateFiles.makeFolder(url.deletingLastPathComponent())) != nil else { return }
        // One writer at a time, reading the head under the lock: a slower command can't put back an older head.
        let lock = open(url.deletingLastPathComponent().appendingPathComponent("lock").path,
                        O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard lock >= 0 else { return }
        defer { close(lock) }
        guard flock(lock, LOCK_EX) == 0, let head = try? journal.read({ db in try journal.head(db) }) else { return }
        let now = Date()
        if let witness {
            let known = witness.seenHead(of: journal.vault)
            if known?.seq != head.seq || known?.hash != head.hash, !onlyForward || (known?.seq ?? -1) <= head.seq {
                witness.tell(Seen(seq: head.seq, hash: head.hash, seenAt: now), of: journal.vault)
            }
        }
        if let seen = load(journal) {
            if seen.seq == head.seq && seen.hash == head.hash { return }
            if onlyForward && head.seq < seen.seq { return }
        }
        guard let json = try? RecordSealer.encoder.encode(Seen(seq: head.seq, hash: head.hash, seenAt: now)),
              let sealed = try? XChaCha20Poly1305.seal(Array(json), additionalData: associatedData, key: journal.keys.seenHead)
        else { return }
        try? PrivateFiles.replaceState(Data(sealed), at: url)
    }

    /// Removes what was kept for this journal's key (after `rekey` or `upgrade`, which keep it anew).
    static func forget(_ journal: Journal) {
        try? FileManager.default.removeItem(at: file(for: journal))
    }

    static let associatedData = Array("meldboek/v1/seen-head".utf8)

    static func load(_ journal: Journal) -> Seen? {
        guard let sealed = try? Data(contentsOf: file(for: journal)),
              let json = try? XChaCha20Poly1305.open(Array(sealed), additionalData: associatedData, key: journal.keys.seenHead)
        else { return nil }
        return try? RecordSealer.decoder.decode(Seen.self, from: Data(json))
    }
}
