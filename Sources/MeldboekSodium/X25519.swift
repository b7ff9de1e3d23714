// X25519 key agreement (crypto_scalarmult), for age recipients and sharing with an adviser.
import CSodium

/// Diffie–Hellman over Curve25519, as RFC 7748 defines it.
public enum X25519 {
    /// The length of private keys, public keys and shared secrets, in bytes.
    public static let keyByteCount = 32

    /// An X25519 private key, held in secret memory, with its public key.
    ///
    /// Not `Codable`, and its descriptions print no key bytes.
    public final class PrivateKey: Sendable {
        /// The 32 secret scalar bytes, as given (libsodium clamps them when it multiplies).
        let secure: SecureBytes
        /// The matching public key, `crypto_scalarmult_base` of the private key.
        public let publicKey: [UInt8]

        /// Creates a fresh random private key.
        ///
        /// - Throws: `SodiumError.outOfMemory` or `SodiumError.unavailable`.
        public convenience init() throws {
            try self.init(adopting: try SecureBytes.random(count: X25519.keyByteCount))
        }

        /// Copies 32 bytes into a private key, for keys read from an identity file or a test vector.
        ///
        /// - Throws: `SodiumError.invalidLength` unless exactly 32 bytes are given; `SodiumError.outOfMemory`.
        public convenience init<C: Collection>(copying bytes: C) throws where C.Element == UInt8 {
            guard bytes.count == X25519.keyByteCount else {
                throw SodiumError.invalidLength(
                    what: "X25519 private key", expected: X25519.keyByteCount, actual: bytes.count)
            }
            try self.init(adopting: try SecureBytes(copying: bytes))
        }

        private init(adopting secure: SecureBytes) throws {
            var publicKey = [UInt8](repeating: 0, count: X25519.keyByteCount)
            let status = publicKey.withMutableBytePointer { out, _ in
                secure.withBytePointer { scalar, _ in crypto_scalarmult_base(out, scalar) }
            }
            // A clamped scalar never gives the neutral point; treat a failure like a weak key anyway.
            guard status == 0 else { throw SodiumError.weakPublicKey }
            self.secure = secure
            self.publicKey = publicKey
        }

        /// Calls `body` with read access to the private key bytes; do not let the pointer escape.
        public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
            try secure.withUnsafeBytes(body)
        }
    }

    /// Computes the shared secret between our private key and their public key.
    ///
    /// The raw result is not uniformly random; pass it through ``HKDF`` before use.
    /// - Throws: `SodiumError.invalidLength` for a public key that is not 32 bytes;
    ///   `SodiumError.weakPublicKey` if the result is all zeros (a low-order point);
    ///   `SodiumError.outOfMemory`.
    public static func sharedSecret(privateKey: PrivateKey, publicKey: [UInt8]) throws -> SecureBytes {
        try ensureSodium()
        guard publicKey.count == keyByteCount else {
            throw SodiumError.invalidLength(what: "X25519 public key", expected: keyByteCount, actual: publicKey.count)
        }
        let shared = try SecureBytes(count: keyByteCount)
        let status = shared.withMutableBytePointer { out, _ in
            privateKey.secure.withBytePointer { scalar, _ in
                publicKey.withBytePointer { point, _ in crypto_scalarmult(out, scalar, point) }
            }
        }
        // libsodium returns -1 exactly when the output is all zeros.
        guard status == 0 else { throw SodiumError.weakPublicKey }
        return shared
    }
}

extension X25519.PrivateKey: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// A description that never includes the private key.
    public var description: String { "X25519.PrivateKey(32 bytes)" }

    /// The same as ``description``.
    public var debugDescription: String { description }

    /// A mirror with only the public key, so `dump` cannot reach the private bytes.
    public var customMirror: Mirror { Mirror(self, children: ["publicKey": publicKey]) }
}
