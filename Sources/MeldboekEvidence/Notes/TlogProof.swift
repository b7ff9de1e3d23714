// Inclusion proof files (c2sp.org/tlog-proof@v1): a header line, optional extra data, the leaf
// index, the inclusion proof one base64 hash a line, a blank line, then the signed checkpoint verbatim.
import MeldboekSodium

/// A self-contained, offline-checkable proof that a leaf is in a signed checkpoint's tree.
public struct TlogProof: Equatable, Sendable {
    public static let header = EvidenceDomain.tlogProof
    /// The largest proof file Meldboek reads.
    public static let maximumByteCount = SignedNote.maximumByteCount + 8 * 1024

    /// Unauthenticated extra data, if any (Meldboek writes none).
    public var extra: [UInt8]?
    public var index: UInt64
    /// The inclusion proof, from the leaf's sibling up (RFC 9162 PATH).
    public var proof: [[UInt8]]
    /// The signed checkpoint.
    public var checkpoint: SignedNote

    public init(extra: [UInt8]? = nil, index: UInt64, proof: [[UInt8]], checkpoint: SignedNote) {
        self.extra = extra
        self.index = index
        self.proof = proof
        self.checkpoint = checkpoint
    }

    /// The file's text.
    public var serialized: String {
        var lines = [Self.header]
        if let extra { lines.append("extra " + Encoding.base64(extra, variant: .original)) }
        lines.append("index \(index)")
        lines += proof.map { Encoding.base64($0, variant: .original) }
        return lines.map { $0 + "\n" }.joined() + "\n" + checkpoint.serialized
    }

    /// Reads a proof file strictly; the checkpoint is read as a signed note and as a checkpoint.
    ///
    /// - Throws: ``EvidenceFormatError/proofMalformed``, or what reading the checkpoint note throws.
    public init(parsing bytes: [UInt8]) throws(EvidenceFormatError) {
        guard bytes.count <= Self.maximumByteCount else { throw .proofMalformed }
        // The proof part ends at the first blank line; the note follows verbatim.
        var blank: Int?
        for index in bytes.indices.dropLast() where bytes[index] == 0x0A && bytes[index + 1] == 0x0A {
            blank = index
            break
        }
        guard let blank, let head = String(validating: bytes[...blank], as: UTF8.self) else { throw .proofMalformed }
        var lines = head.dropLast().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.first == Self.header else { throw .proofMalformed }
        lines.removeFirst()
        var extra: [UInt8]?
        if let line = lines.first, line.hasPrefix("extra ") {
            guard let data = try? Encoding.fromBase64(String(line.dropFirst(6)), variant: .original) else {
                throw .proofMalformed
            }
            extra = data
            lines.removeFirst()
        }
        guard let line = lines.first, line.hasPrefix("index "), let index = Checkpoint.decimal(String(line.dropFirst(6)))
        else { throw .proofMalformed }
        lines.removeFirst()
        guard lines.count <= 64 else { throw .proofMalformed }
        var proof: [[UInt8]] = []
        for line in lines {
            guard let hash = try? Encoding.fromBase64(line, variant: .original), hash.count == MerkleTree.hashByteCount
            else { throw .proofMalformed }
            proof.append(hash)
        }
        let note = try SignedNote(parsing: Array(bytes[(blank + 2)...]))
        _ = try note.checkpoint()
        self.init(extra: extra, index: index, proof: proof, checkpoint: note)
    }

    /// Checks that `leafHash` is at ``index`` in the checkpoint's tree. The checkpoint's signature is
    /// checked separately (``SignedNote/verify(by:)``), against a key the reader trusts.
    ///
    /// - Throws: ``EvidenceFormatError/proofDoesNotVerify(index:)``.
    public func verifyInclusion(leafHash: [UInt8]) throws(EvidenceFormatError) {
        let head = try checkpoint.checkpoint()
        guard MerkleTree.verifyInclusion(leafHash: leafHash, index: index, size: head.size, proof: proof, root: head.root)
        else { throw .proofDoesNotVerify(index: index) }
    }
}
