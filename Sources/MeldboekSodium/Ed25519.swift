// Ed25519 signatures (crypto_sign_*): signed exports, receipts and minisign.
import CSodium

/// Ed25519 signatures as RFC 8032 defines them (pure Ed25519, detached 64-byte signatures).
public enum Ed25519 {
    /// The length of a public key in bytes.
    public static let publicKeyByteCount = 32
    /// The length of a seed (the RFC 8032 private key) in bytes.
    public static let seedByteCount = 32
    /// The length of a signature in bytes.
    public static let signatureByteCount = 64

    /// An Ed25519 signing key: libsodium's 64-byte secret key (seed ‖ public key) in secret memory.
    ///
    /// Not `Codable`, and its descriptions print no key bytes; to store it, keep ``seed`` sealed.
    public final class SigningKey: Sendable {
        /// libsodium's secret key, seed ‖ public key.
        private let secretKey: SecureBytes
        /// The public key that verifies this key's signatures.
        public let publicKey: [UInt8]

        /// Creates a fresh random signing key.
        ///
        /// - Throws: `SodiumError.outOfMemory` or `SodiumError.unavailable`.
        public init() throws {
            try ensureSodium()
            let secretKey = try SecureBytes(count: Int(crypto_sign_secretkeybytes()))
            var publicKey = [UInt8](repeating: 0, count: Ed25519.publicKeyByteCount)
            _ = publicKey.withMutableBytePointer { pk, _ in
                secretKey.withMutableBytePointer { sk, _ in crypto_sign_keypair(pk, sk) }
            }
            self.secretKey = secretKey
            self.publicKey = publicKey
        }

        /// Recreates the signing key that belongs to a 32-byte seed.
        ///
        /// - Throws: `SodiumError.invalidLength` unless the seed is 32 bytes; `SodiumError.outOfMemory`.
        public init(seed: SecureBytes) throws {
            try ensureSodium()
            guard seed.count == Ed25519.seedByteCount else {
                throw SodiumError.invalidLength(
                    what: "Ed25519 seed", expected: Ed25519.seedByteCount, actual: seed.count)
            }
            let secretKey = try SecureBytes(count: Int(crypto_sign_secretkeybytes()))
            var publicKey = [UInt8](repeating: 0, count: Ed25519.publicKeyByteCount)
            _ = publicKey.withMutableBytePointer { pk, _ in
                secretKey.withMutableBytePointer { sk, _ in
                    seed.withBytePointer { seedPointer, _ in crypto_sign_seed_keypair(pk, sk, seedPointer) }
                }
            }
            self.secretKey = secretKey
            self.publicKey = publicKey
        }

        /// A fresh copy of the 32-byte seed, the compact form to store (sealed) and restore from.
        ///
        /// - Throws: `SodiumError.outOfMemory`, since the copy needs new secret memory.
        public var seed: SecureBytes {
            get throws {
                let seed = try SecureBytes(count: Ed25519.seedByteCount)
                _ = seed.withMutableBytePointer { out, _ in
                    secretKey.withBytePointer { sk, _ in crypto_sign_ed25519_sk_to_seed(out, sk) }
                }
                return seed
            }
        }

        /// Signs `message` and returns the detached 64-byte signature.
        ///
        /// Ed25519 is deterministic: the same key and message always give the same signature.
        /// - Throws: `SodiumError.unavailable`.
        public func signature(for message: [UInt8]) throws -> [UInt8] {
            try ensureSodium()
            var signature = [UInt8](repeating: 0, count: Ed25519.signatureByteCount)
            let status = signature.withMutableBytePointer { out, _ in
                message.withBytePointer { m, count in
                    secretKey.withBytePointer { sk, _ in crypto_sign_detached(out, nil, m, UInt64(count), sk) }
                }
            }
            precondition(status == 0, "crypto_sign_detached failed")
            return signature
        }
    }

    /// Checks a detached signature.
    ///
    /// - Returns: `true` only if `signature` is a valid signature of `message` by `publicKey`;
    ///   `false` for any other input, including wrong lengths.
    public static func isValidSignature(_ signature: [UInt8], for message: [UInt8], publicKey: [UInt8]) -> Bool {
        guard signature.count == signatureByteCount, publicKey.count == publicKeyByteCount else { return false }
        prepareSodium()
        return signature.withBytePointer { sig, _ in
            message.withBytePointer { m, count in
                publicKey.withBytePointer { pk, _ in crypto_sign_verify_detached(sig, m, UInt64(count), pk) == 0 }
            }
        }
    }
}

extension Ed25519.SigningKey: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// A description that never includes the secret key.
    public var description: String { "Ed25519.SigningKey(64 bytes)" }

    /// The same as ``description``.
    public var debugDescription: String { description }

    /// A mirror with only the public key, so `dump` cannot reach the secret bytes.
    public var customMirror: Mirror { Mirror(self, children: ["publicKey": publicKey]) }
}
