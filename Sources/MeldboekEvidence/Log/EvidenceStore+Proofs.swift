// Roots and proofs of the commitment log at any size, for bundles and evidence folders.
import Foundation
import MeldboekCore

extension EvidenceStore {
    /// The log's leaf hashes, in position order.
    public func leafHashes() throws -> [[UInt8]] {
        try journal.readState { state in try CommitmentLog.rows(state.db).map { Array($0.leaf) } }
    }

    /// The tree's root (RFC 9162 MTH) over the first `size` leaves.
    /// - Throws: ``EvidenceError/logUnknownCheckpoint(size:)`` when the log is shorter.
    public func root(size: Int64) throws -> [UInt8] {
        let leaves = try leafHashes()
        guard size >= 0, size <= Int64(leaves.count) else { throw EvidenceError.logUnknownCheckpoint(size: size) }
        return LogTree(leaves: leaves).root(size: Int(size))
    }

    /// The leaf index of the record at chain position `seq` and its inclusion proof
    /// (RFC 9162 PATH) in the tree of the first `size` leaves.
    /// - Throws: ``EvidenceError/logUnknownCheckpoint(size:)`` when the tree of that size
    ///   does not hold the record's leaf.
    public func inclusionProof(seq: Int64, size: Int64) throws -> (index: Int64, proof: [[UInt8]]) {
        try journal.readState { state in
            let rows = try CommitmentLog.rows(state.db)
            guard size <= Int64(rows.count), let row = rows.first(where: { $0.seq == seq }), row.position < size,
                  let proof = MerkleTree.inclusionProof(
                      index: Int(row.position), leafHashes: rows.prefix(Int(size)).map { Array($0.leaf) })
            else { throw EvidenceError.logUnknownCheckpoint(size: size) }
            return (row.position, proof)
        }
    }

    /// The proof (RFC 9162 PROOF) that the tree of `oldSize` leaves is a prefix of the tree of `newSize`.
    /// - Throws: ``EvidenceError/logUnknownCheckpoint(size:)`` unless `0 <= oldSize <= newSize <= ` the log's size.
    public func consistencyProof(from oldSize: Int64, to newSize: Int64) throws -> [[UInt8]] {
        let leaves = try leafHashes()
        guard newSize <= Int64(leaves.count), oldSize >= 0, oldSize <= newSize,
              let proof = MerkleTree.consistencyProof(oldSize: Int(oldSize), leafHashes: Array(leaves.prefix(Int(newSize))))
        else { throw EvidenceError.logUnknownCheckpoint(size: newSize) }
        return proof
    }

    /// The last checkpoint the journal signed, if any.
    public func latestCheckpoint() throws -> StoredCheckpoint? {
        try checkpoints().last
    }
}
