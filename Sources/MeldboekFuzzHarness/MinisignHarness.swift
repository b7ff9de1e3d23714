// FuzzMinisign: minisign public keys and signatures.
import Foundation
import MeldboekShare
import MeldboekSodium

/// Reads the input as a public key file, a base64 key and a signature file, and verifies
/// the signature (both plain and prehashed) against the seed corpus's key.
public struct MinisignHarness: Sendable {
    /// The key of the seed corpus (Tests/FuzzCorpus/FuzzMinisign/key.pub), so seeded signatures reach verification.
    let publicKey: MinisignPublicKey

    public init() throws {
        publicKey = try MinisignPublicKey(base64: "RWTxPpI5jouggCbiIX2O6/ST5vHGMIpe0er8gOBDSesGBI2A5qGuhdA4")
    }

    public struct Outcome: Sendable {
        /// Read as a public key file.
        public var keyFile = false
        /// Read as a base64 public key.
        public var keyBase64 = false
        /// A signature that verified (over `manifest` or its own bytes prehashed).
        public var verified = false
    }

    public func run(_ bytes: [UInt8]) -> Outcome {
        let text = String(decoding: bytes, as: UTF8.self)
        var outcome = Outcome()
        outcome.keyFile = (try? MinisignPublicKey(fileText: text)) != nil
        outcome.keyBase64 = (try? MinisignPublicKey(base64: text)) != nil
        let plain = try? Minisign.verify(signature: text, message: Array("manifest".utf8), publicKey: publicKey)
        let prehashed = try? Minisign.verify(signature: text, prehash: Minisign.prehash(bytes), publicKey: publicKey)
        outcome.verified = plain != nil || prehashed != nil
        return outcome
    }
}
