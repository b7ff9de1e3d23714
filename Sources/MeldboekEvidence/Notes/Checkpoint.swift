// Checkpoints (c2sp.org/tlog-checkpoint): the note text `<origin>\n<size>\n<base64 root>\n`,
// optionally followed by extension lines, which Meldboek never writes but reads.
import MeldboekSodium

/// A tree head: the log's origin, its size and root hash.
public struct Checkpoint: Equatable, Sendable {
    public let origin: String
    public let size: UInt64
    /// The 32-byte root hash (RFC 9162 MTH).
    public let root: [UInt8]
    /// Extension lines after the root, each non-empty (Meldboek writes none).
    public let extensions: [String]

    /// A checkpoint for `origin`.
    ///
    /// - Throws: ``EvidenceFormatError/checkpointMalformed`` for an empty origin or one with control
    ///   characters, a root that is not 32 bytes, or an empty extension line.
    public init(origin: String, size: UInt64, root: [UInt8], extensions: [String] = []) throws(EvidenceFormatError) {
        guard Self.isValidLine(origin), root.count == MerkleTree.hashByteCount,
              extensions.allSatisfy(Self.isValidLine) else { throw .checkpointMalformed }
        self.origin = origin
        self.size = size
        self.root = root
        self.extensions = extensions
    }

    /// The note text (every line ending in a newline).
    public var text: String {
        ([origin, String(size), Encoding.base64(root, variant: .original)] + extensions).map { $0 + "\n" }.joined()
    }

    /// Reads a checkpoint from a note's text, strictly: the size in decimal without leading zeros,
    /// the root in padded standard base64 of exactly 32 bytes.
    ///
    /// - Throws: ``EvidenceFormatError/checkpointMalformed``.
    public init(text: String) throws(EvidenceFormatError) {
        guard text.hasSuffix("\n") else { throw .checkpointMalformed }
        let lines = text.dropLast().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count >= 3, let size = Self.decimal(lines[1]),
              let root = try? Encoding.fromBase64(lines[2], variant: .original) else { throw .checkpointMalformed }
        try self.init(origin: lines[0], size: size, root: root, extensions: Array(lines.dropFirst(3)))
    }

    /// A line of a checkpoint: non-empty, no control characters.
    static func isValidLine(_ line: String) -> Bool {
        !line.isEmpty && !line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
    }

    /// ASCII decimal without leading zeros (but `0`), within UInt64.
    static func decimal(_ text: String) -> UInt64? {
        let digits = Array(text.utf8)
        guard !digits.isEmpty, digits.allSatisfy({ (0x30...0x39).contains($0) }),
              digits.count == 1 || digits[0] != 0x30 else { return nil }
        return UInt64(text)
    }
}

extension SignedNote {
    /// The note's text read as a checkpoint.
    ///
    /// - Throws: ``EvidenceFormatError/checkpointMalformed``.
    public func checkpoint() throws(EvidenceFormatError) -> Checkpoint {
        try Checkpoint(text: text)
    }
}
