// Sealed records: the kinds, how each is padded, bound to its id and encrypted.
import Foundation
import MeldboekSodium

/// What a record is; sealed inside the record, never stored in clear.
public struct RecordKind: RawRepresentable, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    static let revision = RecordKind(rawValue: 1)
    static let attachment = RecordKind(rawValue: 2)
    static let deletion = RecordKind(rawValue: 3)
    /// The recovery code set a new passphrase (``RecoveryBody``). Older versions skip it as a kind they don't know.
    static let recovery = RecordKind(rawValue: 4)
}

/// The content of one kind of record, stored as JSON inside the sealed plaintext.
///
/// Every record carries `prev`, the chain head before it, so the chain can be
/// checked from the records alone. Layers above the journal (sharing, the
/// adviser's cases) define their own kinds with numbers of their own.
public protocol RecordContent: Codable, Sendable {
    static var kind: RecordKind { get }
    /// The chain head before this record; set when the record is appended.
    var prev: Data { get set }
}

/// A version of an entry.
struct RevisionBody: RecordContent {
    static let kind = RecordKind.revision
    var prev: Data
    var entry: EntryID
    var number: Int
    var recordedAt: Date
    var fields: EntryFields
    /// 32 random bytes the evidence layer derives this revision's field salts from; nil in
    /// records written before vault format 3 that `upgrade` has not seeded yet.
    var seed: Data?
}

/// An attachment's metadata; its content lives in the `chunks` table under `stream`.
struct AttachmentBody: RecordContent {
    static let kind = RecordKind.attachment
    var prev: Data
    var entry: EntryID
    var name: String
    var size: UInt64
    var sha256: String
    var stream: Data
    var chunkCount: Int
    var attachedAt: Date
    /// As ``RevisionBody/seed``.
    var seed: Data?
}

/// The note left in the chain when records are deleted: which positions went, not what they held.
struct DeletionBody: RecordContent {
    struct Removed: Codable, Sendable, Equatable {
        var seq: Int64
        var id: Data
        /// BLAKE2b-256 of the removed sealed bytes, so the chain still checks without them.
        var digest: Data
    }
    static let kind = RecordKind.deletion
    var prev: Data
    var deletedAt: Date
    var removed: [Removed]
    /// The entry deleted, so a deletion can reach the journal's other devices (``RecordWriter/deleteEntry(_:now:)``);
    /// absent in deletions written before sync.
    var entry: EntryID?
}

/// A record opened: its kind, the chain head before it, and its JSON body.
public struct OpenedRecord: Sendable {
    public let kind: RecordKind
    let json: Data

    /// The chain head before this record, read from the body only when asked for.
    public var prev: Data {
        get throws { try RecordSealer.decoder.decode(Link.self, from: json).prev }
    }

    /// The body as `T`; nil when the record is of another kind.
    public func decode<T: RecordContent>(_ type: T.Type) throws -> T? {
        guard kind == T.kind else { return nil }
        return try RecordSealer.decoder.decode(T.self, from: json)
    }

    /// Just enough of every body to read the chain link.
    private struct Link: Decodable { var prev: Data }

    /// The plaintext (`kind ‖ JSON body`) with its chain link replaced by `newPrev`, for
    /// re-sealing every record (``VaultRewrite``) without knowing every layer's kinds.
    ///
    /// The body is canonical JSON from ``RecordSealer/encoder``: `prev` appears once, as a
    /// top-level key, and a quote inside a string is always escaped, so the exact text
    /// `"prev":"<base64 of the old link>"` occurs once; anything else is refused.
    /// The result decodes to the same body with only `prev` changed.
    func relinked(to newPrev: Data) throws -> [UInt8] {
        // Written exactly as the encoder writes it (base64's "/" comes out as "\/").
        let old = Array("\"prev\":".utf8) + Array(try RecordSealer.encoder.encode(try prev.base64EncodedString()))
        let new = Array("\"prev\":".utf8) + Array(try RecordSealer.encoder.encode(newPrev.base64EncodedString()))
        let body = Array(json)
        var found: Int?
        var index = 0
        while index + old.count <= body.count {
            if body[index] == old[0], Array(body[index..<index + old.count]) == old {
                guard found == nil else { throw MeldboekError.rewriteFailed }
                found = index
                index += old.count
            } else {
                index += 1
            }
        }
        guard let found else { throw MeldboekError.rewriteFailed }
        let result = [kind.rawValue] + body[..<found] + new + body[(found + old.count)...]
        // The text replaced must be the link the decoder reads: in a body not written by the
        // encoder (say, `"prev" :` at the top and `"prev":` in a nested object) it need not be.
        guard (try? RecordSealer.decoder.decode(Link.self, from: Data(result.dropFirst())).prev) == newPrev else {
            throw MeldboekError.rewriteFailed
        }
        return result
    }

    init(kind: RecordKind, json: Data) {
        self.kind = kind
        self.json = json
    }
}

/// How a record's associated data is formed: format 2 binds the record's position too.
///
/// A vault's records all have one format, named (sealed) in its chain head and in the
/// vault row; `meldboek upgrade` re-seals a format-1 vault's records as format 2.
public enum RecordFormat: Int, Sendable, Comparable {
    /// 0.1.0: the id alone, so a record copied to another position still opened.
    case v1 = 1
    /// The position (`seq`) and the id: a record moved to another row no longer opens.
    case v2 = 2

    public static func < (lhs: RecordFormat, rhs: RecordFormat) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Seals and opens records under the vault's record key.
///
/// Plaintext is `kind ‖ JSON body`, padded (ISO/IEC 7816-4, `sodium_pad`) to a
/// power-of-two bucket of at least 1 KiB, then sealed with XChaCha20-Poly1305
/// and associated data `"meldboek/v2/record" ‖ 0x00 ‖ seq (u64 big-endian) ‖ record id`
/// (format 1: `"meldboek/v1/record" ‖ 0x00 ‖ record id`). The kind is
/// authenticated inside the plaintext: it can't be in the associated data
/// without being stored in clear, which would reveal how many revisions,
/// attachments and deletions there are.
struct RecordSealer: Sendable {
    static let minimumBucket = 1024
    let key: SymmetricKey
    let format: RecordFormat

    init(key: SymmetricKey, format: RecordFormat = .v2) {
        self.key = key
        self.format = format
    }

    static func associatedData(format: RecordFormat, seq: Int64, id: Data) -> [UInt8] {
        switch format {
        case .v1:
            return Array("meldboek/v1/record".utf8) + [0] + Array(id)
        case .v2:
            var data = Array("meldboek/v2/record".utf8) + [0]
            withUnsafeBytes(of: UInt64(bitPattern: seq).bigEndian) { data += $0 }
            return data + Array(id)
        }
    }

    static func bucket(for count: Int) -> Int {
        var size = minimumBucket
        while size <= count { size *= 2 }
        return size
    }

    func seal<T: RecordContent>(_ body: T, seq: Int64, id: Data) throws -> Data {
        var plain = [T.kind.rawValue] + Array(try Self.encoder.encode(body))
        defer { wipe(&plain) }
        return try seal(plain: plain, seq: seq, id: id)
    }

    /// Seals a record's plaintext (`kind ‖ JSON body`) at position `seq`.
    func seal(plain: [UInt8], seq: Int64, id: Data) throws -> Data {
        let padded = Padding.pad(plain, blockSize: Self.bucket(for: plain.count))
        return Data(try XChaCha20Poly1305.seal(
            padded, additionalData: Self.associatedData(format: format, seq: seq, id: id), key: key))
    }

    /// Opens a stored record.
    /// - Throws: ``MeldboekError/recordCorrupt(seq:)`` when it does not authenticate or decode.
    func open(_ record: StoredRecord) throws -> OpenedRecord {
        do {
            let padded = try XChaCha20Poly1305.open(
                Array(record.sealed), additionalData: Self.associatedData(format: format, seq: record.seq, id: record.id),
                key: key)
            guard let opened = Self.opened(padded: padded) else { throw MeldboekError.recordCorrupt(seq: record.seq) }
            return opened
        } catch {
            throw MeldboekError.recordCorrupt(seq: record.seq)
        }
    }

    /// A record's decrypted plaintext, unpadded and split into its kind and JSON body;
    /// nil when the padding is wrong or nothing is left. (Fuzzed through ``VaultParsing``.)
    static func opened(padded: [UInt8]) -> OpenedRecord? {
        guard let plain = try? Padding.unpad(padded, blockSize: max(1, padded.count)), let first = plain.first else {
            return nil
        }
        return OpenedRecord(kind: RecordKind(rawValue: first), json: Data(plain.dropFirst()))
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .millisecondsSince1970
        return encoder
    }()

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        return decoder
    }()
}
