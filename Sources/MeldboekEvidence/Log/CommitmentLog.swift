// The commitment log: one leaf per chain position in the vault's `evidence_log` table, kept by the journal's writes.
import Foundation
import GRDB
import MeldboekCore
import MeldboekSodium

/// The append-only list of leaf hashes the journal's Merkle tree (RFC 9162) is built over.
///
/// Table `evidence_log(position, seq, leaf)` in the vault database: leaf hash number
/// `position` (from 0) is that of the record at chain position `seq`. Every position of
/// the chain gets a leaf, in chain order: a revision's or attachment's from its field
/// commitments (Docs/evidence.md), any other record's blinded. Registered on a journal as a
/// ``JournalMaintainer``, it appends the leaves of the records each write adds, in the same
/// transaction; a leaf is never changed or removed, so deleting an entry keeps its leaves
/// and every checkpoint signed before stays provable. Only vaults of format 3 keep one.
public final class CommitmentLog: JournalMaintainer {
    static let table = "evidence_log"
    /// The first vault format with seeds in its records and a commitment log.
    public static let firstFormat = 3

    let keys: EvidenceKeys

    public init(keys: EvidenceKeys) {
        self.keys = keys
    }

    /// The log of `journal`'s owner, registered on it: what the command line does on opening a melder's journal.
    @discardableResult
    public static func register(on journal: Journal) throws -> CommitmentLog {
        let log = CommitmentLog(keys: try EvidenceKeys(identity: journal.identity()))
        journal.register(log)
        return log
    }

    public func maintain(_ state: JournalState) throws {
        guard state.format >= Self.firstFormat else { return }
        try Self.createTable(state.db)
        let last = try Self.lastLogged(state.db)
        var position = last.map { $0.position + 1 } ?? 0
        let added = try state.records(after: last?.seq ?? 0)
        for record in added {
            try state.db.execute(
                sql: "INSERT INTO \(Self.table) (position, seq, leaf) VALUES (?, ?, ?)",
                arguments: [position, record.seq, Data(try leafHash(of: record))])
            position += 1
        }
        // In the same transaction: the views read the witnesses' times from it.
        try WitnessSummary.maintain(state, previousSeq: last?.seq ?? 0, added: added, key: keys.summaryKey)
    }

    /// The leaf hash (`SHA-256(0x00 ‖ leaf data)`) of one chain position.
    func leafHash(of record: WrittenRecord) throws -> [UInt8] {
        MerkleTree.leafHash(try leafData(of: record))
    }

    /// The 32 bytes of leaf data of one chain position: committed for a revision or an
    /// attachment with a seed, blinded for anything else.
    func leafData(of record: WrittenRecord) throws -> [UInt8] {
        switch record.content {
        case .revision(let entry, let revision):
            guard let seed = revision.seed else { break }
            return keys.tokenSaltKey.withUnsafeBytes { nameKey in
                Commitments.revisionLeafData(entry: entry, revision: revision, seed: Array(seed), nameKey: Array(nameKey))
            }
        case .attachment(let entry, let attachment):
            guard let seed = attachment.seed else { break }
            return keys.tokenSaltKey.withUnsafeBytes { nameKey in
                Commitments.attachmentLeafData(entry: entry, attachment: attachment, seed: Array(seed), nameKey: Array(nameKey))
            }
        case .other, .removed:
            break
        }
        return keys.blindKey.withUnsafeBytes { blindKey in
            Commitments.blindedLeafData(blindKey: Array(blindKey), seq: UInt64(record.seq), recordID: Array(record.id))
        }
    }

    // MARK: The table

    static func createTable(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS \(table) (
                position INTEGER PRIMARY KEY,
                seq INTEGER NOT NULL UNIQUE,
                leaf BLOB NOT NULL
            )
            """)
    }

    /// The last row, by position; nil when the log is empty or missing.
    static func lastLogged(_ db: Database) throws -> (position: Int64, seq: Int64)? {
        guard try db.tableExists(table) else { return nil }
        guard let row = try Row.fetchOne(db, sql: "SELECT position, seq FROM \(table) ORDER BY position DESC LIMIT 1")
        else { return nil }
        return (row["position"], row["seq"])
    }

    /// Every row in position order.
    static func rows(_ db: Database) throws -> [(position: Int64, seq: Int64, leaf: Data)] {
        guard try db.tableExists(table) else { return [] }
        return try Row.fetchAll(db, sql: "SELECT position, seq, leaf FROM \(table) ORDER BY position").map {
            ($0["position"], $0["seq"], $0["leaf"])
        }
    }
}

/// The Merkle tree over the log's leaf hashes, at any size up to the whole.
struct LogTree {
    let leaves: [[UInt8]]

    /// The root of the tree of the first `size` leaves (RFC 9162 MTH).
    func root(size: Int) -> [UInt8] {
        MerkleTree.root(Array(leaves.prefix(size)))
    }
}
