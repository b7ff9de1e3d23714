// The hash chain over every record, so altering, reordering, removing or inserting one shows.
import Foundation
import MeldboekSodium

/// The journal's hash chain.
///
/// Each record carries, inside its sealed plaintext, the chain head before it
/// (`prev`). The head after record *n* is
/// `BLAKE2b-256("meldboek/v1/chain" ‖ prev ‖ seq (8 bytes, big-endian) ‖ id ‖ BLAKE2b-256(sealed))`.
/// The latest head and its position are kept sealed in the vault row, so a
/// record cut from the end shows too. A deletion record lists the positions,
/// ids and digests of what it removed, so the chain still checks without them.
enum Chain {
    static let genesis = Data(repeating: 0, count: 32)

    static func digest(_ sealed: Data) -> Data {
        Data(BLAKE2b.hash(Array(sealed), outputByteCount: 32))
    }

    static func link(prev: Data, seq: Int64, id: Data, digest: Data) -> Data {
        var input = Array("meldboek/v1/chain".utf8) + Array(prev)
        withUnsafeBytes(of: UInt64(bitPattern: seq).bigEndian) { input += $0 }
        input += Array(id) + Array(digest)
        return Data(BLAKE2b.hash(input, outputByteCount: 32))
    }
}

/// Where the chain ends: the last position written and the head after it.
///
/// Format 2 also seals how many records deletions have removed (so the number of
/// rows can be checked without opening any) and the record format, which must
/// agree with the vault row's.
struct ChainHead: Codable, Equatable, Sendable {
    var seq: Int64
    var hash: Data
    /// Records removed by deletions, up to ``seq``; nil in a format-1 head.
    var removed: Int64?
    /// The record format every record of the vault has; nil in a format-1 head.
    var format: Int?

    static let empty = ChainHead(seq: 0, hash: Chain.genesis, removed: 0, format: RecordFormat.v2.rawValue)

    /// The record format this head says the records have.
    var recordFormat: RecordFormat { format.flatMap(RecordFormat.init(rawValue:)) ?? .v1 }

    /// How many rows the records table must hold, when the head knows (format 2).
    var expectedRecordCount: Int64? { removed.map { seq - $0 } }

    /// The head after appending record `seq` with `id` and `sealed` bytes, which removed `removing` records.
    func advanced(seq: Int64, id: Data, sealed: Data, removing: Int = 0) -> ChainHead {
        ChainHead(
            seq: seq, hash: Chain.link(prev: hash, seq: seq, id: id, digest: Chain.digest(sealed)),
            removed: removed.map { $0 + Int64(removing) }, format: format)
    }

    /// A short, stable name for this head (position and 48 bits of a hash of it), for
    /// the melder to note down and compare later: `verify --expect`.
    var fingerprint: HeadFingerprint { HeadFingerprint(seq: seq, hash: hash) }

    static func associatedData() -> [UInt8] { Array("meldboek/v1/head".utf8) }

    func sealed(with key: SymmetricKey) throws -> Data {
        let json = try RecordSealer.encoder.encode(self)
        return Data(try XChaCha20Poly1305.seal(Array(json), additionalData: Self.associatedData(), key: key))
    }

    static func open(_ sealed: Data, with key: SymmetricKey) throws -> ChainHead {
        let json = try XChaCha20Poly1305.open(Array(sealed), additionalData: associatedData(), key: key)
        return try RecordSealer.decoder.decode(ChainHead.self, from: Data(json))
    }
}

/// A chain head's short name, `POSITION:xxxx-xxxx-xxxx`: its position and the first
/// 48 bits of `BLAKE2b-256("meldboek/v1/fingerprint" ‖ seq ‖ head)`.
public struct HeadFingerprint: Equatable, Sendable, CustomStringConvertible {
    public let seq: Int64
    let digits: String

    init(seq: Int64, hash: Data) {
        var input = Array("meldboek/v1/fingerprint".utf8)
        withUnsafeBytes(of: UInt64(bitPattern: seq).bigEndian) { input += $0 }
        input += Array(hash)
        self.seq = seq
        self.digits = BLAKE2b.hash(input, outputByteCount: 32).prefix(6).map { String(format: "%02x", $0) }.joined()
    }

    /// Reads a fingerprint as printed (dashes, spaces and case don't matter); nil if it isn't one.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, let seq = Int64(parts[0].trimmingCharacters(in: .whitespaces)), seq >= 0 else {
            return nil
        }
        let digits = parts[1].lowercased().filter { $0 != "-" && $0 != " " }
        guard digits.count == 12, digits.allSatisfy(\.isHexDigit) else { return nil }
        self.seq = seq
        self.digits = digits
    }

    public var description: String {
        let characters = Array(digits)
        return "\(seq):" + stride(from: 0, to: 12, by: 4).map { String(characters[$0..<$0 + 4]) }.joined(separator: "-")
    }
}
