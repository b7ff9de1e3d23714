// The Merkle tree of RFC 9162 (Certificate Transparency 2.0), section 2.1: leaf and node hashing,
// the tree head MTH, inclusion proofs (PATH) and consistency proofs (PROOF), and the verification
// algorithms of sections 2.1.3.2 and 2.1.4.2. SHA-256 through libsodium.
import MeldboekSodium

/// RFC 9162's Merkle tree over a list of leaf hashes: the journal's commitment log.
///
/// Generation takes the leaf *hashes* (``leafHash(_:)`` of each leaf's data), in log order; the
/// verifiers take only what a proof carries, so anyone holding a root can check it.
public enum MerkleTree {
    /// The length of every hash in the tree.
    public static let hashByteCount = SHA256.byteCount

    /// `SHA-256(0x00 ‖ data)`: the hash of one leaf.
    public static func leafHash(_ data: [UInt8]) -> [UInt8] {
        SHA256.hash([0x00] + data)
    }

    /// `SHA-256(0x01 ‖ left ‖ right)`: the hash of an inner node.
    public static func nodeHash(_ left: [UInt8], _ right: [UInt8]) -> [UInt8] {
        SHA256.hash([0x01] + left + right)
    }

    /// The root of the empty tree, `SHA-256()` of nothing.
    public static var emptyRoot: [UInt8] { SHA256.hash([]) }

    /// MTH: the root of the tree whose leaves have these hashes.
    public static func root(_ leafHashes: [[UInt8]]) -> [UInt8] {
        leafHashes.isEmpty ? emptyRoot : subtreeRoot(leafHashes[...])
    }

    /// PATH(index, D[n]): the inclusion proof of leaf `index` in the tree of these `n` leaves,
    /// from the leaf's sibling up to a child of the root; nil when `index` is not below `n`.
    public static func inclusionProof(index: Int, leafHashes: [[UInt8]]) -> [[UInt8]]? {
        guard index >= 0, index < leafHashes.count else { return nil }
        var proof: [[UInt8]] = []
        path(index, leafHashes[...], into: &proof)
        return proof
    }

    /// PROOF(m, D[n]): the proof that the tree of the first `oldSize` leaves is a prefix of the tree of
    /// all `leafHashes`; nil unless `0 <= oldSize <= n`. Empty when `oldSize` is 0 or `n`.
    public static func consistencyProof(oldSize: Int, leafHashes: [[UInt8]]) -> [[UInt8]]? {
        guard oldSize >= 0, oldSize <= leafHashes.count else { return nil }
        guard oldSize > 0 else { return [] }
        var proof: [[UInt8]] = []
        subproof(oldSize, leafHashes[...], complete: true, into: &proof)
        return proof
    }

    /// RFC 9162 section 2.1.3.2: whether `proof` shows the leaf with hash `leafHash` at `index` in the
    /// tree of `size` leaves whose root is `root`. False for any malformed input.
    public static func verifyInclusion(
        leafHash: [UInt8], index: UInt64, size: UInt64, proof: [[UInt8]], root: [UInt8]
    ) -> Bool {
        guard index < size, leafHash.count == hashByteCount, root.count == hashByteCount,
              proof.allSatisfy({ $0.count == hashByteCount }) else { return false }
        var fn = index
        var sn = size - 1
        var r = leafHash
        for p in proof {
            if sn == 0 { return false }
            if fn & 1 == 1 || fn == sn {
                r = nodeHash(p, r)
                if fn & 1 == 0 {
                    while fn & 1 == 0 && fn != 0 {
                        fn >>= 1
                        sn >>= 1
                    }
                }
            } else {
                r = nodeHash(r, p)
            }
            fn >>= 1
            sn >>= 1
        }
        return sn == 0 && constantTimeEqual(r, root)
    }

    /// RFC 9162 section 2.1.4.2: whether `proof` shows the tree of `oldSize` leaves with root `oldRoot`
    /// to be a prefix of the tree of `newSize` leaves with root `newRoot`. Equal sizes need an empty
    /// proof and equal roots; every tree extends the empty one (with an empty proof).
    public static func verifyConsistency(
        oldSize: UInt64, newSize: UInt64, proof: [[UInt8]], oldRoot: [UInt8], newRoot: [UInt8]
    ) -> Bool {
        guard oldRoot.count == hashByteCount, newRoot.count == hashByteCount,
              proof.allSatisfy({ $0.count == hashByteCount }), oldSize <= newSize else { return false }
        if oldSize == newSize { return proof.isEmpty && constantTimeEqual(oldRoot, newRoot) }
        if oldSize == 0 { return proof.isEmpty }
        guard !proof.isEmpty else { return false }
        var path = proof
        // A first tree that is a complete subtree is its own first node: the proof leaves it out.
        if oldSize & (oldSize - 1) == 0 { path.insert(oldRoot, at: 0) }
        var fn = oldSize - 1
        var sn = newSize - 1
        while fn & 1 == 1 {
            fn >>= 1
            sn >>= 1
        }
        var fr = path[0]
        var sr = path[0]
        for c in path.dropFirst() {
            if sn == 0 { return false }
            if fn & 1 == 1 || fn == sn {
                fr = nodeHash(c, fr)
                sr = nodeHash(c, sr)
                if fn & 1 == 0 {
                    while fn & 1 == 0 && fn != 0 {
                        fn >>= 1
                        sn >>= 1
                    }
                }
            } else {
                sr = nodeHash(sr, c)
            }
            fn >>= 1
            sn >>= 1
        }
        return sn == 0 && constantTimeEqual(fr, oldRoot) && constantTimeEqual(sr, newRoot)
    }

    // MARK: - The definitions of section 2.1, over slices of leaf hashes

    /// The largest power of two smaller than `n` (n > 1).
    static func split(_ n: Int) -> Int {
        var k = 1
        while k << 1 < n { k <<= 1 }
        return k
    }

    /// MTH over a non-empty run of leaf hashes.
    static func subtreeRoot(_ leaves: ArraySlice<[UInt8]>) -> [UInt8] {
        if leaves.count == 1 { return leaves[leaves.startIndex] }
        let k = split(leaves.count)
        let middle = leaves.startIndex + k
        return nodeHash(subtreeRoot(leaves[..<middle]), subtreeRoot(leaves[middle...]))
    }

    /// PATH(m, D[n]), appended to `proof` from the bottom up.
    static func path(_ m: Int, _ leaves: ArraySlice<[UInt8]>, into proof: inout [[UInt8]]) {
        guard leaves.count > 1 else { return }
        let k = split(leaves.count)
        let middle = leaves.startIndex + k
        if m < k {
            path(m, leaves[..<middle], into: &proof)
            proof.append(subtreeRoot(leaves[middle...]))
        } else {
            path(m - k, leaves[middle...], into: &proof)
            proof.append(subtreeRoot(leaves[..<middle]))
        }
    }

    /// SUBPROOF(m, D[n], b), appended to `proof` from the bottom up.
    static func subproof(_ m: Int, _ leaves: ArraySlice<[UInt8]>, complete: Bool, into proof: inout [[UInt8]]) {
        if m == leaves.count {
            if !complete { proof.append(subtreeRoot(leaves)) }
            return
        }
        let k = split(leaves.count)
        let middle = leaves.startIndex + k
        if m <= k {
            subproof(m, leaves[..<middle], complete: complete, into: &proof)
            proof.append(subtreeRoot(leaves[middle...]))
        } else {
            subproof(m - k, leaves[middle...], complete: false, into: &proof)
            proof.append(subtreeRoot(leaves[..<middle]))
        }
    }
}
