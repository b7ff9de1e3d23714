// OpenTimestamps proofs: one built byte by byte from the format, two written by python-opentimestamps
// (scripts/dev/make-ots-fixtures.py), and the ways a proof is refused.
import Foundation
import MeldboekEvidence
import MeldboekSodium
import Testing

@Suite struct OpenTimestampsProofTests {
    static let stamped = Array("meldboek checkpoint\n".utf8)
    static let digest = SHA256.hash(stamped)

    static func bytes(_ hex: String) -> [UInt8] {
        var out: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            out.append(UInt8(hex[index..<next], radix: 16)!)
            index = next
        }
        return out
    }

    static func varbytes(_ bytes: [UInt8]) -> [UInt8] {
        precondition(bytes.count < 128)
        return [UInt8(bytes.count)] + bytes
    }

    /// A proof as the format describes it: magic, version 1, SHA-256 and the digest, then the operation tree.
    static func handBuilt(tree: [UInt8], digest: [UInt8] = digest) -> [UInt8] {
        OpenTimestampsProof.magic + [0x01, 0x08] + digest + tree
    }

    static let pendingTag: [UInt8] = [0x83, 0xDF, 0xE3, 0x0D, 0x2E, 0xF9, 0x0C, 0x8E]
    static let bitcoinTag: [UInt8] = [0x05, 0x88, 0x96, 0x0D, 0x73, 0xD7, 0x19, 0x01]
    static let calendar = Array("https://alice.btc.calendar.opentimestamps.org".utf8)

    /// append 4 bytes, SHA-256, then two branches: a pending calendar and (0xff first) a Bitcoin block 840000.
    static let handTree: [UInt8] =
        [0xF0] + varbytes([1, 2, 3, 4]) + [0x08]
        + [0xFF, 0x00] + pendingTag + varbytes(varbytes(calendar))
        + [0x00] + bitcoinTag + varbytes([0xC0, 0xA2, 0x33])

    @Test func aProofBuiltFromTheFormatIsRead() throws {
        let proof = try OpenTimestampsProof.read(Self.handBuilt(tree: Self.handTree), expecting: Self.digest)
        #expect(proof.fileDigest == Self.digest)
        #expect(proof.pendingCalendars == ["https://alice.btc.calendar.opentimestamps.org"])
        #expect(proof.bitcoinAttestations.map(\.height) == [840_000])
        #expect(proof.bitcoinAttestations.first?.merkleRoot == SHA256.hash(Self.digest + [1, 2, 3, 4]))
        #expect(proof.isAttested)
    }

    @Test func aPendingProofWrittenByPythonOpenTimestampsIsRead() throws {
        let proof = try OpenTimestampsProof.read(Self.bytes(Self.pythonPending), expecting: Self.digest)
        #expect(proof.pendingCalendars.sorted() == ["https://alice.btc.calendar.opentimestamps.org",
                                                    "https://bob.btc.calendar.opentimestamps.org"])
        #expect(proof.bitcoinAttestations.isEmpty)
        #expect(!proof.isAttested)
    }

    @Test func anAttestedProofWrittenByPythonOpenTimestampsIsRead() throws {
        let proof = try OpenTimestampsProof.read(Self.bytes(Self.pythonAttested), expecting: Self.digest)
        #expect(proof.pendingCalendars == ["https://alice.btc.calendar.opentimestamps.org"])
        #expect(proof.bitcoinAttestations == [
            .init(height: 358_391, merkleRoot: Self.bytes("0c1f460127c29a42b7f4c8251d43301c167d87568b25d77193c4288e34c2e89c")),
        ])
    }

    @Test func aProofForAnotherFileIsRefused() {
        #expect(throws: TimestampError.proofForOtherFile) {
            try OpenTimestampsProof.read(Self.bytes(Self.pythonPending), expecting: SHA256.hash([0x00]))
        }
    }

    static let bitcoinOne: [UInt8] = [0x00] + bitcoinTag + varbytes([0x01])

    /// Proofs the format does not allow, each with what is wrong.
    static let malformed: [(String, [UInt8])] = {
        var cases: [(String, [UInt8])] = []
        cases.append(("bad magic", [UInt8](repeating: 0, count: 31) + [0x01, 0x08] + digest + handTree))
        cases.append(("version 2", magic + [0x02, 0x08] + digest + handTree))
        cases.append(("SHA-1 file hash", magic + [0x01, 0x02] + Array(digest.prefix(20)) + handTree))
        cases.append(("truncated", Array(handBuilt(tree: handTree).dropLast())))
        cases.append(("trailing byte", handBuilt(tree: handTree) + [0x00]))
        cases.append(("no tree", handBuilt(tree: [])))
        cases.append(("unknown operation", handBuilt(tree: [0x42] + bitcoinOne)))
        cases.append(("empty append", handBuilt(tree: [0xF0, 0x00] + bitcoinOne)))
        let spaced: [UInt8] = Array("https://a b".utf8)
        cases.append(("URL with a space", handBuilt(tree: [0x00] + pendingTag + varbytes(varbytes(spaced)))))
        cases.append(("payload not used up", handBuilt(tree: [0x00] + bitcoinTag + varbytes([0x01, 0x02]))))
        cases.append(("varuint in a longer form", handBuilt(tree: [0x00] + bitcoinTag + varbytes([0x81, 0x00]))))
        let long: [UInt8] = [UInt8](repeating: 0xFF, count: 10) + [0x01]
        cases.append(("varuint past 64 bits", handBuilt(tree: [0x00] + bitcoinTag + varbytes(long))))
        let hexlified: [UInt8] = [UInt8](repeating: 0xF3, count: 8)
        cases.append(("message past 4096 bytes", handBuilt(tree: hexlified + bitcoinOne)))
        let deep: [UInt8] = [UInt8](repeating: 0x08, count: 300)
        cases.append(("tree deeper than 256", handBuilt(tree: deep + bitcoinOne)))
        return cases
    }()
    static let magic = OpenTimestampsProof.magic

    @Test(arguments: malformed)
    func aMalformedProofIsRefused(_ name: String, _ bytes: [UInt8]) {
        #expect(throws: TimestampError.proofMalformed, "\(name)") {
            try OpenTimestampsProof.read(bytes, expecting: Self.digest)
        }
    }

    @Test func aProofOverTheSizeLimitIsRefused() {
        let huge = Self.handBuilt(tree: Self.handTree) + [UInt8](repeating: 0, count: OpenTimestampsProof.maximumSize)
        #expect(throws: TimestampError.proofMalformed) { try OpenTimestampsProof.read(huge, expecting: Self.digest) }
    }

    @Test func everyPrefixAndEveryByteFlipIsHandledWithoutACrash() {
        // Each prefix is truncated, so refused; each flipped byte either reads or is refused, never traps.
        let proof = Self.bytes(Self.pythonAttested)
        for length in 0..<proof.count {
            #expect(throws: TimestampError.self) { try OpenTimestampsProof.read(Array(proof[..<length]), expecting: Self.digest) }
        }
        for index in proof.indices {
            var flipped = proof
            flipped[index] ^= 0x80
            _ = try? OpenTimestampsProof.read(flipped, expecting: Self.digest)
        }
    }

    // Written by scripts/dev/make-ots-fixtures.py (python-opentimestamps 0.4.5) for the bytes "meldboek checkpoint\n".
    static let pythonPending = "004f70656e54696d657374616d7073000050726f6f6600bf89e2e884e8929401082ae6a1165c8b97e40e0ba28d0a71636655b0f0638100fdd8d82e5871488a5e6ff010000102030405060708090a0b0c0d0e0f08f108616d70732e6f726708ff0083dfe30d2ef90c8e2e2d68747470733a2f2f616c6963652e6274632e63616c656e6461722e6f70656e74696d657374616d70732e6f72670083dfe30d2ef90c8e2c2b68747470733a2f2f626f622e6274632e63616c656e6461722e6f70656e74696d657374616d70732e6f7267"
    static let pythonAttested = "004f70656e54696d657374616d7073000050726f6f6600bf89e2e884e8929401082ae6a1165c8b97e40e0ba28d0a71636655b0f0638100fdd8d82e5871488a5e6ff010000102030405060708090a0b0c0d0e0f08ff0083dfe30d2ef90c8e2e2d68747470733a2f2f616c6963652e6274632e63616c656e6461722e6f70656e74696d657374616d70732e6f7267f120000000000000000000000000000000000000000000000000000000000000000008f020abababababababababababababababababababababababababababababababab08000588960d73d7190103f7ef15"
}
