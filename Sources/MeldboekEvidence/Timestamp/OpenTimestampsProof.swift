// Reading an OpenTimestamps proof (the .ots file `ots stamp` writes) for a signed checkpoint: which calendars
// promise to anchor it and which Bitcoin blocks it is attested in. Verifying against Bitcoin stays with `ots`.
import MeldboekSodium

/// What an OpenTimestamps proof says about a file, read strictly and within bounds.
///
/// The format (python-opentimestamps `DetachedTimestampFile`): a 31-byte magic header, the major version (a
/// varuint, 1), the file hash operation (SHA-256 here, tag 0x08) and the file's digest, then a tree of operations
/// applied to that digest, each branch ending in attestations: pending (a calendar's URL, tag `83dfe30d2ef90c8e`)
/// or a Bitcoin block header (its height, tag `0588960d73d71901`). Docs/evidence.md describes it byte by byte.
public struct OpenTimestampsProof: Equatable, Sendable {
    /// An attestation that a Bitcoin block's Merkle root commits to the file.
    public struct BitcoinAttestation: Equatable, Sendable {
        /// The block's height.
        public let height: UInt64
        /// The message the operations lead to, which must be the block header's Merkle root (in the header's byte
        /// order); nil when a step on the way is a hash Meldboek does not compute (SHA-1, RIPEMD-160, Keccak).
        public let merkleRoot: [UInt8]?

        public init(height: UInt64, merkleRoot: [UInt8]?) {
            self.height = height
            self.merkleRoot = merkleRoot
        }
    }

    /// The SHA-256 of the file the proof is for.
    public let fileDigest: [UInt8]
    /// The calendars (URLs) that hold the commitment and will anchor it in Bitcoin: the proof is pending there.
    public let pendingCalendars: [String]
    /// The Bitcoin blocks the proof is complete in.
    public let bitcoinAttestations: [BitcoinAttestation]
    /// Attestations of other kinds (Litecoin, Ethereum, unknown), counted but not used.
    public let otherAttestations: Int

    /// Whether the proof is complete in at least one Bitcoin block (else only pending at calendars).
    public var isAttested: Bool { !bitcoinAttestations.isEmpty }

    /// The 31 bytes every proof file starts with.
    public static let magic: [UInt8] = Array("\u{0}OpenTimestamps\u{0}\u{0}Proof\u{0}".utf8)
        + [0xBF, 0x89, 0xE2, 0xE8, 0x84, 0xE8, 0x92, 0x94]
    /// The largest proof read: real ones are a few kilobytes.
    public static let maximumSize = 1 << 20
    /// The deepest operation tree read (python-opentimestamps' own recursion limit).
    public static let maximumDepth = 256
    /// The longest message an operation may produce (python-opentimestamps' MAX_RESULT_LENGTH).
    public static let maximumMessage = 4096
    static let pendingTag: [UInt8] = [0x83, 0xDF, 0xE3, 0x0D, 0x2E, 0xF9, 0x0C, 0x8E]
    static let bitcoinTag: [UInt8] = [0x05, 0x88, 0x96, 0x0D, 0x73, 0xD7, 0x19, 0x01]
    static let maximumPayload = 8192
    static let maximumURL = 1000
    static let urlCharacters = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._/:".utf8)

    /// Reads a proof and checks that it is for the file whose SHA-256 is `digest`.
    ///
    /// - Throws: `TimestampError.proofMalformed` for anything the format does not allow (or past the limits
    ///   above), `TimestampError.proofForOtherFile` when the proof's file digest is not `digest`.
    public static func read(_ bytes: [UInt8], expecting digest: [UInt8]) throws -> OpenTimestampsProof {
        guard bytes.count <= maximumSize else { throw TimestampError.proofMalformed }
        var reader = Reader(bytes: bytes)
        guard try reader.take(magic.count) == magic[...], try reader.varuint() == 1,
              try reader.byte() == 0x08
        else { throw TimestampError.proofMalformed }
        let fileDigest = Array(try reader.take(32))
        var tree = Tree()
        try tree.readTimestamp(&reader, message: fileDigest, length: 32, depth: 0)
        guard reader.atEnd else { throw TimestampError.proofMalformed }
        guard fileDigest == digest else { throw TimestampError.proofForOtherFile }
        return OpenTimestampsProof(
            fileDigest: fileDigest, pendingCalendars: tree.pending, bitcoinAttestations: tree.bitcoin,
            otherAttestations: tree.other)
    }

    /// The attestations found while walking the operation tree.
    private struct Tree {
        var pending: [String] = []
        var bitcoin: [BitcoinAttestation] = []
        var other = 0

        /// A timestamp: any number of `0xff`-prefixed branches, then a last one (python's Timestamp.deserialize).
        mutating func readTimestamp(_ reader: inout Reader, message: [UInt8]?, length: Int, depth: Int) throws {
            guard depth < OpenTimestampsProof.maximumDepth else { throw TimestampError.proofMalformed }
            var tag = try reader.byte()
            while tag == 0xFF {
                try readBranch(&reader, tag: try reader.byte(), message: message, length: length, depth: depth)
                tag = try reader.byte()
            }
            try readBranch(&reader, tag: tag, message: message, length: length, depth: depth)
        }

        /// An attestation (tag 0x00) or an operation and the timestamp of its result.
        mutating func readBranch(_ reader: inout Reader, tag: UInt8, message: [UInt8]?, length: Int, depth: Int)
            throws
        {
            if tag == 0x00 {
                try readAttestation(&reader, message: message)
                return
            }
            var result = message
            var resultLength: Int
            switch tag {
            case 0x02, 0x03:  // SHA-1, RIPEMD-160: libsodium has neither; the length is what matters here.
                result = nil
                resultLength = 20
            case 0x08:  // SHA-256
                result = message.map { SHA256.hash($0) }
                resultLength = 32
            case 0x67:  // Keccak-256
                result = nil
                resultLength = 32
            case 0xF0, 0xF1:  // append, prepend
                let argument = try reader.varbytes(maximum: OpenTimestampsProof.maximumMessage, minimum: 1)
                result = message.map { tag == 0xF0 ? $0 + argument : argument + $0 }
                resultLength = length + argument.count
            case 0xF2:  // reverse
                guard length > 0 else { throw TimestampError.proofMalformed }
                result = message.map { Array($0.reversed()) }
                resultLength = length
            case 0xF3:  // hexlify
                guard length > 0, length <= OpenTimestampsProof.maximumMessage / 2 else {
                    throw TimestampError.proofMalformed
                }
                result = message.map { Array(timestampHex($0).utf8) }
                resultLength = length * 2
            default:
                throw TimestampError.proofMalformed
            }
            guard resultLength <= OpenTimestampsProof.maximumMessage else { throw TimestampError.proofMalformed }
            try readTimestamp(&reader, message: result, length: resultLength, depth: depth + 1)
        }

        /// An 8-byte tag and a length-prefixed payload, which a known kind must use up exactly.
        mutating func readAttestation(_ reader: inout Reader, message: [UInt8]?) throws {
            let tag = Array(try reader.take(8))
            var payload = Reader(bytes: try reader.varbytes(maximum: OpenTimestampsProof.maximumPayload, minimum: 0))
            switch tag {
            case OpenTimestampsProof.pendingTag:
                let url = try payload.varbytes(maximum: OpenTimestampsProof.maximumURL, minimum: 0)
                guard url.allSatisfy(OpenTimestampsProof.urlCharacters.contains) else {
                    throw TimestampError.proofMalformed
                }
                pending.append(String(decoding: url, as: UTF8.self))
            case OpenTimestampsProof.bitcoinTag:
                bitcoin.append(BitcoinAttestation(height: try payload.varuint(), merkleRoot: message))
            default:
                other += 1
                return
            }
            guard payload.atEnd else { throw TimestampError.proofMalformed }
        }
    }

    /// Bytes read front to back; running out is a malformed proof.
    private struct Reader {
        let bytes: [UInt8]
        var offset = 0

        var atEnd: Bool { offset == bytes.count }

        mutating func byte() throws -> UInt8 {
            guard offset < bytes.count else { throw TimestampError.proofMalformed }
            defer { offset += 1 }
            return bytes[offset]
        }

        mutating func take(_ count: Int) throws -> ArraySlice<UInt8> {
            guard count >= 0, bytes.count - offset >= count else { throw TimestampError.proofMalformed }
            defer { offset += count }
            return bytes[offset..<offset + count]
        }

        /// An unsigned LEB128 number, at most 64 bits, in its shortest form.
        mutating func varuint() throws -> UInt64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let byte = try self.byte()
                let bits = UInt64(byte & 0x7F)
                guard shift < 64, shift == 63 ? bits <= 1 : true else { throw TimestampError.proofMalformed }
                value |= bits << shift
                if byte & 0x80 == 0 {
                    // A last byte of zero after others is a longer form of a shorter number.
                    guard byte != 0 || shift == 0 else { throw TimestampError.proofMalformed }
                    return value
                }
                shift += 7
            }
        }

        /// A varuint length and that many bytes, the length within bounds.
        mutating func varbytes(maximum: Int, minimum: Int) throws -> [UInt8] {
            let length = try varuint()
            guard length >= UInt64(minimum), length <= UInt64(maximum) else { throw TimestampError.proofMalformed }
            return Array(try take(Int(length)))
        }
    }
}
