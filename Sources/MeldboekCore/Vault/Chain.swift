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
struct ChainHead: Codable, Equatable, Sendable {
    var seq: Int64
    var hash: Data

    static let empty = ChainHead(seq: 0, hash: Chain.genesis)

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
