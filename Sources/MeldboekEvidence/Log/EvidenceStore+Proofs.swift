// Proofs out of the commitment log, for bundles: where a record's leaf stands and how the tree grew.
import Foundation
import MeldboekCore

/// The log's leaf hashes as they stand, to prove inclusion and consistency from.
public struct LogProofs: Sendable {
    /// Leaf hashes by position.
    public let leaves: [[UInt8]]
    private let positions: [Int64: Int]

    init(rows: [(position: Int64, seq: Int64, leaf: Data)]) {
        leaves = rows.map { Array($0.leaf) }
        var positions: [Int64: Int] = [:]
        for (index, row) in rows.enumerated() { positions[row.seq] = index }
        self.positions = positions
    }

    /// The position of the leaf of the record at chain position `seq`, if logged.
    public func position(ofSeq seq: Int64) -> Int? { positions[seq] }

    /// The inclusion proof of leaf `index` in the tree of the first `size` leaves (RFC 9162, 2.1.3.1).
    public func inclusion(index: Int, size: Int) -> [[UInt8]]? {
        guard size <= leaves.count, index < size else { return nil }
        return MerkleTree.inclusionProof(index: index, leafHashes: Array(leaves.prefix(size)))
    }

    /// The consistency proof from the tree of `oldSize` leaves to that of `newSize` (RFC 9162, 2.1.4.1).
    public func consistency(from oldSize: Int, to newSize: Int) -> [[UInt8]]? {
        guard oldSize >= 1, oldSize <= newSize, newSize <= leaves.count else { return nil }
        return MerkleTree.consistencyProof(oldSize: oldSize, leafHashes: Array(leaves.prefix(newSize)))
    }

    /// The root of the tree of the first `size` leaves.
    public func root(size: Int) -> [UInt8] { MerkleTree.root(Array(leaves.prefix(size))) }
}

extension EvidenceStore {
    /// The log as it stands, caught up with every record written so far.
    public func proofs() throws -> LogProofs {
        var rows: [(position: Int64, seq: Int64, leaf: Data)] = []
        try journal.transaction { writer in
            try writer.catchUpMaintainers()
            rows = try CommitmentLog.rows(try writer.state.db)
        }
        return LogProofs(rows: rows)
    }
}
