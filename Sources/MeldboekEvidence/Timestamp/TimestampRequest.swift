// A timestamp request (RFC 3161 §2.4.1, TimeStampReq) over a signed checkpoint, written as the .tsq a user sends
// to a timestamp authority when online.
import MeldboekSodium
import SwiftASN1

/// A request to a timestamp authority: the SHA-256 of the signed checkpoint note, a random nonce, certReq true.
///
/// The nonce ties the reply to this request, so a reply made earlier for the same checkpoint (or for another one)
/// is refused; the request must be kept until its reply is imported.
public struct TimestampRequest: Equatable, Sendable {
    /// The SHA-256 of the timestamped bytes (the message imprint).
    public let imprint: [UInt8]
    /// The nonce, a random 64-bit number.
    public let nonce: UInt64
    /// The DER encoding of the TimeStampReq: the `.tsq` file.
    public let der: [UInt8]

    /// A new request over `message` (the whole signed checkpoint note, as written to the file) with a random nonce.
    public init(message: [UInt8]) {
        let random = Random.bytes(count: 8)
        let nonce = random.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        self.init(imprint: SHA256.hash(message), nonce: nonce)
    }

    /// The request with a given imprint and nonce (for tests, and to rebuild a kept request).
    public init(imprint: [UInt8], nonce: UInt64) {
        precondition(imprint.count == SHA256.byteCount, "a SHA-256 imprint has 32 bytes")
        self.imprint = imprint
        self.nonce = nonce
        var coder = DER.Serializer()
        // Serializing these values into a fresh serializer cannot fail.
        try! coder.appendConstructedNode(identifier: .sequence) { coder in
            try coder.serialize(1)
            try coder.serialize(MessageImprint(algorithm: AlgorithmID(algorithm: TimestampOID.sha256), hashedMessage: imprint))
            try coder.serialize(nonce)
            try coder.serialize(true)
        }
        der = coder.serializedBytes
    }

    /// Reads a request as this type writes it (version 1, a SHA-256 imprint, a nonce, certReq true, nothing else).
    ///
    /// - Throws: `TimestampError.malformed` for anything else.
    public init(der: [UInt8]) throws {
        do {
            let root = try DER.parse(der)
            let (imprint, nonce) = try DER.sequence(root, identifier: .sequence) { nodes -> ([UInt8], UInt64) in
                guard try Int(derEncoded: &nodes) == 1 else { throw TimestampError.malformed }
                let imprint = try MessageImprint(derEncoded: &nodes)
                let nonce = try UInt64(derEncoded: &nodes)
                guard try Bool(derEncoded: &nodes) else { throw TimestampError.malformed }
                guard imprint.hashedMessage.count == SHA256.byteCount,
                      imprint.isSHA256(of: imprint.hashedMessage) else { throw TimestampError.malformed }
                return (imprint.hashedMessage, nonce)
            }
            self.init(imprint: imprint, nonce: nonce)
        } catch {
            throw TimestampError.malformed
        }
        guard self.der == der else { throw TimestampError.malformed }
    }
}
