// The vault owner's keys: Ed25519 for signing, X25519 for receiving bundles.
import Foundation
import MeldboekSodium

/// Whose vault it is: the melder's journal or an adviser's case files.
public enum VaultRole: String, Sendable, Codable {
    case melder
    case adviser
}

/// The vault owner's secret keys, sealed in the vault row and opened into sodium memory.
///
/// Sealed plaintext: Ed25519 seed (32) ‖ X25519 private key (32) ‖ minisign key id (8),
/// with associated data `"meldboek/v1/identity"`. It is not a chain record:
/// like the wrapped vault key it belongs to the vault, not to the journal's history.
public final class VaultIdentity: Sendable {
    public let signingKey: Ed25519.SigningKey
    public let agreementKey: X25519.PrivateKey
    /// The 8-byte key id minisign signatures carry.
    public let keyID: [UInt8]

    static let sealedByteCount = 72
    static let associatedData = Array("meldboek/v1/identity".utf8)

    init(signingKey: Ed25519.SigningKey, agreementKey: X25519.PrivateKey, keyID: [UInt8]) {
        self.signingKey = signingKey
        self.agreementKey = agreementKey
        self.keyID = keyID
    }

    /// New random keys.
    static func generate() throws -> VaultIdentity {
        try VaultIdentity(signingKey: Ed25519.SigningKey(), agreementKey: X25519.PrivateKey(),
                          keyID: Random.bytes(count: 8))
    }

    func sealed(with key: SymmetricKey) throws -> Data {
        let secret = try SecureBytes(count: Self.sealedByteCount)
        let seed = try signingKey.seed
        secret.withUnsafeMutableBytes { out in
            seed.withUnsafeBytes { out.copyMemory(from: $0) }
            agreementKey.withUnsafeBytes { UnsafeMutableRawBufferPointer(rebasing: out[32..<64]).copyMemory(from: $0) }
            keyID.withUnsafeBytes { UnsafeMutableRawBufferPointer(rebasing: out[64..<72]).copyMemory(from: $0) }
        }
        return Data(try XChaCha20Poly1305.seal(secret: secret, additionalData: Self.associatedData, key: key))
    }

    static func open(_ sealed: Data, with key: SymmetricKey) throws -> VaultIdentity {
        let secret = try XChaCha20Poly1305.openSecret(Array(sealed), additionalData: associatedData, key: key)
        guard secret.count == sealedByteCount else { throw MeldboekError.recordCorrupt(seq: 0) }
        return try secret.withUnsafeBytes { bytes in
            try VaultIdentity(
                signingKey: Ed25519.SigningKey(seed: SecureBytes(copying: bytes[0..<32])),
                agreementKey: X25519.PrivateKey(copying: bytes[32..<64]),
                keyID: Array(bytes[64..<72]))
        }
    }
}

extension VaultIdentity {
    /// A secret for one purpose derived from the owner's Ed25519 seed:
    /// `BLAKE2b-256(key: seed, message: label)`.
    ///
    /// The seed survives `passwd` and `rekey`, so what is derived from it (the evidence
    /// layer's checkpoint key, journal id and blinding key) does too.
    public func derivedSecret(label: String) throws -> SecureBytes {
        try SymmetricKey(try signingKey.seed).keyedSecret(Array(label.utf8))
    }
}
