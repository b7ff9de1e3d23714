// `verify`'s part for the commitment log: every leaf recomputed, no gap, every stored checkpoint's root.
import Foundation
import GRDB
import MeldboekCore

/// What checking the commitment log found.
public struct LogReport: Sendable, Equatable {
    /// One thing wrong with the log.
    public enum Problem: Sendable, Equatable {
        /// The row at this place in the log is not the next position, or does not stand for the next chain position.
        case notContiguous(position: Int64)
        /// The record at `seq` gives another leaf than the one logged for it.
        case leafMismatch(seq: Int64)
        /// The record at `seq` has no leaf in the log.
        case unlogged(seq: Int64)
        /// The leaf at `position` stands for no position of the chain (the chain ends before it).
        case extraLeaf(position: Int64)
        /// A stored checkpoint of this size does not match the log: its root differs, or the log is shorter.
        case checkpointMismatch(size: Int64)
        /// A stored checkpoint's signed note is not signed by this journal's checkpoint key, or says something else.
        case checkpointSignature(size: Int64)
    }

    /// How many leaves the log holds.
    public var leaves: Int
    /// How many stored checkpoints were checked.
    public var checkpoints: Int
    public var problems: [Problem]

    public var isIntact: Bool { problems.isEmpty }
}

extension EvidenceStore {
    /// Checks the commitment log against the records and the stored checkpoints.
    ///
    /// Every record still present must give the leaf logged for its position (recomputed
    /// from its seed and fields, or blinded); positions run 0, 1, … without a gap, each for
    /// the next chain position; every stored checkpoint's root is the tree's at its size and
    /// its note carries a valid signature of this journal. So a leaf changed in the table,
    /// a row removed, or a deleted entry's leaf swapped is found.
    public func verify() throws -> LogReport {
        try journal.readState { state in try check(state) }
    }

    /// ``verify()``'s checks on the chain as `state` sees it (also inside the write that signs a checkpoint).
    func check(_ state: JournalState) throws -> LogReport {
        let log = journal.maintainers.compactMap { $0 as? CommitmentLog }.first ?? CommitmentLog(keys: keys)
        let rows = try CommitmentLog.rows(state.db)
        var problems: [LogReport.Problem] = []
        var leafOfSeq: [Int64: Data] = [:]
        for (index, row) in rows.enumerated() {
            if row.position != Int64(index) || row.seq != Int64(index) + 1 || row.leaf.count != 32 {
                problems.append(.notContiguous(position: Int64(index)))
            }
            leafOfSeq[row.seq] = row.leaf
            if row.seq > state.lastSeq { problems.append(.extraLeaf(position: row.position)) }
        }
        var others: [OpenedRecord] = []
        for record in try state.records(after: 0, skippingDamage: true) {
            if case .other(let body) = record.content { others.append(body) }
            if case .removed = record.content { continue }
            guard let logged = leafOfSeq[record.seq] else {
                problems.append(.unlogged(seq: record.seq))
                continue
            }
            if Data(try log.leafHash(of: record)) != logged { problems.append(.leafMismatch(seq: record.seq)) }
        }
        let tree = LogTree(leaves: rows.map { Array($0.leaf) })
        let checkpoints = try Self.checkpointBodies(others)
        for body in checkpoints {
            let size = body.checkpoint.size
            if size < 1 || size > Int64(rows.count) || Data(tree.root(size: Int(size))) != body.checkpoint.root {
                problems.append(.checkpointMismatch(size: size))
            }
            if !Self.noteIsSigned(body, keys: keys) { problems.append(.checkpointSignature(size: size)) }
        }
        return LogReport(leaves: rows.count, checkpoints: checkpoints.count, problems: problems)
    }

    /// Whether a stored checkpoint's note is this journal's signature over exactly its size and root.
    static func noteIsSigned(_ body: CheckpointBody, keys: EvidenceKeys) -> Bool {
        guard let note = try? SignedNote(parsing: body.note), let verifier = try? keys.checkpointSigner.verifier,
              (try? note.verify(by: verifier)) != nil, let checkpoint = try? note.checkpoint()
        else { return false }
        return checkpoint.origin == keys.origin && Int64(checkpoint.size) == body.checkpoint.size
            && Data(checkpoint.root) == body.checkpoint.root
    }
}
