// Sealed records: what each kind holds, and how it is padded, bound and encrypted.
import Foundation
import MeldboekSodium

/// What a record is; sealed inside the record, never stored in clear.
enum RecordKind: UInt8, Sendable {
    case revision = 1
    case attachment = 2
    case deletion = 3
}

/// A version of an entry.
struct RevisionBody: Codable, Sendable {
    var prev: Data
    var entry: EntryID
    var number: Int
    var recordedAt: Date
    var fields: EntryFields
}

/// An attachment's metadata; its content lives in the `chunks` table under `stream`.
struct AttachmentBody: Codable, Sendable {
    var prev: Data
    var entry: EntryID
    var name: String
    var size: UInt64
    var sha256: String
    var stream: Data
    var chunkCount: Int
    var attachedAt: Date
}

/// The note left in the chain when an entry is deleted: which positions went, not what they held.
struct DeletionBody: Codable, Sendable {
    struct Removed: Codable, Sendable, Equatable {
        var seq: Int64
        var id: Data
        /// BLAKE2b-256 of the removed sealed bytes, so the chain still checks without them.
        var digest: Data
    }
    var prev: Data
    var deletedAt: Date
    var removed: [Removed]
}

/// A record's decrypted content.
enum RecordBody: Sendable {
    case revision(RevisionBody)
    case attachment(AttachmentBody)
    case deletion(DeletionBody)

    /// The chain head just before this record was written.
    var prev: Data {
        switch self {
        case .revision(let body): body.prev
        case .attachment(let body): body.prev
        case .deletion(let body): body.prev
        }
    }

    var kind: RecordKind {
        switch self {
        case .revision: .revision
        case .attachment: .attachment
        case .deletion: .deletion
        }
    }
}

/// Seals and opens records under the vault's record key.
///
/// Plaintext is `kind ‖ JSON body`, padded (ISO/IEC 7816-4, `sodium_pad`) to a
/// power-of-two bucket of at least 1 KiB, then sealed with XChaCha20-Poly1305
/// and associated data `"meldboek/v1/record" ‖ 0x00 ‖ record id`. The kind is
/// authenticated inside the plaintext: it can't be in the associated data
/// without being stored in clear, which would reveal how many revisions,
/// attachments and deletions there are.
struct RecordSealer: Sendable {
    static let formatVersion = 1
    static let minimumBucket = 1024
    let key: SymmetricKey

    static func associatedData(id: Data) -> [UInt8] {
        Array("meldboek/v1/record".utf8) + [0] + Array(id)
    }

    static func bucket(for count: Int) -> Int {
        var size = minimumBucket
        while size <= count { size *= 2 }
        return size
    }

    func seal(_ body: RecordBody, id: Data) throws -> Data {
        let json: Data
        switch body {
        case .revision(let value): json = try Self.encoder.encode(value)
        case .attachment(let value): json = try Self.encoder.encode(value)
        case .deletion(let value): json = try Self.encoder.encode(value)
        }
        let plain = [body.kind.rawValue] + Array(json)
        let padded = Padding.pad(plain, blockSize: Self.bucket(for: plain.count))
        return Data(try XChaCha20Poly1305.seal(padded, additionalData: Self.associatedData(id: id), key: key))
    }

    /// Opens a stored record.
    /// - Throws: ``MeldboekError/recordCorrupt(seq:)`` when it does not authenticate or decode.
    func open(_ record: StoredRecord) throws -> RecordBody {
        do {
            let padded = try XChaCha20Poly1305.open(
                Array(record.sealed), additionalData: Self.associatedData(id: record.id), key: key)
            let plain = try Padding.unpad(padded, blockSize: max(1, padded.count))
            guard let first = plain.first, let kind = RecordKind(rawValue: first) else {
                throw MeldboekError.recordCorrupt(seq: record.seq)
            }
            let json = Data(plain.dropFirst())
            switch kind {
            case .revision: return .revision(try Self.decoder.decode(RevisionBody.self, from: json))
            case .attachment: return .attachment(try Self.decoder.decode(AttachmentBody.self, from: json))
            case .deletion: return .deletion(try Self.decoder.decode(DeletionBody.self, from: json))
            }
        } catch {
            throw MeldboekError.recordCorrupt(seq: record.seq)
        }
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
