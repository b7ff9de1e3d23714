// RFC 9162 section 2.1 against the published RFC 6962 test vectors (transparency-dev/merkle's
// testonly/constants.go and proof/verify_test.go) and against the definitions, for every size
// and index up to 40.
import MeldboekSodium
import Testing
@testable import MeldboekEvidence

@Suite struct MerkleTreeTests {
    static func hex(_ text: String) -> [UInt8] { try! Encoding.fromHex(text) }

    /// The eight leaf inputs of the vectors.
    static let inputs: [[UInt8]] = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657",
                                    "606162636465666768696a6b6c6d6e6f"].map(hex)
    static let leaves = inputs.map(MerkleTree.leafHash)

    /// The roots of the trees of the first 0…8 inputs.
    static let roots: [String] = [
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ]

    /// (leaf index zero-based, tree size, proof) from the vectors.
    static let inclusion: [(Int, Int, [String])] = [
        (0, 8, ["96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"]),
        (5, 8, ["bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]),
        (2, 3, ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"]),
        (1, 5, ["6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"]),
        (0, 1, []),
    ]

    /// (old size, new size, proof) from the vectors.
    static let consistency: [(Int, Int, [String])] = [
        (1, 8, ["96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"]),
        (6, 8, ["0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]),
        (2, 5, ["5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"]),
        (6, 7, ["0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]),
        (1, 1, []),
    ]

    @Test func leafAndNodeHashesMatchTheVectors() {
        #expect(MerkleTree.leafHash(Array("L123456".utf8))
            == Self.hex("395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56"))
        #expect(MerkleTree.nodeHash(Array("N123".utf8), Array("N456".utf8))
            == Self.hex("aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb"))
    }

    @Test func rootsMatchTheVectors() {
        for size in 0...8 {
            #expect(MerkleTree.root(Array(Self.leaves.prefix(size))) == Self.hex(Self.roots[size]), "size \(size)")
        }
    }

    @Test func inclusionProofsMatchTheVectorsAndVerify() {
        for (index, size, expected) in Self.inclusion {
            let leaves = Array(Self.leaves.prefix(size))
            let proof = MerkleTree.inclusionProof(index: index, leafHashes: leaves)
            #expect(proof == expected.map(Self.hex), "\(index) in \(size)")
            #expect(MerkleTree.verifyInclusion(
                leafHash: Self.leaves[index], index: UInt64(index), size: UInt64(size),
                proof: expected.map(Self.hex), root: Self.hex(Self.roots[size])))
        }
    }

    @Test func consistencyProofsMatchTheVectorsAndVerify() {
        for (old, new, expected) in Self.consistency {
            let proof = MerkleTree.consistencyProof(oldSize: old, leafHashes: Array(Self.leaves.prefix(new)))
            #expect(proof == expected.map(Self.hex), "\(old) to \(new)")
            #expect(MerkleTree.verifyConsistency(
                oldSize: UInt64(old), newSize: UInt64(new), proof: expected.map(Self.hex),
                oldRoot: Self.hex(Self.roots[old]), newRoot: Self.hex(Self.roots[new])))
        }
    }

    /// Leaves 0…39 of some data, so sizes up to 40 can be tried.
    static let many: [[UInt8]] = (0..<40).map { MerkleTree.leafHash(Array("leaf \($0)".utf8)) }

    @Test func everyInclusionProofUpToFortyVerifiesAndNoAlteredOneDoes() {
        for size in 1...40 {
            let leaves = Array(Self.many.prefix(size))
            let root = MerkleTree.root(leaves)
            for index in 0..<size {
                let proof = MerkleTree.inclusionProof(index: index, leafHashes: leaves)!
                let n = UInt64(size), i = UInt64(index)
                #expect(MerkleTree.verifyInclusion(leafHash: leaves[index], index: i, size: n, proof: proof, root: root))
                // Another leaf, index, size or root, or any proof hash changed, added or dropped: refused.
                let other = leaves[(index + 1) % size]
                if size > 1 {
                    #expect(!MerkleTree.verifyInclusion(leafHash: other, index: i, size: n, proof: proof, root: root))
                    #expect(!MerkleTree.verifyInclusion(
                        leafHash: leaves[index], index: (i + 1) % n, size: n, proof: proof, root: root))
                }
                // (Size n + 1 can give the same path for some indexes: the signed checkpoint fixes the size.)
                #expect(!MerkleTree.verifyInclusion(leafHash: leaves[index], index: i, size: 2 * n, proof: proof, root: root))
                #expect(!MerkleTree.verifyInclusion(leafHash: leaves[index], index: n, size: n, proof: proof, root: root))
                #expect(!MerkleTree.verifyInclusion(
                    leafHash: leaves[index], index: i, size: n, proof: proof, root: MerkleTree.root(leaves + [other])))
                for position in proof.indices {
                    var altered = proof
                    altered[position][0] ^= 1
                    #expect(!MerkleTree.verifyInclusion(leafHash: leaves[index], index: i, size: n, proof: altered, root: root))
                }
                #expect(!MerkleTree.verifyInclusion(
                    leafHash: leaves[index], index: i, size: n, proof: proof + [root], root: root))
                if !proof.isEmpty {
                    #expect(!MerkleTree.verifyInclusion(
                        leafHash: leaves[index], index: i, size: n, proof: Array(proof.dropLast()), root: root))
                }
            }
            #expect(MerkleTree.inclusionProof(index: size, leafHashes: leaves) == nil)
            #expect(MerkleTree.inclusionProof(index: -1, leafHashes: leaves) == nil)
        }
    }

    @Test func everyConsistencyProofUpToFortyVerifiesAndNoAlteredOneDoes() {
        for new in 1...40 {
            let leaves = Array(Self.many.prefix(new))
            let newRoot = MerkleTree.root(leaves)
            for old in 0...new {
                let oldRoot = MerkleTree.root(Array(leaves.prefix(old)))
                let proof = MerkleTree.consistencyProof(oldSize: old, leafHashes: leaves)!
                let m = UInt64(old), n = UInt64(new)
                #expect(MerkleTree.verifyConsistency(oldSize: m, newSize: n, proof: proof, oldRoot: oldRoot, newRoot: newRoot),
                        "\(old) to \(new)")
                guard old > 0, old < new else { continue }
                // A fork: a different leaf inside the old tree.
                var forked = leaves
                forked[old - 1] = MerkleTree.leafHash(Array("fork".utf8))
                #expect(!MerkleTree.verifyConsistency(
                    oldSize: m, newSize: n, proof: proof, oldRoot: oldRoot, newRoot: MerkleTree.root(forked)))
                #expect(!MerkleTree.verifyConsistency(oldSize: m, newSize: n, proof: proof, oldRoot: newRoot, newRoot: oldRoot))
                #expect(!MerkleTree.verifyConsistency(oldSize: m, newSize: n, proof: [], oldRoot: oldRoot, newRoot: newRoot))
                #expect(!MerkleTree.verifyConsistency(oldSize: n, newSize: m, proof: proof, oldRoot: oldRoot, newRoot: newRoot))
                for position in proof.indices {
                    var altered = proof
                    altered[position][31] ^= 0x10
                    #expect(!MerkleTree.verifyConsistency(oldSize: m, newSize: n, proof: altered, oldRoot: oldRoot, newRoot: newRoot))
                }
                #expect(!MerkleTree.verifyConsistency(
                    oldSize: m, newSize: n, proof: proof + [newRoot], oldRoot: oldRoot, newRoot: newRoot))
            }
            #expect(MerkleTree.consistencyProof(oldSize: new + 1, leafHashes: leaves) == nil)
        }
    }

    @Test func equalSizesNeedEqualRootsAndAnEmptyProof() {
        let a = Self.hex(Self.roots[3]), b = Self.hex(Self.roots[4])
        #expect(MerkleTree.verifyConsistency(oldSize: 3, newSize: 3, proof: [], oldRoot: a, newRoot: a))
        #expect(!MerkleTree.verifyConsistency(oldSize: 3, newSize: 3, proof: [], oldRoot: a, newRoot: b))
        #expect(!MerkleTree.verifyConsistency(oldSize: 3, newSize: 3, proof: [a], oldRoot: a, newRoot: a))
        #expect(!MerkleTree.verifyConsistency(oldSize: 0, newSize: 3, proof: [a], oldRoot: a, newRoot: a))
        #expect(!MerkleTree.verifyInclusion(leafHash: a, index: 0, size: 0, proof: [], root: a))
    }
}
