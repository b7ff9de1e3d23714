// The cheap check every command makes: do the stored records still form the sealed chain?
import Foundation
import GRDB
import MeldboekSodium

/// What a command found wrong with the journal while reading it, without opening every record.
///
/// Reads warn about any of it and exit with the integrity status; writes refuse
/// when the journal is not whole (``blocksWrites``), because appending to a chain
/// whose records are gone or moved would seal the damage in.
public struct JournalDamage: Sendable, Equatable {
    /// Records that did not authenticate or decode.
    public var unreadable = 0
    /// The sealed head in the vault row does not open, or contradicts the vault row.
    public var headDamaged = false
    /// Rows at positions outside the chain (below 1 or past the head); never read as entries.
    public var outsideChain = 0
    /// Records the head says should be there and are not (negative: more than there should be).
    public var missing: Int64 = 0
    /// The record at the head's position is gone or does not link to the head.
    public var endBroken = false
    /// The rows are not the ones the head's row digest seals: removed, replaced or put back (format 2).
    public var rowsChanged = false

    public init() {}

    /// Whether nothing is wrong.
    public var isEmpty: Bool { self == JournalDamage() }

    /// Whether the records no longer form the chain the head seals (anything but unreadable records).
    public var blocksWrites: Bool { headDamaged || outsideChain > 0 || missing != 0 || endBroken || rowsChanged }
}

/// The index-only check of the records against the sealed head.
enum Completeness {
    /// Compares the records table with `head`: the number of rows and their ``RowDigest``
    /// (both read from the small index on `id`), rows outside `[1, head]` (a range of the
    /// primary key), and the last record, which must be at the head's position and link to it.
    static func check(_ db: Database, head: ChainHead, sealer: RecordSealer) throws -> JournalDamage {
        var damage = JournalDamage()
        let total = try Int64.fetchOne(db, sql: "SELECT COUNT(*) FROM records") ?? 0
        let outside = try Int64.fetchOne(
            db, sql: "SELECT COUNT(*) FROM records WHERE seq < 1 OR seq > ?", arguments: [head.seq]) ?? 0
        damage.outsideChain = Int(outside)
        if let expected = head.expectedRecordCount {
            damage.missing = expected - (total - outside)
        }
        // The same number of rows can still be other rows: one put back where a deletion removed one, another taken.
        if let rows = head.rows {
            damage.rowsChanged = try RowDigest.compute(db, upTo: head.seq, key: try RowDigest.headKey(sealer.key)) != rows
        }
        guard head.seq > 0 else { return damage }
        // A deletion appends its own record, so the head's position always holds one.
        guard let last = try StoredRecord.fetchOne(
            db, sql: "SELECT seq, id, sealed FROM records WHERE seq = ?", arguments: [head.seq]),
              let prev = try? sealer.open(last).prev,
              Chain.link(prev: prev, seq: last.seq, id: last.id, digest: Chain.digest(last.sealed)) == head.hash
        else {
            damage.endBroken = true
            return damage
        }
        return damage
    }
}
