// The witness summary: every witnessed checkpoint's size, time and kind, sealed in one row, so the
// views give "committed no later than" without opening every record of the journal.
import Foundation
import GRDB
import MeldboekCore
import MeldboekSodium

/// The witnesses of the journal's checkpoints as of one chain position, sealed under a key
/// derived from the identity (``EvidenceDomain/witnessSummaryLabel``) in the table
/// `evidence_witness_summary`, padded like a record.
///
/// Only a shortcut, like Core's ledger cache: the commitment log's maintainer writes it in
/// the same transaction as every write (extending it with the witness records the write
/// added, or rebuilding it from every record when it doesn't fit), bound to the chain head it
/// covers (position and hash). A reader uses it only when it covers exactly the head it reads;
/// otherwise it reads every record, as `verify` always does. A witness is kept only when its
/// checkpoint is this journal's tree (its root equals the log's root at its size), checked
/// when the witness record is taken in; leaves never change, and `verify` checks they don't.
struct WitnessSummary: Codable, Equatable {
    static let formatVersion = 1
    static let table = "evidence_witness_summary"
    static let associatedData = Array("meldboek/v1/witness-summary\0\(formatVersion)".utf8)

    /// One witness with a time, of a checkpoint of this journal's tree.
    struct Item: Codable, Equatable {
        var size: Int64
        var root: Data
        var time: Date
        var kind: WitnessKind

        var firstWitness: FirstWitness {
            FirstWitness(time: time, kind: kind, checkpoint: CheckpointReference(size: size, root: root))
        }
    }

    var version = formatVersion
    /// The chain position and hash the summary covers: every record up to and including it.
    var coveredSeq: Int64
    var coveredHash: Data
    var items: [Item]

    // MARK: From the records

    /// The witnesses with a time among `records` whose checkpoint is the tree over `leaves`.
    static func items(in records: [OpenedRecord], leaves: () throws -> [[UInt8]]) throws -> [Item] {
        let witnesses = try EvidenceStore.witnesses(in: records)
        guard !witnesses.isEmpty else { return [] }
        let tree = LogTree(leaves: try leaves())
        var matches: [Int64: Bool] = [:]
        var found: [Item] = []
        for witness in witnesses {
            guard let time = witness.time else { continue }
            let size = witness.checkpoint.size
            if matches[size] == nil {
                matches[size] = size >= 1 && size <= Int64(tree.leaves.count)
                    && Data(tree.root(size: Int(size))) == witness.checkpoint.root
            }
            guard matches[size] == true else { continue }
            found.append(Item(size: size, root: witness.checkpoint.root, time: time, kind: witness.kind))
        }
        return found
    }

    static func others(_ records: [WrittenRecord]) -> [OpenedRecord] {
        records.compactMap { if case .other(let body) = $0.content { body } else { nil } }
    }

    static func leaves(_ db: Database) throws -> [[UInt8]] {
        try CommitmentLog.rows(db).map { Array($0.leaf) }
    }

    /// The witnesses as of `state`, read from every record (what the summary must equal).
    static func rebuilt(_ state: JournalState) throws -> [Item] {
        try items(in: others(try state.records(after: 0, skippingDamage: true)), leaves: { try leaves(state.db) })
    }

    // MARK: Kept by the commitment log

    /// Brings the summary up to `state`'s head, inside a write, after the log took in `added`
    /// (the positions after `previousSeq`, the last one the log held before).
    static func maintain(
        _ state: JournalState, previousSeq: Int64, added: [WrittenRecord], key: SymmetricKey
    ) throws {
        try createTable(state.db)
        let items: [Item]
        if let summary = load(state.db, key: key), summary.coveredSeq == previousSeq,
           added.first.map({ $0.prev == summary.coveredHash }) ?? (summary.coveredHash == state.headHash)
        {
            if added.isEmpty { return }
            items = summary.items + (try Self.items(in: others(added), leaves: { try leaves(state.db) }))
        } else {
            items = try rebuilt(state)
        }
        try WitnessSummary(coveredSeq: state.lastSeq, coveredHash: state.headHash, items: items)
            .store(state.db, key: key)
    }

    /// The witnesses as of `state`: from the summary when it covers exactly its head, else from every record.
    static func current(_ state: JournalState, key: SymmetricKey) throws -> [Item] {
        if let summary = load(state.db, key: key), summary.coveredSeq == state.lastSeq,
           summary.coveredHash == state.headHash
        {
            return summary.items
        }
        return try rebuilt(state)
    }

    // MARK: The table

    static func createTable(_ db: Database) throws {
        try db.execute(sql: "CREATE TABLE IF NOT EXISTS \(table) (id INTEGER PRIMARY KEY, sealed BLOB NOT NULL)")
    }

    /// The summary, or nil when there is none or it doesn't open or read.
    static func load(_ db: Database, key: SymmetricKey) -> WitnessSummary? {
        guard (try? db.tableExists(table)) == true,
              let sealed = try? Data.fetchOne(db, sql: "SELECT sealed FROM \(table) WHERE id = 1"),
              var padded = try? XChaCha20Poly1305.open(Array(sealed), additionalData: associatedData, key: key)
        else { return nil }
        defer { wipe(&padded) }
        guard let plain = try? Padding.unpad(padded, blockSize: max(1, padded.count)),
              let summary = try? JSONDecoder().decode(WitnessSummary.self, from: Data(plain)),
              summary.version == formatVersion
        else { return nil }
        return summary
    }

    func store(_ db: Database, key: SymmetricKey) throws {
        var plain = Array(try JSONEncoder().encode(self))
        defer { wipe(&plain) }
        var bucket = 512
        while bucket <= plain.count { bucket *= 2 }
        var padded = Padding.pad(plain, blockSize: bucket)
        defer { wipe(&padded) }
        let sealed = try XChaCha20Poly1305.seal(padded, additionalData: Self.associatedData, key: key)
        try db.execute(
            sql: "INSERT OR REPLACE INTO \(Self.table) (id, sealed) VALUES (1, ?)", arguments: [Data(sealed)])
    }
}

