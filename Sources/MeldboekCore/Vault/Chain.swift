// The hash chain over every record, so altering, reordering, removing or inserting one shows.
import Foundation
import GRDB
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

/// A digest of a set of rows: the XOR of a keyed BLAKE2b-256 of each row's `(seq, id)`.
///
/// Computed from the small index on `id` alone, in any order, so every command can afford
/// it. A row moved, removed, added, put back or replaced by another changes it, and
/// without the key nobody can choose changes that cancel out. The sealed head keeps
/// the digest of every row of the journal (format 2); the ledger cache keeps the
/// digest of the rows it covers, under a key of its own.
enum RowDigest {
    static let empty = Data(repeating: 0, count: 32)

    /// The term one row adds to (or, XORed again, removes from) a digest.
    static func term(seq: Int64, id: Data, key: SymmetricKey) -> [UInt8] {
        var input: [UInt8] = []
        input.reserveCapacity(8 + id.count)
        withUnsafeBytes(of: UInt64(bitPattern: seq).bigEndian) { input += $0 }
        input += id
        return key.keyedHash(input)
    }

    /// `digest` with the rows `(seq, id)` XORed in or out.
    static func toggled(_ digest: Data, _ rows: [(seq: Int64, id: Data)], key: SymmetricKey) -> Data {
        var bytes = [UInt8](digest)
        for row in rows {
            let term = term(seq: row.seq, id: row.id, key: key)
            for index in 0..<32 { bytes[index] ^= term[index] }
        }
        return Data(bytes)
    }

    /// The digest of the rows at positions 1 to `seq` in the records table.
    static func compute(_ db: Database, upTo seq: Int64, key: SymmetricKey) throws -> Data {
        var digest = [UInt8](repeating: 0, count: 32)
        let rows = try Row.fetchCursor(
            db, sql: "SELECT seq, id FROM records INDEXED BY sqlite_autoindex_records_1 WHERE seq BETWEEN 1 AND ?",
            arguments: [seq])
        while let row = try rows.next() {
            let term = term(seq: row[0], id: row[1], key: key)
            for index in 0..<32 { digest[index] ^= term[index] }
        }
        return Data(digest)
    }

    /// The key the sealed head's digest is made with, derived from the record key.
    static func headKey(_ recordKey: SymmetricKey) throws -> SymmetricKey {
        try recordKey.derive(context: "head-rows")
    }
}

/// Where the chain ends: the last position written and the head after it.
///
/// Format 2 also seals how many records deletions have removed and the ``RowDigest``
/// of every row (so the rows can be checked without opening any), and the record
/// format, which must agree with the vault row's.
struct ChainHead: Codable, Equatable, Sendable {
    var seq: Int64
    var hash: Data
    /// Records removed by deletions, up to ``seq``; nil in a format-1 head.
    var removed: Int64?
    /// The record format every record of the vault has; nil in a format-1 head.
    var format: Int?
    /// ``RowDigest`` of every row of the journal, under ``RowDigest/headKey(_:)``; nil in a format-1 head.
    var rows: Data?

    static let empty = ChainHead(
        seq: 0, hash: Chain.genesis, removed: 0, format: RecordFormat.v2.rawValue, rows: RowDigest.empty)

    /// The record format this head says the records have.
    var recordFormat: RecordFormat { format.flatMap(RecordFormat.init(rawValue:)) ?? .v1 }

    /// How many rows the records table must hold, when the head knows (format 2).
    var expectedRecordCount: Int64? { removed.map { seq - $0 } }

    /// The head after appending record `seq` with `id` and `sealed` bytes, which removed the rows `removing`.
    func advanced(seq: Int64, id: Data, sealed: Data, removing: [(seq: Int64, id: Data)] = [], rowKey: SymmetricKey)
        -> ChainHead
    {
        ChainHead(
            seq: seq, hash: Chain.link(prev: hash, seq: seq, id: id, digest: Chain.digest(sealed)),
            removed: removed.map { $0 + Int64(removing.count) }, format: format,
            rows: rows.map { RowDigest.toggled($0, [(seq, id)] + removing, key: rowKey) })
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
